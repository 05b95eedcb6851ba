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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.json.JsonReader;

/** Shared passages on the built site: the markers on speech pages, the passages page and data/passages.json. */
class PassageSiteTest {

    @TempDir
    Path tmp;

    private Path build(Map<String, String> speeches) throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("speeches"));
        for (Map.Entry<String, String> e : speeches.entrySet()) {
            Files.writeString(content.resolve("speeches").resolve(e.getKey()), e.getValue());
        }
        Path site = tmp.resolve("site");
        BuildReport report = SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), site, true));
        assertTrue(report.isPublished(), report.problems()::toString);
        assertEquals(List.of(), SiteCheck.brokenLinks(site));
        return site;
    }

    private Path buildSeeds() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("speeches"));
        for (Path seed : TestFiles.files(TestFiles.seeds())) {
            Files.copy(seed, content.resolve("speeches").resolve(seed.getFileName()));
        }
        Path site = tmp.resolve("site");
        assertTrue(SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), site, true)).isPublished());
        return site;
    }

    @Test
    void theSeedsMarkTheirSharedParagraphsAndListThePassages() throws IOException {
        Path site = buildSeeds();
        String page = Files.readString(site.resolve("speeches/001_0d024dd79624a196.html"), StandardCharsets.UTF_8);
        int strict = page.indexOf("真管真严、敢管敢严、长管长严");
        int paragraphEnd = page.indexOf("</p>", strict);
        int marker = page.indexOf("class=\"seealso\"", strict);
        assertTrue(strict > 0 && marker > strict && marker < paragraphEnd, "the marker sits in the paragraph");
        String list = page.substring(marker, paragraphEnd);
        assertTrue(list.contains("亦见于"), list);
        List<List<Object>> shown = shownItems(site, list);
        assertTrue(shown.stream().anyMatch(it -> it.get(0).equals("speeches/002_b7abe7910e55f495.html")
                && it.get(1).equals("s2-p1") && it.get(5).equals("做到真管真严、敢管敢严、长管长严")), shown::toString);
        assertFalse(list.contains("seealso-item"), "the occurrences are in the shards, not in the page");

        String index = Files.readString(site.resolve("passages/index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("2023年是全面贯彻党的二十大精神的开局之年"), "the passages page lists it");
        assertTrue(index.contains("首见"));
        assertTrue(index.contains("异文"), "the variant 教育百遍 / 教育千遍 is marked");
        assertTrue(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8).contains("href=\"passages/index.html\""),
                "the header links the passages page");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data = (List<Map<String, Object>>) JsonReader.read(
                Files.readString(site.resolve("data/passages.json"), StandardCharsets.UTF_8));
        assertFalse(data.isEmpty());
        for (Map<String, Object> p : data) {
            assertTrue(p.keySet().containsAll(List.of("text", "speeches", "occurrences", "variant")), p::toString);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> occurrences = (List<Map<String, Object>>) p.get("occurrences");
            for (Map<String, Object> o : occurrences) {
                assertEquals(Map.of("url", 0, "anchor", 0, "text", 0).keySet(), o.keySet());
                String target = Files.readString(site.resolve((String) o.get("url")), StandardCharsets.UTF_8);
                assertTrue(target.contains("id=\"" + o.get("anchor") + "\""), o::toString);
            }
        }
        assertTrue(data.stream().anyMatch(p -> Boolean.TRUE.equals(p.get("variant"))));
    }

    private static final Pattern MARKER = Pattern.compile("<a class=\"seealso-toggle\"[^>]*>");

    /** The occurrences a marker lists, as the page's script finds them: each data-sa ref looked up in its shard. */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> shownItems(Path site, String marker) throws IOException {
        Matcher m = Pattern.compile("data-sa=\"([^\"]*)\"").matcher(marker);
        assertTrue(m.find(), marker);
        List<List<Object>> items = new ArrayList<>();
        String[] at = null;
        for (String ref : m.group(1).split(" ")) {
            String[] parts = ref.split("\\.");
            assertTrue(parts.length == 3 || parts.length == 1 && at != null, ref);
            at = parts.length == 3 ? parts : new String[] {at[0], at[1], parts[0]};
            Map<String, Object> shard = (Map<String, Object>) loaded(site.resolve("passages/shards/" + at[0] + ".js"),
                    "passages/shards/" + at[0]);
            List<Object> places = (List<Object>) shard.get(at[1]);
            assertTrue(places != null && Integer.parseInt(at[2]) < places.size(), ref);
            items.add((List<Object>) places.get(Integer.parseInt(at[2])));
        }
        return items;
    }

    /** Every place the shards hold. */
    @SuppressWarnings("unchecked")
    private static java.util.Set<List<Object>> stored(Path site) throws IOException {
        java.util.Set<List<Object>> all = new java.util.HashSet<>();
        try (var shards = Files.list(site.resolve("passages/shards"))) {
            for (Path f : shards.sorted().toList()) {
                String name = "passages/shards/" + f.getFileName().toString().replace(".js", "");
                for (Object places : ((Map<String, Object>) loaded(f, name)).values()) {
                    for (Object it : (List<Object>) places) {
                        if (it != null) {
                            all.add((List<Object>) it);
                        }
                    }
                }
            }
        }
        return all;
    }

    /** The data of a script that registers it: wengao.load("name", data); */
    static Object loaded(Path script, String name) throws IOException {
        String js = Files.readString(script, StandardCharsets.UTF_8);
        String head = "wengao.load(\"" + name + "\",";
        assertTrue(js.startsWith(head) && js.endsWith(");\n"), js.substring(0, Math.min(80, js.length())));
        return JsonReader.read(js.substring(head.length(), js.length() - 3));
    }

    @Test
    void everyMarkerNamesOccurrencesOfOtherSpeechesInReadingOrder() throws IOException {
        Path site = buildSeeds();
        int markers = 0;
        java.util.Set<List<Object>> named = new java.util.HashSet<>();
        try (var pages = Files.list(site.resolve("speeches"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(p, StandardCharsets.UTF_8);
                Matcher m = MARKER.matcher(html);
                while (m.find()) {
                    markers++;
                    List<List<Object>> items = shownItems(site, m.group());
                    named.addAll(items);
                    assertTrue(!items.isEmpty() && items.size() <= 4, m.group());
                    for (List<Object> it : items) {
                        assertFalse(it.get(0).equals("speeches/" + p.getFileName()), "an occurrence of the page's own speech");
                        String target = Files.readString(site.resolve((String) it.get(0)), StandardCharsets.UTF_8);
                        int at = target.indexOf(" id=\"" + it.get(1) + "\"");
                        assertTrue(at > 0, it::toString);
                        String passage = (String) it.get(5);
                        String shownStart = passage.contains("……") ? passage.substring(0, passage.indexOf("……")) : passage;
                        assertTrue(target.substring(at, target.indexOf("</p>", at)).replaceAll("<[^>]+>", "")
                                .contains(shownStart), it::toString);
                    }
                }
            }
        }
        assertTrue(markers >= 2, "the seeds share passages: " + markers);
        assertEquals(stored(site), named, "the shards hold what the markers name, and nothing else");
    }

    @Test
    void passagesAreEscapedEverywhere() throws IOException {
        String shared = "要警惕<script>alert(1)</script>这种“两面人”的做法&危害";
        Path site = build(Map.of(
                "a.txt", "第一篇讲话\n（2020年1月1日）\n同志们：\n" + shared + "。\n别的内容。\n",
                "b.txt", "第二篇讲话\n（2021年1月1日）\n同志们：\n我们" + shared + "。\n另外一段完全不同的话。\n"));
        for (String path : List.of("speeches/a.html", "speeches/b.html", "passages/index.html")) {
            String html = Files.readString(site.resolve(path), StandardCharsets.UTF_8);
            assertFalse(html.contains("<script>alert"), path);
            assertTrue(html.contains("&lt;script&gt;alert(1)"), path);
        }
        String b = Files.readString(site.resolve("speeches/b.html"), StandardCharsets.UTF_8);
        assertTrue(b.contains("亦见于 1 篇"));
        String shard = Files.readString(site.resolve("passages/shards/0.js"), StandardCharsets.UTF_8);
        assertFalse(shard.contains("<"), "a shard writes < escaped: " + shard);
        Matcher m = MARKER.matcher(b);
        assertTrue(m.find());
        List<List<Object>> items = shownItems(site, m.group());
        assertEquals("speeches/a.html", items.get(0).get(0));
        assertTrue(((String) items.get(0).get(5)).startsWith("要警惕<script>alert(1)<"), items::toString);
    }

    private static final Pattern ENTRY = Pattern.compile("href=\"\\.\\./(passages/index\\.html#(p[0-9a-z-]+))\"");

    /** The passages-page anchor a speech page's (first) marker links. */
    private static String entry(Path site, String page) throws IOException {
        Matcher m = ENTRY.matcher(Files.readString(site.resolve(page), StandardCharsets.UTF_8));
        assertTrue(m.find(), page);
        String index = Files.readString(site.resolve("passages/index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains(" id=\"" + m.group(2) + "\""), m.group());
        return m.group(2);
    }

    @Test
    void aSpeechAddedLeavesThePagesOfPassagesItDoesNotUseAsTheyWereAndTheirLinks() throws IOException {
        String x = "要把全面从严治党的要求落实到每一个支部、每一名党员身上，做到真管真严";
        String y = "调查研究是谋事之基、成事之道，没有调查就没有发言权，更没有决策权";
        Map<String, String> speeches = new java.util.LinkedHashMap<>();
        speeches.put("a.txt", "第一篇讲话\n（2020年1月1日）\n同志们：\n" + y + "。\n别的内容。\n");
        speeches.put("b.txt", "第二篇讲话\n（2020年2月1日）\n同志们：\n我们" + y + "。\n另外一段话。\n");
        speeches.put("c.txt", "第三篇讲话\n（2020年3月1日）\n同志们：\n" + x + "。\n第三段话。\n");
        speeches.put("d.txt", "第四篇讲话\n（2020年4月1日）\n同志们：\n还要" + x + "。\n第四段话。\n");
        Path site = build(speeches);
        String yEntry = entry(site, "speeches/a.html");
        String xEntry = entry(site, "speeches/c.html");
        byte[] a = Files.readAllBytes(site.resolve("speeches/a.html"));
        byte[] b = Files.readAllBytes(site.resolve("speeches/b.html"));
        // A third use of x ranks it before y on the passages page: y's name, and a's and b's pages, stay.
        speeches.put("e.txt", "第五篇讲话\n（2020年5月1日）\n同志们：\n必须" + x + "。\n第五段话。\n");
        site = build(speeches);
        String index = Files.readString(site.resolve("passages/index.html"), StandardCharsets.UTF_8);
        assertTrue(index.indexOf(x.substring(0, 12)) < index.indexOf(y.substring(0, 12)), "x is ranked first now");
        assertEquals(xEntry, entry(site, "speeches/c.html"));
        assertEquals(xEntry, entry(site, "speeches/e.html"));
        assertEquals(yEntry, entry(site, "speeches/a.html"));
        assertTrue(java.util.Arrays.equals(a, Files.readAllBytes(site.resolve("speeches/a.html"))));
        assertTrue(java.util.Arrays.equals(b, Files.readAllBytes(site.resolve("speeches/b.html"))));
        assertTrue(Files.readString(site.resolve("speeches/c.html"), StandardCharsets.UTF_8).contains("亦见于 2 篇"));
    }
}
