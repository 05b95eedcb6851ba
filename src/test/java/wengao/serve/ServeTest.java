package wengao.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.pipeline.BuildOptions;
import wengao.pipeline.BuildReport;
import wengao.pipeline.SiteBuilder;

/**
 * {@code serve} end to end, in this JVM on a free port: the first build is served with the reload script, an edit
 * shows in the served page, a broken file is reported to the page while the last good site stays, and requests
 * outside the site or other than GET and HEAD are refused. The files on disk are those of a normal build.
 */
class ServeTest {

    /** The goal is 2 s from save to served page; the bound is generous for a loaded CI machine. */
    private static final Duration CHANGE_BOUND = Duration.ofSeconds(30);

    private static final String SPEECH = """
            关于加强作风建设的讲话
            （2024年3月1日）
            同志们：
            今天我们召开会议，研究部署作风建设工作。
            一、充分认识作风建设的重要性
            作风建设永远在路上，这是第一次写下的句子。
            二、扎实推进作风建设
            要抓好落实，一级抓一级，层层抓落实。
            谢谢大家。
            """;

    private static final String NOTE = """
            ---
            title: 学习笔记
            date: 2024-03-02
            ---
            学习贯彻会议精神的几点体会。
            """;

    @TempDir
    Path tmp;
    Path content;
    ServeSession session;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startServing() throws IOException, InterruptedException {
        content = tmp.resolve("content");
        Files.createDirectories(content.resolve("speeches"));
        Files.writeString(content.resolve("speeches/zuofeng.txt"), SPEECH);
        Files.writeString(content.resolve("speeches/note.md"), NOTE);
        session = ServeSession.start(new ServeOptions(content, tmp.resolve("no-templates"), "127.0.0.1", 0),
                new PrintWriter(out, true), new PrintWriter(err, true));
        awaitStatus(s -> s.contains("\"version\":1,"), CHANGE_BOUND.multipliedBy(3));
    }

    @AfterEach
    void stop() {
        session.close();
    }

