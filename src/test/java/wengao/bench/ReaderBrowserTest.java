package wengao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.pipeline.BuildOptions;
import wengao.pipeline.BuildReport;
import wengao.pipeline.SiteBuilder;
import wengao.ingest.CorpusReader;
import wengao.model.Speech;
import wengao.model.TextUnit;

/**
 * What a reader does on the seeds' site in headless Chromium, from file:// and over HTTP: cite a paragraph (the
 * clipboard, and each fallback where the clipboard is refused), see a search phrase inside its highlighted
 * paragraph, read the outline alone, and read on a phone. Skips without Chromium, except in CI (CI=true).
 */
class ReaderBrowserTest {

    static final String SPEECH = "speeches/003_9d6ca829133a8060.html";
    static final String TITLE = "在党风廉政建设工作和党支部书记抓党建述职评议暨述责述廉会议上的讲话";

    @TempDir
    static Path tmp;
    static Path site;
    static HeadlessChromium browser;
    static StaticServer server;
    /** The paragraph cited and its number, counted here from the parsed speech: paragraphs, not headings. */
    static String anchor;
    static int ordinal;

    @BeforeAll
    static void setUp() throws IOException {
        HeadlessChromium.assumeInstalled();
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("speeches"));
        for (Path seed : TestFiles.files(TestFiles.seeds())) {
            Files.copy(seed, content.resolve("speeches").resolve(seed.getFileName()));
        }
        Files.createDirectories(content.resolve("themes"));
        try (Stream<Path> themes = Files.list(Path.of(System.getProperty("wengao.repo", ".")).resolve("content/themes"))) {
            for (Path f : themes.toList()) {
                Files.copy(f, content.resolve("themes").resolve(f.getFileName()));
            }
        }
        site = tmp.resolve("site");
        BuildReport report = SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), site, true));
        assertTrue(report.isPublished(), report.problems()::toString);

        Speech s = CorpusReader.readFile(content.resolve("speeches/003_9d6ca829133a8060.txt")).speeches().get(0);
        int n = 0;
        for (TextUnit u : s.textUnits()) {
            if (u.kind() == TextUnit.Kind.PARAGRAPH) {
                n++;
                if (n == 3) {
                    anchor = u.anchor();
                    ordinal = n;
                    break;
                }
            }
        }
        browser = HeadlessChromium.start();
        server = new StaticServer(site, "/sub/");
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void desktop() throws IOException {
        browser.resize(1280, 900);
    }

    private String expectedCitation(String pageUrl) {
        return "《" + TITLE + "》（2023年4月6日），第" + ordinal + "段。 " + pageUrl + "#" + anchor;
    }

    private String citeAndCopy(String pageUrl) throws IOException {
        browser.open(pageUrl + "#" + anchor);
        browser.waitFor("document.readyState === 'complete'", 10_000);
        browser.click("[id='" + anchor + "'] > a.pl");
        browser.waitFor("document.querySelector('.cite-box')", 5_000);
        assertEquals(expectedCitation(pageUrl), browser.script("return document.querySelector('.cite-text').textContent;"));
        browser.click(".cite-box .cite-copy");
        return (String) browser.waitFor("document.querySelector('.cite-box').getAttribute('data-copied')", 5_000);
    }

    /** What the clipboard holds, read with a permission granted to the page's own origin. */
    private String clipboard() throws IOException {
        browser.permission("clipboard-read", true);
        return (String) browser.script("return navigator.clipboard.readText();");
    }

    @Test
    void copiesTheCitationFromDiskAndOverHttp() throws IOException {
        for (String url : List.of(site.resolve(SPEECH).toUri().toString(), server.url("/sub/" + SPEECH))) {
            assertEquals("copied", citeAndCopy(url), url);
            assertEquals(expectedCitation(url), clipboard(), url);
        }
    }

    @Test
    void withoutTheClipboardApiTheCopyCommandCopies() throws IOException {
        String url = server.url("/sub/" + SPEECH);
        browser.open(url + "#" + anchor);
        browser.waitFor("document.readyState === 'complete'", 10_000);
        browser.script("Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });");
        browser.click("[id='" + anchor + "'] > a.pl");
        browser.click(".cite-box .cite-copy");
        assertEquals("copied", browser.waitFor("document.querySelector('.cite-box').getAttribute('data-copied')", 5_000));
        browser.script("delete navigator.clipboard;");
        assertEquals(expectedCitation(url), clipboard());
    }

    @Test
    void whereEveryCopyIsRefusedTheCitationIsLeftSelected() throws IOException {
        String url = site.resolve(SPEECH).toUri().toString();
        browser.open(url + "#" + anchor);
        browser.waitFor("document.readyState === 'complete'", 10_000);
        browser.script("Object.defineProperty(navigator, 'clipboard', { value: { writeText: function () { return Promise.reject(new Error('refused')); } } });"
                + "document.execCommand = function () { return false; };");
        browser.click("[id='" + anchor + "'] > a.pl");
        browser.click(".cite-box .cite-copy");
        assertEquals("manual", browser.waitFor("document.querySelector('.cite-box').getAttribute('data-copied')", 5_000));
        assertEquals(expectedCitation(url), browser.script("var a = document.activeElement; return a.className.indexOf('manual') >= 0 "
                + "&& a.offsetHeight > 0 ? a.value.substring(a.selectionStart, a.selectionEnd) : 'not shown selected';"));
    }

    @Test
    void theSearchPhraseStandsOutFromItsHighlightedParagraph() throws IOException {
        browser.open(site.resolve("speeches/004_e77ce8694092053b.html").toUri() + "?hl="
                + URLEncoder.encode("酒杯一端丢了饭碗", StandardCharsets.UTF_8) + "#s1-1-p1");
        browser.waitFor("document.querySelector('#s1-1-p1 mark.hit')", 10_000);
        String paragraph = (String) browser.script("return getComputedStyle(document.getElementById('s1-1-p1')).backgroundColor;");
        String mark = (String) browser.script("return getComputedStyle(document.querySelector('#s1-1-p1 mark.hit')).backgroundColor;");
        String page = (String) browser.script("return getComputedStyle(document.body).backgroundColor;");
        assertNotEquals(page, paragraph, "the paragraph is highlighted");
        assertNotEquals(paragraph, mark, "the phrase is marked in another colour than its paragraph");
        assertNotEquals("rgba(0, 0, 0, 0)", mark);
    }

    @Test
    void theOutlineViewShowsHeadingsAndPointsEachLinked() throws IOException {
        browser.open(site.resolve(SPEECH).toUri().toString());
        browser.waitFor("document.querySelector('.outline-toggle') && !document.querySelector('.outline-toggle').hidden", 5_000);
        browser.click(".outline-toggle");
        assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.speech-body')).display;"));
        Object links = browser.script("return document.querySelectorAll('#outline a').length;");
        assertEquals(browser.script("return document.querySelectorAll('.toc a').length;"), links);
        assertTrue(((Number) links).intValue() > 5);
        browser.click("#outline li:nth-child(2) a");
        assertEquals("block", browser.script("return getComputedStyle(document.querySelector('.speech-body')).display;"));
        String hash = (String) browser.script("return location.hash;");
        assertEquals(Boolean.TRUE, browser.script("return !!document.getElementById(arguments[0].slice(1));", hash));
    }

    @Test
    void onAPhoneTheTextStartsOnTheFirstScreenAndNothingIsCutOff() throws IOException {
        browser.resize(390, 844);
        browser.open(site.resolve(SPEECH).toUri().toString());
        browser.waitFor("document.readyState === 'complete'", 10_000);
        Number top = (Number) browser.script("return document.querySelector('.speech-body p[data-n]').getBoundingClientRect().top;");
        Number height = (Number) browser.script("return innerHeight;");
        assertTrue(top.doubleValue() < height.doubleValue() - 60, "first paragraph at " + top + " of " + height);
        for (String page : List.of(SPEECH, "themes/index.html", "index.html", "search.html?q=%E5%9B%9B%E9%A3%8E", "themes/si-zhong-xing-tai.html")) {
            browser.open(site.toUri() + page);
            browser.waitFor("document.readyState === 'complete'", 10_000);
            assertEquals(Boolean.TRUE, browser.script("return document.documentElement.scrollWidth <= innerWidth;"), page + " scrolls sideways");
        }
        Object kwic = browser.script("var t = document.querySelector('table.kwic').getBoundingClientRect(); return t.left >= 0 && t.right <= innerWidth;");
        assertEquals(Boolean.TRUE, kwic, "the concordance fits the screen");
    }
}
