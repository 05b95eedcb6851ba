package wengao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.pipeline.BuildOptions;
import wengao.pipeline.BuildReport;
import wengao.pipeline.SiteBuilder;
import wengao.cli.Main;
import wengao.json.JsonReader;

/**
 * The browser and the command line find the same hits, in the same order, for a set of queries: on the seeds'
 * site opened from file:// and served over HTTP on 127.0.0.1, in headless Chromium. Without Chromium the test
 * skips with a message; in CI (CI=true) it fails instead, since there it must run.
 */
class SearchParityTest {

    static final List<String> QUERIES = List.of("酒杯一端", "酒杯一端丢了饭碗", "三会一课", "廉", "5G", "问责 一案双查",
            "党风廉政建设", "党风廉政建设 -四风", "第一种形态", "两个维护", "的", "一岗双责", "廉洁队伍", "XX", "\"廉洁 队伍\"",
            "不存在的词语组合");

    @TempDir
    static Path tmp;
    static Path content;
    static Path site;
    static HeadlessChromium browser;
    static StaticServer server;

    @BeforeAll
    static void setUp() throws IOException {
        HeadlessChromium.assumeInstalled();
        content = tmp.resolve("content");
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
        browser = HeadlessChromium.start();
        server = new StaticServer(site, "/some/sub/path/");
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

    record Answer(int total, List<String> urls) {
    }

    static Answer cli(String query, String... filters) {
        return cli(content, query, filters);
    }

    /** What {@code wengao search} answers, every hit, from the index of the site built from {@code content}. */
    @SuppressWarnings("unchecked")
    static Answer cli(Path content, String query, String... filters) {
        List<String> args = new ArrayList<>(List.of("search", "--json", "--limit", "100000", "--content", content.toString()));
        args.addAll(List.of(filters));
        args.add(query);
        StringWriter out = new StringWriter();
        int code = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        Map<String, Object> json = (Map<String, Object>) JsonReader.read(out.toString());
        List<String> urls = new ArrayList<>();
        for (Object h : (List<Object>) json.get("hits")) {
            Map<String, Object> hit = (Map<String, Object>) h;
            urls.add(hit.get("url") + "#" + hit.get("anchor"));
        }
        return new Answer(((Double) json.get("total")).intValue(), urls);
    }

    static Answer page(String base, String query, String filters) throws IOException {
        return page(browser, base, query, filters);
    }

    /** What the search page at {@code base} shows, every hit, in {@code browser}. */
    @SuppressWarnings("unchecked")
    static Answer page(HeadlessChromium browser, String base, String query, String filters) throws IOException {
        browser.open(base + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20") + "&n=100000" + filters);
        Object total = browser.waitFor("document.documentElement.getAttribute('data-search-total')", 20_000);
        List<Object> urls = (List<Object>) browser.script(
                "return Array.from(document.querySelectorAll('.search-hit')).map(function (e) { return e.getAttribute('data-url'); });");
        return new Answer(Integer.parseInt((String) total), urls.stream().map(String.class::cast).toList());
    }

    @Test
    void browserFromDiskAndCommandLineAgree() throws IOException {
        String base = site.toUri().toString();
        for (String q : QUERIES) {
            assertEquals(cli(q), page(base, q, ""), "file:// " + q);
        }
    }

    @Test
    void browserOverHttpUnderASubPathAndCommandLineAgree() throws IOException {
        String base = server.url("/some/sub/path/");
        for (String q : QUERIES) {
            assertEquals(cli(q), page(base, q, ""), "http " + q);
        }
    }

    @Test
    void filtersAgree() throws IOException {
        String base = site.toUri().toString();
        assertEquals(cli("廉", "--theme", "si-feng"), page(base, "廉", "&theme=si-feng"));
        assertEquals(cli("廉", "--year", "2023"), page(base, "廉", "&year=2023"));
        assertTrue(cli("廉", "--year", "2023").total() < cli("廉").total(), "the year filter narrows");
    }

    @Test
    void followingAHitHighlightsThePhraseInItsParagraph() throws IOException {
        browser.open(site.resolve("speeches/004_e77ce8694092053b.html").toUri() + "?hl="
                + URLEncoder.encode("酒杯一端丢了饭碗", StandardCharsets.UTF_8) + "#s1-1-p1");
        Object marked = browser.waitFor("(document.querySelector('#s1-1-p1 mark.hit') || {}).textContent", 10_000);
        assertEquals("酒杯一端，丢了饭碗", marked);
        assertEquals(Boolean.TRUE, browser.script("return document.getElementById('s1-1-p1').classList.contains('is-target');"));
    }

    @Test
    void typingSearchesAndANoResultsStateIsShown() throws IOException {
        browser.open(site.resolve("search.html").toUri().toString());
        browser.waitFor("document.querySelector('#year option[value=\"2023\"]')", 10_000);
        browser.script("document.documentElement.removeAttribute('data-search-total');");
        browser.type("#q", "酒杯一端");
        assertEquals("1", browser.waitFor("document.documentElement.getAttribute('data-search-total')", 10_000));
        assertTrue(((String) browser.script("return location.search;")).contains("q="), "the query is kept in the URL");
        browser.script("document.documentElement.removeAttribute('data-search-total');");
        browser.type("#q", "并不存在");
        browser.waitFor("document.documentElement.getAttribute('data-search-total') === '0'", 10_000);
        assertTrue(((String) browser.script("return document.getElementById('search-status').textContent;")).startsWith("没有找到"));
    }
}
