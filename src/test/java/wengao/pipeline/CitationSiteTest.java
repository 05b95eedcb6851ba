package wengao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.json.JsonReader;

/** The seeds built: citation pages, related speeches on speech pages, and the two data files. */
class CitationSiteTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("speeches"));
        for (Path seed : TestFiles.files(TestFiles.seeds())) {
            Files.copy(seed, content.resolve("speeches").resolve(seed.getFileName()));
        }
        site = tmp.resolve("site");
        BuildReport report = SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), site, true));
        assertTrue(report.isPublished(), report.problems()::toString);
    }

    private static String read(String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void everyLinkAndAnchorResolves() throws IOException {
        assertEquals(List.of(), SiteCheck.brokenLinks(site));
    }

    @Test
    void theIndexLinksTheRegulationsToTheirPageAndThePageLinksEveryMention() throws IOException {
        String index = read("citations/index.html");
        Matcher link = Pattern.compile("<a href=\"\\.\\./(citations/d-[0-9a-f]{8}\\.html)\">《中国共产党党内监督条例》</a>").matcher(index);
        assertTrue(link.find(), "the index links the document cited in 001 and 002 to its page");
        String page = read(link.group(1));
        Matcher mention = Pattern.compile("<a href=\"\\.\\./(speeches/[^\"#]+)#([^\"]+)\">[^<]*<strong>《中国共产党党内监督条例》</strong>").matcher(page);
        List<String> speeches = new ArrayList<>();
        while (mention.find()) {
            String speech = read(mention.group(1));
            int at = speech.indexOf(" id=\"" + mention.group(2) + "\"");
            assertTrue(at > 0, "anchor " + mention.group(2));
            assertTrue(speech.substring(at, speech.indexOf("</p>", at)).contains("《中国共产党党内监督条例》"), mention.group(2));
            speeches.add(mention.group(1));
        }
        assertEquals(List.of("speeches/002_b7abe7910e55f495.html", "speeches/001_0d024dd79624a196.html"), speeches,
                "both mentions, in reading order");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageForEachDocumentCitedInTwoOrMoreSpeechesAndNoneForTheOthers() throws IOException {
        Map<String, Object> json = (Map<String, Object>) JsonReader.read(read("data/citations.json"));
        long inTwo = 0;
        for (Map<String, Object> d : (List<Map<String, Object>>) json.get("documents")) {
            List<Map<String, Object>> mentions = (List<Map<String, Object>>) d.get("mentions");
            if (mentions.stream().map(m -> m.get("url")).distinct().count() >= 2) {
                inTwo++;
            }
        }
        List<String> pages;
        try (var files = Files.list(site.resolve("citations"))) {
            pages = files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("index.html")).sorted().toList();
        }
        assertEquals(inTwo, pages.size(), pages.toString());
        assertEquals(1, inTwo, "in the seeds only 《中国共产党党内监督条例》 (廉政执法八条措施 is cited twice, in one speech)");
        String index = read("citations/index.html");
        assertTrue(index.contains("《廉政执法八条措施》</td><td class=\"num\">2</td><td class=\"num\">1</td>"),
                "a document of one speech: counts, no page link");
        assertTrue(index.contains("<a href=\"../citations/index.html\">引用</a>"), "the site navigation links the index");
    }

    @Test
    void titlesAndQuotationsAreEscaped(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        String evil = "<script>alert(1)</script>";
        for (String name : List.of("a", "b")) {
            Files.writeString(content.resolve(name + ".txt"), "讲话" + name + "\n\n同志们：\n\n要学习《" + evil + "条例》，落实一岗双责。"
                    + "习近平总书记强调：“" + evil + "，作风问题本质上是党性问题。”\n");
        }
        Path out = dir.resolve("site");
        BuildReport report = SiteBuilder.build(new BuildOptions(content, dir.resolve("none"), out, false));
        assertTrue(report.isPublished(), report.problems()::toString);
        for (String page : SiteCheck.files(out).keySet()) {
            if (page.endsWith(".html") && !page.startsWith("search")) {
                String html = Files.readString(out.resolve(page));
                assertFalse(html.contains(evil), page);
            }
        }
        String index = Files.readString(out.resolve("citations/index.html"));
        assertTrue(index.contains("&lt;script&gt;alert(1)&lt;/script&gt;条例"), "the title, escaped");
        assertTrue(index.contains("“&lt;script&gt;alert(1)&lt;/script&gt;，作风问题"), "the quotation, escaped");
        assertEquals(List.of(), SiteCheck.brokenLinks(out));
    }

    @Test
    @SuppressWarnings("unchecked")
    void citationsJsonHasTheDocumentsAndQuotationsInTheIssuesShape() throws IOException {
        Map<String, Object> json = (Map<String, Object>) JsonReader.read(read("data/citations.json"));
        assertEquals(Set.of("documents", "quotations"), json.keySet());
        List<Map<String, Object>> documents = (List<Map<String, Object>>) json.get("documents");
        Map<String, Object> first = documents.get(0);
        assertEquals(Set.of("title", "mentions"), first.keySet());
        Map<String, Object> supervision = documents.stream().filter(d -> d.get("title").equals("中国共产党党内监督条例"))
                .findFirst().orElseThrow();
        List<Map<String, Object>> mentions = (List<Map<String, Object>>) supervision.get("mentions");
        assertEquals(Set.of("speeches/001_0d024dd79624a196.html", "speeches/002_b7abe7910e55f495.html"),
                Set.copyOf(mentions.stream().map(m -> m.get("url")).toList()));
        assertEquals(Set.of("url", "anchor"), mentions.get(0).keySet());
        List<Map<String, Object>> quotations = (List<Map<String, Object>>) json.get("quotations");
        assertFalse(quotations.isEmpty());
        for (Map<String, Object> q : quotations) {
            assertEquals(Set.of("speaker", "text", "url", "anchor"), q.keySet());
            String speech = read((String) q.get("url"));
            int at = speech.indexOf(" id=\"" + q.get("anchor") + "\"");
            assertTrue(at > 0, q.toString());
        }
        assertTrue(read("citations/index.html").contains("作风问题本质上是党性问题"), "quotations are on the index");
    }

    @Test
    @SuppressWarnings("unchecked")
    void relatedJsonAndSpeechPagesListRelatedSpeechesWithTheReason() throws IOException {
        Map<String, Object> json = (Map<String, Object>) JsonReader.read(read("data/related.json"));
        assertEquals(5, json.size(), "every speech");
        List<Map<String, Object>> of001 = (List<Map<String, Object>>) json.get("speeches/001_0d024dd79624a196.html");
        assertFalse(of001.isEmpty());
        for (Map<String, Object> r : of001) {
            assertEquals(List.of("url", "title", "score", "because"), List.copyOf(r.keySet()));
        }
        String page = read("speeches/001_0d024dd79624a196.html");
        int block = page.indexOf("<nav class=\"related-speeches\"");
        assertTrue(block > 0, "the speech page shows its related speeches");
        String nav = page.substring(block, page.indexOf("</nav>", block));
        for (Map<String, Object> r : of001) {
            assertTrue(nav.contains("<a href=\"../" + r.get("url") + "\">"), r.toString());
            assertTrue(nav.contains("<span class=\"because\">" + r.get("because") + "</span>"), r.toString());
        }
    }
}
