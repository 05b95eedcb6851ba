package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.SearchHit;
import wengao.model.SearchResults;
import wengao.themes.ThemeDetector;

/** Query semantics on small inline corpora: several terms, exclusion, filters, ranking, snippets. */
class SearcherTest {

    @TempDir
    Path dir;

    private SearchResults search(String query, int year, String theme) throws IOException {
        Corpus corpus = CorpusReader.read(dir.resolve("content"));
        SearchIndexer.Result r = SearchIndexer.build(corpus, ThemeDetector.detect(corpus), dir.resolve("work"));
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        try (Searcher s = Searcher.open(dir.resolve("work").resolve(SearchIndexer.INDEX))) {
            return s.search(SearchQuery.parse(query), year, theme, Integer.MAX_VALUE);
        }
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve("content").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static List<String> anchors(SearchResults r) {
        return r.hits().stream().map(h -> h.speechSlug() + "#" + h.anchor()).toList();
    }

    @Test
    void aSpeechMustContainEveryTermAndParagraphsWithAllComeFirst() throws IOException {
        write("a.md", "---\ntitle: 甲\ndate: 2021-01-01\n---\n谈问责。\n\n谈一案双查和问责。\n\n谈别的。\n");
        write("b.md", "---\ntitle: 乙\ndate: 2022-01-01\n---\n只谈问责。\n");
        SearchResults r = search("问责 一案双查", 0, null);
        assertEquals(List.of("a#s0-p2", "a#s0-p1"), anchors(r));
        assertEquals(2, r.total());
        assertEquals(1, r.speeches());
        assertTrue(r.hits().get(0).allTerms());
        assertFalse(r.hits().get(1).allTerms());
    }

    @Test
    void minusExcludesSpeechesAndPunctuationDoesNotCount() throws IOException {
        write("a.md", "---\ntitle: 甲\n---\n酒杯一端，丢了饭碗。谈四风。\n");
        write("b.md", "---\ntitle: 乙\n---\n“酒杯一端”之后。\n");
        assertEquals(List.of("a#s0-p1"), anchors(search("酒杯一端丢了饭碗", 0, null)));
        assertEquals(List.of("b#s0-p1"), anchors(search("酒杯一端 -四风", 0, null)));
        assertEquals(List.of("b#s0-p1"), anchors(search("酒杯一端 －四风", 0, null)));
    }

    @Test
    void latinAndDigitsMatchRegardlessOfCaseAndWidth() throws IOException {
        write("a.md", "---\ntitle: 甲\n---\n推进５Ｇ建设。\n\n发展5g网络。\n\n用好AI。\n");
        assertEquals(2, search("5G", 0, null).total());
        assertEquals(1, search("ai", 0, null).total());
        assertEquals(1, search("\"5g 网络\"", 0, null).total(), "quotes keep a spaced phrase together");
    }

    @Test
    void titlesAndHeadingsRankAboveBody() throws IOException {
        write("a.md", "---\ntitle: 甲篇\n---\n作风作风作风，作风。\n\n## 一、另一节\n\n作风。\n");
        write("b.md", "---\ntitle: 论作风建设\n---\n## 一、转变作风\n\n作风。\n");
        write("c.md", "---\ntitle: 丙篇\n---\n## 一、转变作风\n\n无关。\n");
        SearchResults r = search("作风", 0, null);
        // Ranked: b's title (tier 0); the headings c#s1 and b#s1 (tier 1, equal scores: reading order c, a, b);
        // then body: a#s0-p1 (four occurrences) before a#s1-p1 and b#s1-p1. Grouped by speech in the order of
        // each speech's best hit: b, c, a.
        assertEquals(List.of("b#title", "b#s1", "b#s1-p1", "c#s1", "a#s0-p1", "a#s1-p1"), anchors(r));
        assertEquals(List.of(0, 1, 2, 1, 2, 2), r.hits().stream().map(SearchHit::tier).toList());
    }

    @Test
    void yearAndThemeFilters() throws IOException {
        write("themes/si-feng.md", "---\nname: 四风\n---\n说明。\n");
        write("a.md", "---\ntitle: 甲\ndate: 2021-03-01\n---\n纠治四风，抓落实。\n");
        write("b.md", "---\ntitle: 乙\ndate: 2022-03-01\n---\n抓落实。\n");
        assertEquals(2, search("落实", 0, null).total());
        assertEquals(List.of("b#s0-p1"), anchors(search("落实", 2022, null)));
        assertEquals(List.of("a#s0-p1"), anchors(search("落实", 0, "si-feng")));
    }

    @Test
    void snippetMarksEveryMatchInItsWindow() {
        String text = "千万要避免发生“酒杯一端，丢了饭碗”等悲剧。";
        List<int[]> spans = Highlights.spans(text, List.of("酒杯一端丢了饭碗"));
        assertEquals(1, spans.size());
        assertEquals("千万要避免发生“【酒杯一端，丢了饭碗】”等悲剧。", Highlights.snippet(text, spans));
    }
}
