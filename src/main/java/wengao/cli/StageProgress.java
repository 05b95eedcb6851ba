package wengao.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import wengao.pipeline.BuildProgress;

/**
 * Shows a build's stages. On a terminal, a build still running after {@link #QUIET_MILLIS} gets one line, rewritten
 * in place, naming the stages running, how many are done and the speeches read; it is wiped when the build ends,
 * so the summary stands alone. In a log, one line per stage as it ends, with its time: {@code stage ingest 0.9 s}.
 */
final class StageProgress implements BuildProgress, AutoCloseable {

    static final long QUIET_MILLIS = 2000;
    private static final long REFRESH_MILLIS = 250;

    private final PrintWriter out;
    private final boolean live;
    private final Set<String> running = new LinkedHashSet<>();
    private ScheduledExecutorService ticker;
    private long startNanos;
    private int done;
    private int speeches = -1;
    private String last = "";
    private String shown = "";
    private int shownWidth;
    private boolean closed;

    private final long quietMillis;

    StageProgress(PrintWriter out, boolean live) {
        this(out, live, QUIET_MILLIS);
    }

    StageProgress(PrintWriter out, boolean live, long quietMillis) {
        this.out = out;
        this.live = live;
        this.quietMillis = quietMillis;
    }

    @Override
    public synchronized void started(String stage) {
        running.add(stage);
        if (live && ticker == null) {
            startNanos = System.nanoTime();
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "wengao-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::show, quietMillis, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void finished(String stage, long nanos) {
        running.remove(stage);
        last = stage;
        done++;
        if (!live) {
            out.println(String.format(Locale.ROOT, "stage %s %.1f s", stage, nanos / 1e9));
            out.flush();
        }
    }

    @Override
    public synchronized void speeches(int count) {
        speeches = count;
    }

    /** The live line as it reads now: the stages running (or the one just done), stages done, speeches read. */
    synchronized String line() {
        StringBuilder line = new StringBuilder("building: ");
        line.append(running.isEmpty() ? last : String.join(" + ", running));
        line.append(String.format(Locale.ROOT, ", %d %s done", done, done == 1 ? "stage" : "stages"));
        if (speeches >= 0) {
            line.append(String.format(Locale.ROOT, ", %,d %s", speeches, speeches == 1 ? "speech" : "speeches"));
        }
        line.append(String.format(Locale.ROOT, ", %d s", (System.nanoTime() - startNanos) / 1_000_000_000));
        return line.toString();
    }

    /** Rewritten only when it changed, so that a terminal recorded to a file stays short. */
    private synchronized void show() {
        if (closed) {
            return;
        }
        String line = line();
        if (line.equals(shown)) {
            return;
        }
        out.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        out.flush();
        shown = line;
        shownWidth = Math.max(shownWidth, line.length());
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (shownWidth > 0) {
            out.print("\r" + " ".repeat(shownWidth) + "\r");
            out.flush();
            shownWidth = 0;
        }
    }
}
