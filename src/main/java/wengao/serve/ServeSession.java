package wengao.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import wengao.pipeline.BuildCache;
import wengao.pipeline.BuildOptions;
import wengao.pipeline.BuildReport;
import wengao.pipeline.ContentWatcher;
import wengao.pipeline.LiveBuild;
import wengao.model.Problem;

/**
 * One run of {@code wengao serve}: the server, the watcher and the thread that builds. The site is built into
 * {@link BuildCache#servedSite()}, beside the build cache and away from the user's {@code site/}: serving must not
 * replace the published site with whatever is half-edited, and the folder outlives the process, so the next
 * {@code serve} shows the last good site at once. One thread does every build, one after another; changes that
 * come in meanwhile wait in the watcher and make the next build.
 */
public final class ServeSession implements AutoCloseable {

    private static final long STOP_WAIT_MILLIS = 3000;

    private final PrintWriter out;
    private final PrintWriter err;
    private final BuildStatus status;
    private final DevServer server;
    private final ContentWatcher watcher;
    private final LiveBuild builds;
    private final Thread builder;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean closing;

    private ServeSession(ServeOptions options, PrintWriter out, PrintWriter err) throws IOException {
        this.out = out;
        this.err = err;
        Path site = BuildCache.of(options.content()).servedSite();
        this.status = new BuildStatus(Long.toString(System.nanoTime() ^ ProcessHandle.current().pid(), 36));
        this.server = new DevServer(new InetSocketAddress(InetAddress.getByName(options.bind()), options.port()), site, status,
                options.search());
        try {
            this.watcher = ContentWatcher.watch(List.of(options.content(), options.templates()), ContentWatcher.QUIET);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        this.builds = new LiveBuild(new BuildOptions(options.content(), options.templates(), site, false, true,
                options.search() == null ? null : SearchEndpoint.RELATIVE_URL),
                notice -> say(out, notice));
        this.builder = new Thread(this::buildLoop, "wengao-serve-build");
        builder.setDaemon(true);
    }

    /**
     * Binds the port, starts serving and the first build. Throws {@link java.net.BindException} when the port is
     * taken, {@link java.net.UnknownHostException} for a bind address that is no address.
     */
    public static ServeSession start(ServeOptions options, PrintWriter out, PrintWriter err) throws IOException {
        ServeSession session = new ServeSession(options, out, err);
        session.status.started();
        session.server.start();
        session.builder.start();
        return session;
    }

    /** The address pages are served at; for a server on every interface, this machine's loopback address. */
    public URI url() {
        InetSocketAddress a = server.address();
        InetAddress host = a.getAddress().isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : a.getAddress();
        String name = host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create("http://" + name + ":" + a.getPort() + "/");
    }

    /** Where the served site is built. */
    public Path site() {
        return builds.options().out();
    }

    /** The folders watched for changes. */
    public List<Path> watched() {
        return watcher.roots();
    }

    private void buildLoop() {
        build(Set.of());
        while (!closing) {
            Optional<Set<Path>> changed = watcher.next();
            if (changed.isEmpty() || closing) {
                return;
            }
            status.started();
            build(changed.get());
        }
    }

    private void build(Set<Path> changed) {
        BuildReport report;
        try {
            report = changed.isEmpty() ? builds.buildAll() : builds.rebuild(changed);
        } catch (RuntimeException e) {
            // a bug, not bad input: say so and keep serving the last good site
            say(err, "wengao: internal error in the build: " + e);
            status.finished(false, List.of(Problem.error("", 0, "internal error in the build: " + e)));
            return;
        }
        for (Problem p : report.problems()) {
            say(err, p.format());
        }
        String what = changed.isEmpty() ? "built" : "rebuilt after " + describe(changed);
        String counts = String.format(Locale.ROOT, "%d speeches, %d pages, %d warnings, %d errors, %.2f s",
                report.speeches(), report.pages(), report.warnings(), report.errors(), report.totalMillis() / 1000);
        if (report.isPublished()) {
            say(out, what + ": " + counts);
        } else {
            say(out, (changed.isEmpty() ? "build" : "rebuild after " + describe(changed)) + " failed (" + counts
                    + "); the problems are shown on the open pages"
                    + (java.nio.file.Files.isDirectory(site()) ? "; the last good site is still served" : ""));
        }
        // Last: whoever waits on the status (open pages, tests) finds the build's lines already written.
        status.finished(report);
    }

    private String describe(Set<Path> changed) {
        Path first = changed.iterator().next();
        for (Path root : watcher.roots()) {
            if (first.startsWith(root)) {
                first = root.getFileName() == null ? first : root.getFileName().resolve(root.relativize(first));
                break;
            }
        }
        return changed.size() == 1 ? first + " changed" : first + " and " + (changed.size() - 1) + " more changed";
    }

    private static void say(PrintWriter w, String line) {
        synchronized (w) {
            w.println(line);
            w.flush();
        }
    }

    /** Blocks until {@link #close} has run. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops watching and serving. A build under way is given a moment to finish; one cut short leaves its staging
     * folder beside the served site, which the next build clears.
     */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        watcher.close();
        server.close();
        try {
            builder.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed.countDown();
    }
}
