package wengao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;

/**
 * {@code build} as a user starts it, in a real {@code java} process that re-runs itself in a tuned child JVM:
 * killing the process the user started stops the child before it publishes.
 */
class TunedJvmTest {

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path tmp;

    @Test
    void theHeapGrowsWithTheContentFromAFloor() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content/speeches"));
        assertEquals(512, TunedJvm.heapMegabytes(content.getParent()), "a small corpus gets the floor");
        try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(content.resolve("big.txt").toFile(), "rw")) {
            big.setLength(200L * 1024 * 1024); // sparse: its length is what counts
        }
        long physical = ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / (1024 * 1024);
        assertEquals(Math.min(384 + 960, physical * 3 / 4), TunedJvm.heapMegabytes(content.getParent()));
    }

    @Test
    void aSmallHeapGetsTheSerialCollectorALargeOneTheParallel() {
        assertEquals("-XX:+UseSerialGC", TunedJvm.collector(512));
        assertEquals("-XX:+UseSerialGC", TunedJvm.collector(TunedJvm.SERIAL_HEAP_MEGABYTES));
        assertEquals("-XX:+UseParallelGC", TunedJvm.collector(TunedJvm.SERIAL_HEAP_MEGABYTES + 1));
    }

    @Test
    void theChildBuildsAndPublishesWhenLeftAlone() throws Exception {
        Path site = tmp.resolve("site");
        Process parent = startBuild(site);
        childOf(parent);
        assertTrue(parent.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the build ends");
        assertEquals(0, parent.exitValue(), Files.readString(tmp.resolve("log.txt")));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void killingTheParentStopsTheChildBeforeItPublishes() throws Exception {
        stopsWithItsParent(true);
    }

    @Test
    void terminatingTheParentStopsTheChildBeforeItPublishes() throws Exception {
        stopsWithItsParent(false);
    }

    private void stopsWithItsParent(boolean sigkill) throws Exception {
        Path site = tmp.resolve("site");
        Process parent = startBuild(site);
        ProcessHandle child = childOf(parent);
        if (sigkill) {
            parent.destroyForcibly();
        } else {
            parent.destroy();
        }
        parent.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        child.onExit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertFalse(child.isAlive(), "the child stopped");
        assertFalse(Files.exists(site), "no site was published");
        assertTrue(Files.readString(tmp.resolve("log.txt")).contains("build stopped"), Files.readString(tmp.resolve("log.txt")));
    }

    /** Starts {@code wengao build} as {@code java -jar} would, on this test's class path, with the seeds as content. */
    private Process startBuild(Path site) throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        for (Path seed : TestFiles.files(TestFiles.seeds())) {
            Files.copy(seed, content.resolve(seed.getFileName()));
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--content", content.toString(), "--out", site.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log.txt").toFile());
        Map<String, String> env = pb.environment();
        // Settings that keep the build in one JVM, or give it an explicit heap, would skip the child this tests.
        env.remove("WENGAO_JVM");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        return pb.start();
    }

    /**
     * The tuned child JVM, once it runs as one: just after the fork, the child is still the JDK's spawn helper and
     * shows its command line only after it has executed java.
     */
    private static ProcessHandle childOf(Process parent) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> child = parent.children()
                    .filter(c -> c.info().commandLine().orElse("").contains("-D" + TunedJvm.MARK + "="))
                    .findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            assertTrue(parent.isAlive(), "the parent ended without starting the tuned child");
            Thread.sleep(10);
        }
        throw new AssertionError("no child JVM after " + TIMEOUT_SECONDS + " s");
    }
}