    @Test
    void servesTheBuiltSiteWithTheReloadScriptAddedToPagesOnly() throws IOException, InterruptedException {
        assertTrue(status().contains("\"ok\":true"), status() + out + err);
        assertEquals("127.0.0.1", session.url().getHost());
        HttpResponse<String> page = get("/speeches/zuofeng.html");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        assertTrue(page.body().contains("这是第一次写下的句子"));
        assertTrue(page.body().matches("(?s).*<script src=\"/__wengao/reload\\.js\"[^>]*></script></body>.*"),
                "the script stands just before </body>");
        Path onDisk = session.site().resolve("speeches/zuofeng.html");
        assertFalse(Files.readString(onDisk).contains("__wengao"), "the built page itself has no reload script");

        HttpResponse<String> css = get("/assets/wengao.css");
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));
        assertEquals(Files.readString(session.site().resolve("assets/wengao.css")), css.body(), "only HTML is changed");
        HttpResponse<String> script = get("/__wengao/reload.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        assertTrue(script.body().contains("location.reload()"));
        assertEquals(200, get("/").statusCode());
        assertTrue(get("/").body().contains("__wengao/reload.js"), "the home page is index.html");

        // the served folder holds what `wengao build` writes, byte for byte
        Path normal = tmp.resolve("site");
        BuildReport report = SiteBuilder.build(new BuildOptions(content, tmp.resolve("no-templates"), normal, false));
        assertTrue(report.isPublished(), report.problems()::toString);
        Map<String, byte[]> built = files(normal);
        Map<String, byte[]> served = files(session.site());
        assertEquals(built.keySet(), served.keySet());
        built.forEach((name, bytes) -> assertArrayEquals(bytes, served.get(name), name));
        assertTrue(built.values().stream().noneMatch(b -> new String(b, StandardCharsets.UTF_8).contains("__wengao")),
                "no file of a normal build mentions the reload script");
    }

    @Test
    void anEditShowsInTheServedPage() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Files.writeString(content.resolve("speeches/zuofeng.txt"), SPEECH.replace("这是第一次写下的句子", "这是改过以后的句子"));
        String body = awaitPage("/speeches/zuofeng.html", b -> b.contains("这是改过以后的句子"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("serve: edit to changed page in " + millis + " ms");
        assertFalse(body.contains("这是第一次写下的句子"));
        // The page is served from the new site a moment before the status counts the build: wait for the count.
        // (Two rebuilds for one edit would be slower, not wrong; a loaded machine may split one edit's events.)
        String after = awaitStatus(s -> s.matches(".*\"version\":[2-9],.*") && s.contains("\"building\":false"), CHANGE_BOUND);
        assertTrue(after.contains("\"ok\":true"), after);
        assertTrue(out.toString().contains("rebuilt after content/speeches/zuofeng.txt changed"), out.toString());

        // a speech in a folder made after serve started is seen too
        Files.createDirectories(content.resolve("new/deeper"));
        Files.writeString(content.resolve("new/deeper/later.txt"), SPEECH.replace("作风建设的讲话", "后来加入的讲话"));
        awaitPage("/index.html", b -> b.contains("后来加入的讲话"));
    }

    @Test
    void aBrokenFileIsShownOnThePageWhileTheLastGoodSiteIsServed() throws IOException, InterruptedException {
        Files.writeString(content.resolve("speeches/note.md"), "---\ntitle: 学习笔记\n日期 2024\n---\n正文。\n");
        String failed = awaitStatus(s -> s.contains("\"version\":2,"), CHANGE_BOUND);
        assertTrue(failed.contains("\"ok\":false"), failed);
        assertTrue(failed.contains("{\"file\":\"speeches/note.md\",\"line\":3,\"severity\":\"error\",\"message\":"
                + "\"malformed front matter: expected 'key: value' or '- item', found '日期 2024'\"}"), failed);
        assertTrue(out.toString().contains("the last good site is still served"), out.toString());
        assertTrue(err.toString().contains("speeches/note.md:3: error: malformed front matter"), err.toString());

        HttpResponse<String> page = get("/speeches/note.html");
        assertEquals(200, page.statusCode(), "the last good page");
        assertTrue(page.body().contains("学习贯彻会议精神的几点体会"));
        assertTrue(page.body().contains("data-version=\"2\""), "the page's script knows of the failed build");
        String script = get("/__wengao/reload.js").body();
        assertTrue(script.contains("wengao-overlay") && script.contains("p.file") && script.contains("p.line")
                && script.contains("textContent"), "the script lists file:line: message, as text");

        // markup in a problem stays text: the JSON escapes it, the script writes it as text
        Files.writeString(content.resolve("speeches/note.md"), "---\ntitle: 学习笔记\n<b>x</b>\n---\n正文。\n");
        String markup = awaitStatus(s -> s.contains("\"version\":3,"), CHANGE_BOUND);
        assertFalse(markup.contains("<b>"), markup);
        assertTrue(markup.contains("\\u003cb\\u003ex\\u003c/b\\u003e"), markup);

        Files.writeString(content.resolve("speeches/note.md"), NOTE.replace("几点体会", "几点新体会"));
        String fixed = awaitStatus(s -> s.contains("\"version\":4,"), CHANGE_BOUND);
        assertTrue(fixed.contains("\"ok\":true") && fixed.contains("\"problems\":[]"), fixed);
        assertTrue(get("/speeches/note.html").body().contains("几点新体会"));
    }

    @Test
    void aPollWaitsForTheNextBuild() throws IOException, InterruptedException {
        String now = status();
        String run = field(now, "run");
        long started = System.nanoTime();
        Thread edit = new Thread(() -> {
            try {
                Thread.sleep(300);
                Files.writeString(content.resolve("speeches/zuofeng.txt"), SPEECH + "补充一段。\n");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        edit.start();
        String next = get("/__wengao/status?run=" + run + "&since=1").body();
        edit.join();
        assertTrue(next.contains("\"version\":2,"), next);
        assertTrue(System.nanoTime() - started >= 300_000_000L, "answered only after the build");
        String otherRun = get("/__wengao/status?run=earlier&since=99").body();
        assertTrue(otherRun.contains("\"version\":2,"), "a page of an earlier server is answered at once");
    }

    @Test
    void onlyFilesOfTheSiteAreServedAndOnlyToGetAndHead() throws IOException, InterruptedException {
        Path beside = session.site().resolveSibling("secret.txt");
        Files.writeString(beside, "SECRET-BESIDE-THE-SITE");
        for (String path : new String[] {"/../secret.txt", "/speeches/../../secret.txt", "/%2e%2e/secret.txt",
                "/speeches/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt", "/.%2e/.%2e/.%2e/.%2e/etc/passwd"}) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 400"), path + " -> " + response);
            assertFalse(response.contains("SECRET"), path);
        }
        assertEquals(404, get("/.wengao-site").statusCode(), "hidden files are not served");

        HttpResponse<String> missing = get("/speeches/no-such-page.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("找不到这个页面") && missing.body().contains("__wengao/reload.js"),
                "the site's 404 page, with the script");
        HttpResponse<String> folder = get("/speeches");
        assertEquals(301, folder.statusCode());
        assertEquals("/speeches/", folder.headers().firstValue("Location").orElse(""));

        for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(url("/index.html"))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, r.statusCode(), method);
            assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), method);
        }
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(url("/speeches/zuofeng.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get("/speeches/zuofeng.html").body().getBytes(StandardCharsets.UTF_8).length,
                Long.parseLong(head.headers().firstValue("Content-Length").orElse("-1")));
    }

    @Test
    void closingStopsServingAndWatching() throws IOException, InterruptedException {
        URI url = session.url();
        session.close();
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString()));
        Files.writeString(content.resolve("speeches/zuofeng.txt"), SPEECH + "关闭以后。\n");
        // longer than a batch's quiet time and this small build: a build after close would have shown by now
        Thread.sleep(1500);
        assertFalse(out.toString().contains("rebuilt"), "no build after close: " + out);
    }

    private URI url(String path) {
        return session.url().resolve(path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String status() throws IOException, InterruptedException {
        return get("/__wengao/status").body();
    }

    private String awaitStatus(Predicate<String> wanted, Duration bound) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        String last = status();
        while (!wanted.test(last)) {
            assertTrue(System.nanoTime() < deadline, () -> "status never came: " + out + err);
            Thread.sleep(50);
            last = status();
        }
        return last;
    }

    private String awaitPage(String path, Predicate<String> wanted) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + CHANGE_BOUND.toNanos();
        String body = get(path).body();
        while (!wanted.test(body)) {
            assertTrue(System.nanoTime() < deadline, () -> path + " never changed: " + out + err);
            Thread.sleep(20);
            body = get(path).body();
        }
        return body;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }

    /** A request as written, since HTTP clients tidy away the {@code ..} an attacker would send. */
    private String raw(String request) throws IOException {
        try (Socket s = new Socket(session.url().getHost(), session.url().getPort())) {
            s.setSoTimeout(10_000);
            OutputStream o = s.getOutputStream();
            o.write(request.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(site.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
