package wengao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.pipeline.BuildOptions;
import wengao.pipeline.BuildReport;
import wengao.pipeline.SiteBuilder;

/**
 * What pages load when the reader asks, in headless Chromium from file:// and over HTTP: the concordance lines of
 * a frequent theme beyond its page's first ones, and the other occurrences behind a 亦见于 marker. With
 * -Dwengao.screenshots=DIR it leaves screenshots of the theme page there (desktop and a 390 px phone).
 */
class ShardsBrowserTest {

    static final int PER_SPEECH = 230;
    static final int SPEECHES = 3;
    static final String SHARED = "教育引导党员干部自觉做到真管真严、敢管敢严、长管长严";

    @TempDir
    static Path tmp;
    static Path site;
    static HeadlessChromium browser;
    static StaticServer server;

    @BeforeAll
    static void setUp() throws IOException {
        HeadlessChromium.assumeInstalled();
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("themes"));
        Files.writeString(content.resolve("themes/si-feng.md"), "---\nname: 四风\n---\n形式主义、官僚主义、享乐主义和奢靡之风。\n");
        for (int s = 0; s < SPEECHES; s++) {
            StringBuilder text = new StringBuilder("在第" + (s + 1) + "次会议上的讲话\n（202" + s + "年1月1日）\n同志们：\n");
            text.append("我们要").append(SHARED).append("，第").append(s + 1).append("篇。\n");
            for (int p = 0; p < PER_SPEECH; p++) {
                text.append("第").append(p + 1).append("段要纠治四风").append((char) ('甲' + p % 10)).append("，不松劲。\n");
            }
            Files.writeString(content.resolve("s" + s + ".txt"), text);
        }
        site = tmp.resolve("site");
        BuildReport report = SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), site, true));
        assertTrue(report.isPublished(), report.problems()::toString);
        browser = HeadlessChromium.start();
        server = new StaticServer(site, "/sub/");
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private List<String> roots() {
        return List.of(site.toUri().toString(), server.url("/sub/"));
    }

    private long rows() {
        return (Long) browser.script("return document.querySelectorAll('table.kwic tbody tr').length;");
    }

    @Test
    void theRestOfAConcordanceLoadsOnRequestAndSortingCoversEveryLine() throws IOException {
        int total = PER_SPEECH * SPEECHES;
        for (String root : roots()) {
            browser.resize(1280, 900);
            browser.open(root + "themes/si-feng.html");
            browser.waitFor("document.querySelector('.kwic-load')", 10_000);
            assertEquals(100L, rows(), root);
            assertTrue(((String) browser.script("return document.querySelector('.kwic-load').textContent;"))
                    .contains(String.valueOf(total - 100)));
            screenshot("theme-desktop.png", root, ".kwic-more");
            browser.click(".kwic-load");
            browser.waitFor("document.querySelectorAll('table.kwic tbody tr').length === " + total, 10_000);
            assertEquals(Boolean.TRUE, browser.script("return document.querySelector('.kwic-more') === null;"), "the note goes");
            // Line 400 (of the second speech) as loaded: its term links its paragraph, its source the speech.
            List<?> line = (List<?>) browser.script("var r = document.querySelectorAll('table.kwic tbody tr')[400];"
                    + "return [r.getAttribute('data-o'), r.querySelector('.kwic-k a').getAttribute('href'),"
                    + " r.querySelector('.kwic-l').textContent, r.querySelector('.kwic-src a').textContent];");
            assertEquals("400", line.get(0));
            assertTrue(((String) line.get(1)).startsWith("../speeches/"), line::toString);
            assertTrue(((String) line.get(2)).endsWith("第" + (400 - PER_SPEECH + 1) + "段要纠治"), line::toString);
            assertEquals("在第2次会议上的讲话", line.get(3));

            browser.click(".kwic-sort button[data-sort='r']");
            browser.waitFor("document.querySelector(\".kwic-sort button[data-sort='r']\").getAttribute('aria-pressed') === 'true'", 5_000);
            List<?> right = (List<?>) browser.script("return Array.prototype.map.call(document.querySelectorAll('table.kwic .kwic-r'),"
                    + " function (e) { return e.textContent; });");
            assertEquals(total, right.size());
            for (int i = 1; i < right.size(); i++) {
                assertTrue(((String) right.get(i - 1)).compareTo((String) right.get(i)) <= 0, "sorted by right context at " + i);
            }

            browser.resize(390, 844);
            browser.open(root + "themes/si-feng.html");
            browser.waitFor("document.querySelector('.kwic-sort:not([hidden])')", 10_000);
            screenshot("theme-phone.png", root, ".kwic-more");
            browser.click(".kwic-sort button[data-sort='l']");
            browser.waitFor("document.querySelectorAll('table.kwic tbody tr').length === " + total, 10_000);
            screenshot("theme-phone-sorted.png", root, ".kwic");
            assertEquals(Boolean.TRUE, browser.script("var t = document.querySelector('table.kwic').getBoundingClientRect();"
                    + " return t.left >= 0 && t.right <= innerWidth;"), "the concordance fits the phone's screen");
        }
    }

    @Test
    void aSeeAlsoMarkerOpensTheOtherOccurrences() throws IOException {
        for (String root : roots()) {
            browser.resize(1280, 900);
            browser.open(root + "speeches/s1.html");
            browser.waitFor("document.readyState === 'complete' && document.querySelector('.seealso-toggle')", 10_000);
            browser.click(".seealso-toggle");
            browser.waitFor("document.querySelector('.seealso-toggle').getAttribute('aria-expanded') === 'true'", 10_000);
            List<?> items = (List<?>) browser.script("return Array.prototype.map.call(document.querySelectorAll('.seealso-item'),"
                    + " function (e) { return [e.querySelector('a').getAttribute('href'), e.querySelector('a').textContent,"
                    + " e.querySelector('mark').textContent]; });");
            assertEquals(SPEECHES - 1, items.size(), items::toString);
            for (Object it : items) {
                List<?> item = (List<?>) it;
                assertTrue(((String) item.get(0)).matches("\\.\\./speeches/s[02]\\.html#s0-p1"), item::toString);
                assertTrue(((String) item.get(2)).contains("真管真严"), item::toString);
            }
            screenshot("seealso-desktop.png", root, ".seealso");
            browser.click(".seealso-toggle");
            browser.waitFor("document.querySelector('.seealso-list').hidden", 5_000);
            assertEquals((long) SPEECHES - 1, browser.script("return document.querySelectorAll('.seealso-item').length;"),
                    "filled once");
        }
    }

    /** The window scrolled to what {@code selector} finds, as a PNG in the folder -Dwengao.screenshots names. */
    private void screenshot(String name, String root, String selector) throws IOException {
        String dir = System.getProperty("wengao.screenshots");
        if (dir != null && root.startsWith("file:")) {
            browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", selector);
            Files.createDirectories(Path.of(dir));
            browser.screenshot(Path.of(dir, name));
        }
    }
}
