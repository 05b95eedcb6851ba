package wengao.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@code build} in a child JVM tuned for a batch job, since {@code java -jar} cannot carry JVM options. A
 * build is a short-lived process: the C2 compiler spends more CPU warming up than it saves (at 2,000 speeches on
 * two cores, 12 of 31 CPU-seconds), and the default collector grows the heap to a quarter of the machine's memory
 * under the build's allocation rate. The child runs with the C1 compiler only, the parallel collector, and a heap
 * sized from the content folder (256 MB plus 18 bytes per byte of content, between 512 MB and three quarters of
 * the machine's memory). An explicit -Xmx, or WENGAO_JVM=default, keeps the build in this JVM.
 */
final class TunedJvm {

    static final String MARK = "wengao.tuned";

    private TunedJvm() {
    }

    static boolean wanted(String[] args) {
        if (args.length == 0 || !args[0].equals("build") || System.getProperty(MARK) != null
                || "default".equals(System.getenv("WENGAO_JVM"))) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                return false;
            }
        }
        for (String jvmArg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (jvmArg.startsWith("-Xmx") || jvmArg.startsWith("-XX:MaxHeapSize")) {
                return false;
            }
        }
        return jar() != null && java() != null;
    }

    /** Runs the same command in the tuned JVM and returns its exit code; output goes straight to this terminal. */
    static int relaunch(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-D" + MARK + "=1");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseParallelGC");
        command.add("-Xmx" + heapMegabytes(contentDir(args)) + "m");
        command.add("-cp");
        command.add(jar());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.INTERNAL;
        }
    }

    static long heapMegabytes(Path content) {
        long bytes = 0;
        if (Files.isDirectory(content)) {
            try (Stream<Path> walk = Files.walk(content)) {
                bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            } catch (IOException | java.io.UncheckedIOException e) {
                bytes = 0;
            }
        }
        long physical = physicalMegabytes();
        long wanted = 256 + bytes * 18 / (1024 * 1024);
        return Math.max(512, Math.min(wanted, physical * 3 / 4));
    }

    private static long physicalMegabytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024 * 1024);
        }
        return 4096;
    }

    private static Path contentDir(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--content") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--content=")) {
                return Path.of(args[i].substring("--content=".length()));
            }
        }
        return Path.of("content");
    }

    private static String jar() {
        try {
            Path p = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p.toString() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse(null);
    }
}
