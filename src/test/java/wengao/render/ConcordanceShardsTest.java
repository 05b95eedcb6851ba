package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import wengao.ingest.CorpusReader;
import wengao.json.JsonReader;
import wengao.model.Corpus;
import wengao.model.OutputFile;
import wengao.themes.ThemeDetector;

/**
 * A frequent theme's page carries its first concordance lines and names the rest, which are in shards beside it;
 * together they are every mention, in reading order, each linked to its paragraph.
 */
class ConcordanceShardsTest {

    @TempDir
    Path tmp;

    private Map<String, String> render(int perSpeech, int speeches) throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("themes"));
        Files.writeString(content.resolve("themes/si-feng.md"), "---\nname: 四风\n---\n形式主义、官僚主义、享乐主义和奢靡之风。\n");
        for (int s = 0; s < speeches; s++) {
            StringBuilder text = new StringBuilder("第" + (s + 1) + "次会议上的<讲话>\n（202" + s + "年1月1日）\n同志们：\n");
            for (int p = 0; p < perSpeech; p++) {
                text.append("第").append(p + 1).append("段要纠治四风<b>&，不松劲。\n");
            }
            Files.writeString(content.resolve("s" + s + ".txt"), text);
        }
        Corpus corpus = CorpusReader.read(content);
        SiteRenderer.Result r = new SiteRenderer(tmp.resolve("none")).render(corpus, ThemeDetector.detect(corpus));
        assertEquals(List.of(), r.problems());
        Map<String, String> files = new java.util.TreeMap<>();
        for (OutputFile f : r.files()) {
            if (f.path().endsWith(".html") || f.path().endsWith(".js")) {
                files.put(f.path(), new String(f.content(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFirstLinesAreInThePageAndTheRestInShardsInReadingOrder() throws IOException {
        int total = 3 * 230;
        Map<String, String> site = render(230, 3);
        String page = site.get("themes/si-feng.html");
        assertEquals(ThemePageModel.PAGE_ROWS, page.split("<tr data-o=\"", -1).length - 1);
        int more = total - ThemePageModel.PAGE_ROWS;
        int shards = (more + ThemePageModel.SHARD_ROWS - 1) / ThemePageModel.SHARD_ROWS;
        assertTrue(page.contains("data-rows=\"rows/si-feng-\" data-shards=\"" + shards + "\" data-more=\"" + more + "\""), page);
        assertTrue(page.contains("另有 <strong>" + more + "</strong> 条提及，见于<a href=\"#speeches\">"),
                "without the script the page says how many more there are and where");
        assertTrue(page.contains("<section id=\"speeches\">"));

        List<String> urls = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"kwic-k\"><a href=\"\\.\\./([^\"]+)\">四风</a>").matcher(page);
        while (m.find()) {
            urls.add(m.group(1));
        }
        for (int n = 0; n < shards; n++) {
            String name = "themes/rows/si-feng-" + n;
            String js = site.get(name + ".js");
            assertTrue(js != null && js.startsWith("wengao.load(\"" + name + "\","), name);
            assertFalse(js.contains("<"), "markup in a shard is escaped");
            Map<String, Object> data = (Map<String, Object>) JsonReader.read(js.substring(js.indexOf(',') + 1, js.length() - 3));
            assertEquals(ThemePageModel.PAGE_ROWS + n * ThemePageModel.SHARD_ROWS, ((Number) data.get("from")).intValue());
            List<List<Object>> speeches = (List<List<Object>>) data.get("speeches");
            assertTrue(speeches.size() <= 3, "a speech once per shard");
            for (List<Object> row : (List<List<Object>>) data.get("rows")) {
                List<Object> speech = speeches.get(((Number) row.get(0)).intValue());
                urls.add(speech.get(0) + "#" + row.get(1));
                assertEquals("四风", row.get(3));
                assertTrue(((String) row.get(4)).startsWith("<b>&"), row::toString);
                assertTrue(((String) speech.get(1)).contains("<讲话>"), speech::toString);
                assertNull(row.get(5), "a mention of the theme itself names no part");
            }
        }
        assertNull(site.get("themes/rows/si-feng-" + shards + ".js"));
        assertEquals(total, urls.size(), "page and shards hold every mention once");
        assertEquals(total, urls.stream().distinct().count());
        for (int i = 0; i < total; i++) {
            String url = urls.get(i);
            String speech = site.get(url.substring(0, url.indexOf('#')));
            int at = speech.indexOf(" id=\"" + url.substring(url.indexOf('#') + 1) + "\"");
            String paragraph = speech.substring(at, speech.indexOf("</p>", at));
            assertTrue(paragraph.contains(">第" + (i % 230 + 1) + "段要纠治"), "line " + i + " in reading order: " + url);
            assertTrue(speech.contains("<h1 id=\"title\">第" + (i / 230 + 1) + "次会议上的&lt;讲话&gt;</h1>"), "line " + i + ": " + url);
        }
    }

    @Test
    void aThemeWithFewMentionsHasThemAllInItsPage() throws IOException {
        Map<String, String> site = render(30, 2);
        String page = site.get("themes/si-feng.html");
        assertEquals(60, page.split("<tr data-o=\"", -1).length - 1);
        assertFalse(page.contains("data-rows="));
        assertFalse(page.contains("kwic-more"));
        assertTrue(site.keySet().stream().noneMatch(p -> p.startsWith("themes/rows/")));
    }
}
