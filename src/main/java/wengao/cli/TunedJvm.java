package wengao.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code build} (and {@code check}, which does nearly as much) in a child JVM tuned for a batch job, since {@code java -jar} cannot carry JVM options. A
 * build is a short-lived process: the C2 compiler spends more CPU warming up than it saves (at 2,000 speeches on
 * two cores, 12 of 31 CPU-seconds), and the default collector grows the heap to a quarter of the machine's memory
 * under the build's allocation rate. The child runs with the C1 compiler only, a collector chosen by the heap's size ({@link #collector})
 * promoting what survives one young collection (a build's data is the kept caches, read once and held to the end, or garbage
 * at once: copied between survivor spaces, the caches cost an incremental build more than its render), and a heap
 * sized from the content folder (384 MB plus 4.8 bytes per byte of content, between 512 MB and three quarters of
 * the machine's memory), and maps the classes an earlier build loaded ({@link ClassArchive}). An explicit -Xmx, or
 * WENGAO_JVM=default, keeps the build in this JVM.
 *
 * <p>The child must not outlive this process: a CI timeout or a terminal that signals only the process it started
 * kills this JVM, and a child left running would publish the site a minute later. So the child's standard input
 * is a pipe this process holds open and never writes to; when this process ends, however it ends (SIGKILL
 * included), the system closes the pipe, the child reads end-of-file and halts at once. It halts from wherever it
 * is, at the latest while publish writes its staging folder, before the new site is moved in. A shutdown hook
 * could not do this: none runs on SIGKILL.
 */
final class TunedJvm {

    static final String MARK = "wengao.tuned";

    /** Set on the child only: its standard input is the pipe from its parent, watched for end-of-file. */
    static final String WATCH_PARENT = "wengao.watchParent";

    /** The exit code of a child that stopped because its parent ended; nobody waits for it, but logs may show it. */
    static final int PARENT_GONE = 143;

    /** The commands that read, analyse and render the whole corpus. */
    static final java.util.Set<String> BATCH_COMMANDS = java.util.Set.of("build", "check");

    private TunedJvm() {
    }

    static boolean wanted(String[] args) {
        if (args.length == 0 || !BATCH_COMMANDS.contains(args[0]) || System.getProperty(MARK) != null
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
        return classPath() != null && java() != null;
    }

    /**
     * In the child: halts the JVM as soon as the parent is gone. Called first thing, so that a parent killed at any
     * moment, even before the child got this far, stops it before it publishes. Returns what to stop before the
     * child exits of itself: a thread blocked reading a pipe is in native code, and the JVM waits 300 ms at exit for
     * such threads to come out (HotSpot's wait for threads in native), which every build paid. The pipe is read
     * through a channel, whose read a close interrupts.
     */
    static Runnable stopWithParent() {
        if (System.getProperty(WATCH_PARENT) == null) {
            return () -> { };
        }
        java.nio.channels.FileChannel pipe = new java.io.FileInputStream(java.io.FileDescriptor.in).getChannel();
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        Thread watch = new Thread(() -> {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64);
            try {
                while (pipe.read(buffer) >= 0) {
                    buffer.clear(); // the parent never writes; anything read is ignored
                }
            } catch (IOException e) {
                // a broken pipe means the parent is gone, as end-of-file does; a close of our own, that we are done
            }
            if (finished.get()) {
                return;
            }
            System.err.println("wengao: build stopped: the process that started it has ended; nothing was published");
            System.err.flush();
            Runtime.getRuntime().halt(PARENT_GONE);
        }, "wengao-parent-watch");
        watch.setDaemon(true);
        watch.start();
        return () -> {
            finished.set(true);
            try {
                pipe.close();
                watch.join(1000);
            } catch (IOException e) {
                // the exit waits a moment longer, nothing else
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Runs the same command in the tuned JVM and returns its exit code; output goes straight to this terminal. */
    static int relaunch(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-D" + MARK + "=1");
        command.add("-D" + WATCH_PARENT + "=stdin");
        // The child's input is a pipe, so only this process can tell whether a person is watching.
        command.add("-D" + Terminal.PROPERTY + "=" + Terminal.interactive());
        command.add("-XX:TieredStopAtLevel=1");
        long heap = heapMegabytes(contentDir(args));
        command.add(collector(heap));
        command.add("-XX:MaxTenuringThreshold=1");
        command.add("-Xmx" + heap + "m");
        ClassArchive archive = ClassArchive.of(cacheFolder(contentDir(args)), classPath());
        if (archive != null) {
            command.addAll(archive.options());
        }
        command.add("-cp");
        command.add(classPath());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            // Output goes straight to this terminal; input is the pipe the child watches (see the class comment).
            Process p = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            java.io.OutputStream pipe = p.getOutputStream();
            int code = p.waitFor();
            // Held to the end: if the stream were collected, its descriptor would be closed and the child would stop.
            java.lang.ref.Reference.reachabilityFence(pipe);
            if (archive != null) {
                archive.settle(code);
            }
            return code;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.INTERNAL;
        }
    }

    /** The largest heap the serial collector gets; above it, collections of the old generation want both cores. */
    static final long SERIAL_HEAP_MEGABYTES = 768;

    /**
     * The serial collector for a small heap: on two cores its one thread costs a build less than the parallel
     * collector's threads contending with the build's own (fewer CPU-seconds and a smaller peak at 2,000 speeches);
     * a large heap's old-generation collections take a second core's help.
     */
    static String collector(long heapMegabytes) {
        return heapMegabytes <= SERIAL_HEAP_MEGABYTES ? "-XX:+UseSerialGC" : "-XX:+UseParallelGC";
    }

    static long heapMegabytes(Path content) {
        long[] bytes = {0};
        if (Files.isDirectory(content)) {
            // One look at each file, from the walk itself: the parent's time is every build's.
            try {
                Files.walkFileTree(content, java.util.Set.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
                        Integer.MAX_VALUE, new java.nio.file.SimpleFileVisitor<>() {
                            @Override
                            public java.nio.file.FileVisitResult visitFile(Path file,
                                    java.nio.file.attribute.BasicFileAttributes a) {
                                if (a.isRegularFile()) {
                                    bytes[0] += a.size();
                                }
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }

                            @Override
                            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException | RuntimeException e) {
                bytes[0] = 0;
            }
        }
        long physical = physicalMegabytes();
        // What a build keeps (the parsed corpus, its themes and passages, Lucene's buffers) grows with the content; the
        // rest is made and written a file at a time. The coefficients sit a little above the smallest heaps that
        // built the benchmark's corpora (README, Scale): the parallel collector needs room above the live data.
        long wanted = 384 + bytes[0] * 24 / 5 / (1024 * 1024);
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

    /** The build cache's folder for a content folder: {@code .wengao-cache} beside it. */
    static Path cacheFolder(Path content) {
        Path abs = content.toAbsolutePath().normalize();
        return (abs.getParent() == null ? abs : abs.getParent()).resolve(wengao.pipeline.BuildCache.FOLDER);
    }

    /** The class path this JVM runs on: the jar under {@code java -jar}, the same for the child. */
    private static String classPath() {
        String cp = System.getProperty("java.class.path");
        return cp == null || cp.isBlank() ? null : cp;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse(null);
    }
}
