package wengao.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of {@code serve}, on the JDK's own server ({@code com.sun.net.httpserver}, in every JDK since 6):
 * a preview on one's own machine needs files, a redirect and a long poll, nothing a library would add, and no
 * dependency is the one that never needs updating. GET and HEAD only. Site files come from the served folder;
 * HTML gets the reload script; {@code /__wengao/} holds the script and the build status.
 */
final class DevServer implements AutoCloseable {

    static final String STATUS = "/__wengao/status";
    static final String SCRIPT = "/__wengao/reload.js";

    /** How long a page's poll waits for a build before it is answered with nothing new. */
    static final Duration POLL_PATIENCE = Duration.ofSeconds(20);

    /** Polls held open at once: more pages than that are answered at once and ask again a second later. */
    private static final int HELD_POLLS = 32;

    /** A file the build is swapping in may be gone for a moment: how often, and how long apart, to look again. */
    private static final int SWAP_RETRIES = 5;
    private static final long SWAP_RETRY_MILLIS = 40;

    private final HttpServer server;
    private final ExecutorService threads;
    private final SiteFiles files;
    private final BuildStatus status;
    private final ReloadSnippet snippet;
    private final Semaphore heldPolls = new Semaphore(HELD_POLLS);
    private final SearchEndpoint search;

    /** Binds {@code address}; throws {@link java.net.BindException} when the port is taken. Serves after {@link #start}. */
    DevServer(InetSocketAddress address, Path site, BuildStatus status) throws IOException {
        this(address, site, status, null);
    }

    /** With {@code search} not null, also the search endpoint at {@link SearchEndpoint#PATH}. */
    DevServer(InetSocketAddress address, Path site, BuildStatus status, SearchEndpoint search) throws IOException {
        this.search = search;
        this.server = HttpServer.create(address, 0);
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "wengao-serve-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.files = new SiteFiles(site);
        this.status = status;
        this.snippet = new ReloadSnippet(status.run());
        server.createContext("/", this::handle);
        server.setExecutor(threads);
    }

    void start() {
        server.start();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                text(ex, 405, "only GET and HEAD\n");
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path == null) {
                text(ex, 400, "bad path\n");
            } else if (path.equals(STATUS)) {
                statusJson(ex);
            } else if (path.equals(SearchEndpoint.PATH) && search != null) {
                searchJson(ex);
            } else if (path.equals(SCRIPT)) {
                send(ex, 200, "text/javascript; charset=utf-8", ReloadSnippet.bytes("reload.js"));
            } else {
                siteFile(ex, path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void siteFile(HttpExchange ex, String path) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            long version = status.version();
            SiteFiles.Found found = files.find(path);
            switch (found.kind()) {
                case REFUSED -> text(ex, 400, "refused: the path leaves the site\n");
                case FOLDER_WITHOUT_SLASH -> {
                    String query = ex.getRequestURI().getRawQuery();
                    ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath() + "/"
                            + (query == null ? "" : "?" + query));
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                }
                case MISSING -> {
                    if (attempt < SWAP_RETRIES && status.isBuilding()) {
                        Thread.sleep(SWAP_RETRY_MILLIS);
                        continue;
                    }
                    notFound(ex, version);
                }
                case FILE -> {
                    byte[] body;
                    try {
                        body = Files.readAllBytes(found.file());
                    } catch (NoSuchFileException e) {
                        if (attempt < SWAP_RETRIES) {
                            Thread.sleep(SWAP_RETRY_MILLIS);
                            continue;
                        }
                        notFound(ex, version);
                        return;
                    }
                    String type = SiteFiles.contentType(found.file());
                    send(ex, 200, type, SiteFiles.isHtml(found.file()) ? snippet.inject(body, version) : body);
                }
                default -> throw new IllegalStateException(found.kind().toString());
            }
            return;
        }
    }

    /** The site's own 404 page; before the first good build, a page that waits for it. */
    private void notFound(HttpExchange ex, long version) throws IOException {
        Path page = files.root().resolve("404.html");
        byte[] body;
        try {
            body = Files.readAllBytes(page);
        } catch (IOException e) {
            body = ReloadSnippet.bytes("no-site.html");
        }
        send(ex, 404, "text/html; charset=utf-8", snippet.inject(body, version));
    }

    private void statusJson(HttpExchange ex) throws IOException, InterruptedException {
        String run = "";
        long since = -1;
        String query = ex.getRequestURI().getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (key.equals("run")) {
                    run = value;
                } else if (key.equals("since")) {
                    try {
                        since = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        since = -1;
                    }
                }
            }
        }
        String json;
        if (heldPolls.tryAcquire()) {
            try {
                json = status.awaitJson(run, since, POLL_PATIENCE);
            } finally {
                heldPolls.release();
            }
        } else {
            json = status.json();
        }
        send(ex, 200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The search endpoint: only the query's own parameters are passed on, and only as a search; any page may ask
     * (a site built with --search-endpoint may be served from elsewhere, or opened from a disk).
     */
    private void searchJson(HttpExchange ex) throws IOException {
        java.util.Map<String, String> params = new java.util.HashMap<>();
        String query = ex.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = decoded(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decoded(pair.substring(eq + 1));
                if (java.util.Set.of("q", "year", "theme", "limit").contains(key)) {
                    params.putIfAbsent(key, value);
                }
            }
        }
        ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        String type = "application/json; charset=utf-8";
        try {
            send(ex, 200, type, search.answer(params).getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            send(ex, 400, type, ("{\"error\":" + wengao.json.JsonWriter.compact(e.getMessage()) + "}").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            send(ex, 502, type, ("{\"error\":" + wengao.json.JsonWriter.compact("the search service did not answer: "
                    + e.getMessage()) + "}").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A parameter as sent; one that is no valid percent-encoding is taken as written. */
    private static String decoded(String s) {
        try {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static void text(HttpExchange ex, int code, String message) throws IOException {
        send(ex, code, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int code, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        // a preview must never show a page from the browser's cache after a rebuild
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(code, -1);
            return;
        }
        ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        status.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
