package wengao.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.Speech;

/**
 * Prints the CPU time of making the .docx of the five seeds 400 times each, with POI as before and with the
 * template as now, in one JVM. A measurement to run by hand ({@code java -cp … wengao.render.SpeechDocxTiming}),
 * not a test: its figures depend on the machine.
 */
final class SpeechDocxTiming {

    private static final int REPEATS = 400;

    private SpeechDocxTiming() {
    }

    public static void main(String[] args) {
        List<Speech> seeds = TestFiles.files(TestFiles.seeds()).stream()
                .map(p -> CorpusReader.readFile(p).speeches().get(0)).toList();
        for (int round = 0; round < 2; round++) {
            time("POI per speech", seeds, SpeechDocxByPoi::bytes);
            time("template", seeds, SpeechDocx::bytes);
        }
    }

    private static void time(String name, List<Speech> seeds, Function<Speech, byte[]> docx) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long process = os.getProcessCpuTime();
        long wall = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < REPEATS; i++) {
            for (Speech s : seeds) {
                bytes += docx.apply(s).length;
            }
        }
        int n = REPEATS * seeds.size();
        System.out.printf("%-15s %d docx: thread CPU %.3f ms, process CPU %.3f ms, wall %.3f ms per speech; %d bytes each%n",
                name, n, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n, (os.getProcessCpuTime() - process) / 1e6 / n,
                (System.nanoTime() - wall) / 1e6 / n, bytes / n);
    }
}
