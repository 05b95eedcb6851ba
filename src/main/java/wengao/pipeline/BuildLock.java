package wengao.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Keeps two builds of one folder apart: the second waits until the first is done. Across processes this is a
 * lock on a file, which the operating system releases when a build dies, so a crashed build never leaves a lock
 * behind; the file holds the number of the process that has it, for the message of a build that waits. File
 * locks belong to the whole JVM, so builds in threads of one JVM are kept apart by a lock per file as well.
 */
final class BuildLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 100;
    private static final Duration NAME_WAIT = Duration.ofSeconds(1);
    private static final String UNKNOWN = "another process";

    private final ReentrantLock jvmLock;
    private final FileChannel channel;

    private BuildLock(ReentrantLock jvmLock, FileChannel channel) {
        this.jvmLock = jvmLock;
        this.channel = channel;
    }

    /** Another build holds the lock and did not let go in time. */
    static final class Busy extends Exception {
        final String holder;

        Busy(String holder) {
            super(holder, null, false, false);
            this.holder = holder;
        }
    }

    /**
     * Takes the lock of {@code file}, waiting at most {@code patience}; {@code onWait} hears once, with who holds
     * it, that this build waits.
     */
    static BuildLock take(Path file, Duration patience, Consumer<String> onWait) throws IOException, Busy {
        Path key = file.toAbsolutePath().normalize();
        long deadline = System.nanoTime() + patience.toNanos();
        ReentrantLock jvmLock = IN_THIS_JVM.computeIfAbsent(key, k -> new ReentrantLock(true));
        boolean told = false;
        try {
            if (!jvmLock.tryLock()) {
                onWait.accept("another build in this process");
                told = true;
                if (!jvmLock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new Busy("another build in this process");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("another build in this process");
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(key.getParent());
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long namedBy = System.nanoTime() + NAME_WAIT.toNanos();
            while (tryLock(channel) == null) {
                String holder = holder(channel);
                // the holder writes its number just after it took the lock: give it a moment to be named
                if (!told && (!holder.equals(UNKNOWN) || System.nanoTime() > namedBy)) {
                    onWait.accept(holder);
                    told = true;
                }
                if (System.nanoTime() > deadline) {
                    throw new Busy(holder);
                }
                Thread.sleep(POLL_MILLIS);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new BuildLock(jvmLock, channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            String holder = holder(channel);
            close(channel, jvmLock);
            throw new Busy(holder);
        } catch (IOException | Busy | RuntimeException e) {
            close(channel, jvmLock);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // held in this JVM under another spelling of the same path: wait as for another process
            return null;
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            int n = channel.read(buf, 0);
            String pid = n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.US_ASCII).strip();
            // a number left by a build that died is not the holder's
            boolean alive = pid.matches("[0-9]{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isPresent();
            return alive ? "process " + pid : UNKNOWN;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    private static void close(FileChannel channel, ReentrantLock jvmLock) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // closing releases the lock; nothing else to undo
        } finally {
            jvmLock.unlock();
        }
    }

    /** Lets go; the process number goes first, so that no waiting build names a process that is done. */
    @Override
    public void close() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            // a stale number is not believed anyway: holder() checks that the process is alive
        }
        close(channel, jvmLock);
    }
}
