package wengao.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.json.JsonReader;
import wengao.json.JsonWriter;

/**
 * Headless Chromium driven through chromedriver (W3C WebDriver over HTTP on 127.0.0.1). Chromium is started with
 * no background networking, so it sends nothing to any host but the pages it is given. Each {@link #session()}
 * gets a fresh profile: a cold cache.
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final Process driver;
    private final String base;
    private final String browser;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Chromium(Process driver, String base, String browser) {
        this.driver = driver;
        this.base = base;
        this.browser = browser;
    }

    /** The browser and driver binaries, or null when this machine has none (WENGAO_CHROMIUM/WENGAO_CHROMEDRIVER override). */
    public static String[] find() {
        String b = firstExisting(System.getenv("WENGAO_CHROMIUM"), BROWSERS);
        String d = firstExisting(System.getenv("WENGAO_CHROMEDRIVER"), DRIVERS);
        return b == null || d == null ? null : new String[] {b, d};
    }

    private static String firstExisting(String preferred, List<String> candidates) {
        if (preferred != null && Files.isExecutable(Path.of(preferred))) {
            return preferred;
        }
        return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    public static Chromium start() throws IOException {
        String[] found = find();
        if (found == null) {
            throw new IOException("headless Chromium and chromedriver are not installed (Debian: apt-get install chromium chromium-driver)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process p = new ProcessBuilder(found[1], "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Chromium c = new Chromium(p, "http://127.0.0.1:" + port, found[0]);
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            try {
                c.call("GET", "/status", null);
                return c;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    c.close();
                    throw new IOException("chromedriver did not start: " + e.getMessage());
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException(ie);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    Object call(String method, String path, Object body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.method(method, HttpRequest.BodyPublishers.ofString(JsonWriter.compact(body)))
                    .header("Content-Type", "application/json; charset=utf-8");
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.body());
        Object value = json.get("value");
        if (r.statusCode() != 200) {
            throw new IOException("WebDriver " + method + " " + path + ": " + (value instanceof Map<?, ?> m ? m.get("message") : value));
        }
        return value;
    }

    /** A browser with a fresh profile (cold cache). */
    @SuppressWarnings("unchecked")
    public Session session() throws IOException {
        Path profile = Files.createTempDirectory("wengao-chromium");
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("binary", browser);
        options.put("args", List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,900", "--user-data-dir=" + profile));
        Map<String, Object> caps = Map.of("capabilities", Map.of("alwaysMatch",
                Map.of("browserName", "chrome", "goog:chromeOptions", options)));
        Map<String, Object> value = (Map<String, Object>) call("POST", "/session", caps);
        return new Session(this, (String) value.get("sessionId"), profile);
    }

    @Override
    public void close() {
        driver.destroy();
    }

    /** One browser window. */
    public static final class Session implements AutoCloseable {
        private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
        private final Chromium chromium;
        private final String id;
        private final Path profile;

        Session(Chromium chromium, String id, Path profile) {
            this.chromium = chromium;
            this.id = id;
            this.profile = profile;
        }

        public void open(String url) throws IOException {
            chromium.call("POST", "/session/" + id + "/url", Map.of("url", url));
        }

        public Object script(String js, Object... args) throws IOException {
            return chromium.call("POST", "/session/" + id + "/execute/sync", Map.of("script", js, "args", List.of(args)));
        }

        /** Waits until {@code condition} (a JavaScript expression) is truthy; returns its value. */
        public Object waitFor(String condition, long timeoutMillis) throws IOException {
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (true) {
                Object v = script("return " + condition + ";");
                if (v != null && !Boolean.FALSE.equals(v) && !"".equals(v)) {
                    return v;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("timed out waiting for " + condition);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }

        @SuppressWarnings("unchecked")
        public void type(String cssSelector, String text) throws IOException {
            Map<String, Object> el = (Map<String, Object>) chromium.call("POST", "/session/" + id + "/element",
                    Map.of("using", "css selector", "value", cssSelector));
            chromium.call("POST", "/session/" + id + "/element/" + el.get(ELEMENT) + "/value", Map.of("text", text));
        }

        @SuppressWarnings("unchecked")
        public void click(String cssSelector) throws IOException {
            Map<String, Object> el = (Map<String, Object>) chromium.call("POST", "/session/" + id + "/element",
                    Map.of("using", "css selector", "value", cssSelector));
            chromium.call("POST", "/session/" + id + "/element/" + el.get(ELEMENT) + "/click", Map.of());
        }

        /** The window's outer size in CSS pixels, as a desktop or a phone has it. */
        public void resize(int width, int height) throws IOException {
            chromium.call("POST", "/session/" + id + "/window/rect", Map.of("width", width, "height", height));
        }

        /** Grants or denies a permission such as {@code clipboard-read} to the pages of this window. */
        public void permission(String name, boolean granted) throws IOException {
            chromium.call("POST", "/session/" + id + "/permissions",
                    Map.of("descriptor", Map.of("name", name), "state", granted ? "granted" : "denied"));
        }

        @Override
        public void close() throws IOException {
            try {
                chromium.call("DELETE", "/session/" + id, null);
            } finally {
                try (var walk = Files.walk(profile)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
