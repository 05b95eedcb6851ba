package wengao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.bench.HeadlessChromium;

/**
 * The reload script in a real browser: an open page reloads by itself after an edit, shows a failed build's
 * problems over the last good page, and reloads without them once the file is fixed.
 */
class ServeBrowserTest {

    private static final long BOUND_MILLIS = 10_000;

    private static final String NOTE = "---\ntitle: 学习笔记\ndate: 2024-03-02\n---\n学习贯彻会议精神的几点体会。\n";

    @TempDir
    Path tmp;
    Path content;
    ServeSession session;
    HeadlessChromium browser;
    final StringWriter out = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        HeadlessChromium.assumeInstalled();
        content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("note.md"), NOTE);
        session = ServeSession.start(new ServeOptions(content, tmp.resolve("none"), "127.0.0.1", 0),
                new PrintWriter(out, true), new PrintWriter(out, true));
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theOpenPageReloadsAndShowsAFailedBuild() throws IOException {
        // opened at once, most likely before the first build is done: the waiting page reloads into the speech
        browser.open(session.url().resolve("speeches/note.html").toString());
        browser.waitFor("document.body && document.body.textContent.includes('几点体会')", BOUND_MILLIS * 3);
        browser.script("window.wengaoTestMark = 1;");

        long started = System.nanoTime();
        Files.writeString(content.resolve("note.md"), NOTE.replace("几点体会", "几点新体会"));
        browser.waitFor("document.body && document.body.textContent.includes('几点新体会')", BOUND_MILLIS);
        System.out.println("serve: edit to reloaded page in the browser in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertEquals(null, browser.script("return window.wengaoTestMark;"), "the page was reloaded");

        Files.writeString(content.resolve("note.md"), "---\ntitle: 学习笔记\n日期 <b>2024</b>\n---\n正文。\n");
        Object problem = browser.waitFor("document.querySelector('#wengao-overlay .wengao-problem')"
                + " && document.querySelector('#wengao-overlay .wengao-problem').textContent", BOUND_MILLIS);
        assertEquals("note.md:3: error: malformed front matter: expected 'key: value' or '- item', found '日期 <b>2024</b>'",
                problem);
        assertEquals(null, browser.script("return document.querySelector('#wengao-overlay b');"), "problems are text");
        assertTrue(browser.script("return document.body.textContent;").toString().contains("几点新体会"),
                "the last good page is still there under the overlay");

        Files.writeString(content.resolve("note.md"), NOTE.replace("几点体会", "几点改好的体会"));
        browser.waitFor("document.body && document.body.textContent.includes('几点改好的体会')", BOUND_MILLIS);
        assertEquals(null, browser.script("return document.getElementById('wengao-overlay');"));
    }
}
