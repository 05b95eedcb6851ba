package wengao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;

/** Two builds of the same content at once: the second waits for the first, and both succeed. */
class ConcurrentBuildTest {

    /** A holder must be a live process to be named; this one is. */
    private static final long PID = ProcessHandle.current().pid();

    @TempDir
    Path tmp;
    Path content;
    Path site;

    @BeforeEach
    void copySeeds() throws IOException {
        content = tmp.resolve("content");
        site = tmp.resolve("site");
        Files.createDirectories(content.resolve("speeches"));
        for (Path seed : TestFiles.files(TestFiles.seeds())) {
            Files.copy(seed, content.resolve("speeches").resolve(seed.getFileName()));
        }
    }

    private void assertSiteComplete() throws IOException {
        try (var speeches = Files.list(site.resolve("speeches"))) {
            assertEquals(5, speeches.filter(p -> p.toString().endsWith(".html")).count());
        }
        assertTrue(Files.exists(site.resolve("search/meta.js")));
        assertEquals(List.of(), SiteCheck.brokenLinks(site));
        assertTrue(Files.isDirectory(BuildCache.of(content).index()), "the search index was kept");
    }

    @Test
    void twoBuildsInOneProcessBothSucceed() throws Exception {
        List<String> notices = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<BuildReport>> builds = new ArrayList<>();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            builds.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), site, false), notices::add);
            }, threads));
        }
        threads.shutdown();
        start.countDown();
        for (CompletableFuture<BuildReport> b : builds) {
            BuildReport report = b.get(120, TimeUnit.SECONDS);
            assertTrue(report.isPublished(), report.problems()::toString);
            assertEquals(List.of(), report.problems());
        }
        assertTrue(notices.size() <= 1, notices::toString);
        notices.forEach(n -> assertTrue(n.startsWith("waiting for another build of " + content + " to finish ("), n));
        assertSiteComplete();
    }

    /** Another process holding the lock, as a build does: the file holds its process number. */
    private static final class Holder implements AutoCloseable {
        private final FileChannel channel;

        Holder(Path file, long pid) throws IOException {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            channel.lock();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((pid + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    @Test
    void aBuildThatWaitsTooLongSaysInOneLineThatAnotherBuildIsRunning() throws IOException {
        List<String> notices = new ArrayList<>();
        BuildReport report;
        try (Holder other = new Holder(BuildCache.of(content).lockFile(), PID)) {
            report = SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), site, false), notices::add,
                    Duration.ofMillis(300));
        }
        assertFalse(report.isPublished());
        assertEquals(List.of("waiting for another build of " + content + " to finish (process " + PID + ")"), notices);
        assertEquals(1, report.problems().size());
        assertEquals(content + ": error: another build of this folder is still running (process " + PID + ") after 0.3 seconds; "
                + "try again when it has finished", report.problems().get(0).format());
        assertFalse(Files.exists(site));
    }

    @Test
    void aBuildIntoAFolderAnotherBuildIsWritingWaitsToo() throws IOException {
        List<String> notices = new ArrayList<>();
        BuildReport report;
        try (Holder other = new Holder(wengao.publish.SitePublisher.lockFile(site), PID)) {
            report = SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), site, false), notices::add,
                    Duration.ofMillis(300));
        }
        assertEquals(List.of("waiting for another build into " + site + " to finish (process " + PID + ")"), notices);
        assertEquals(site + ": error: another build into this folder is still running (process " + PID + ") after 0.3 seconds; "
                + "try again when it has finished", report.problems().get(0).format());
    }

    private Process buildProcess() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "wengao.cli.Main",
                "build", "--content", content.toString(), "--templates", tmp.resolve("none").toString(),
                "--out", site.toString());
        pb.environment().put("WENGAO_JVM", "default");
        return pb.start();
    }

    record Finished(int code, String out, String err) {
    }

    private static CompletableFuture<String> drain(java.io.InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "unreadable: " + e;
            }
        });
    }

    private static Finished finish(Process p, CompletableFuture<String> out, CompletableFuture<String> err) throws Exception {
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the build finished");
        return new Finished(p.exitValue(), out.get(), err.get());
    }

    @Test
    void twoBuildProcessesAtOnceBothSucceed() throws Exception {
        Process a = buildProcess();
        Process b = buildProcess();
        Finished first = finish(a, drain(a.getInputStream()), drain(a.getErrorStream()));
        Finished second = finish(b, drain(b.getInputStream()), drain(b.getErrorStream()));
        for (Finished f : List.of(first, second)) {
            assertEquals(0, f.code(), f.out() + f.err());
            assertEquals("", f.err(), "no raw exception, no lock message");
            assertTrue(f.out().lines().anyMatch(l -> l.startsWith("built " + site + "/: 5 speeches,")), f.out());
            assertTrue(f.out().lines().allMatch(l -> l.startsWith("built ") || l.startsWith("stage ")
                    || l.startsWith("waiting for another build of " + content + " to finish (process ")), f.out());
        }
        assertSiteComplete();
    }

    @Test
    void aBuildProcessWaitsForTheBuildThatHoldsTheFolder() throws Exception {
        Process p;
        CompletableFuture<String> err;
        List<String> out = new ArrayList<>();
        try (Holder other = new Holder(BuildCache.of(content).lockFile(), PID)) {
            p = buildProcess();
            err = drain(p.getErrorStream());
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            out.add(r.readLine());
            assertEquals("waiting for another build of " + content + " to finish (process " + PID + ")", out.get(0));
            assertFalse(p.waitFor(500, TimeUnit.MILLISECONDS), "it waits while the other build runs");
            assertFalse(Files.exists(site));
            other.close();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line);
            }
        }
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out + err.get());
        assertEquals("", err.get());
        assertTrue(out.get(out.size() - 1).startsWith("built " + site + "/: 5 speeches,"), out::toString);
        assertSiteComplete();
    }
}
