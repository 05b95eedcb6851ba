package wengao.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.GeneratedCorpus;
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.CitedDocument;
import wengao.model.Citations;
import wengao.model.Corpus;
import wengao.model.DocumentMention;
import wengao.model.Quotation;
import wengao.model.Speech;
import wengao.model.TextUnit;

class CitationFinderTest {

    @TempDir
    Path dir;

    private static final String SUPERVISION = "中国共产党党内监督条例";

    private static CitedDocument document(Citations c, String title) {
        return c.documents().stream().filter(d -> d.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + title + " in "
                        + c.documents().stream().map(CitedDocument::title).toList()));
    }

    private static String unitText(Corpus corpus, String slug, int unit) {
        Speech s = corpus.speeches().stream().filter(x -> x.slug().equals(slug)).findFirst().orElseThrow();
        return s.textUnits().get(unit).text();
    }

    /** Every mention is the text it says it is, where it says it is, and its unit has the anchor it names. */
    private static void assertMentionsStandWhereTheySay(Corpus corpus, Citations c) {
        for (CitedDocument d : c.documents()) {
            for (DocumentMention m : d.mentions()) {
                Speech s = corpus.speeches().stream().filter(x -> x.slug().equals(m.speech())).findFirst().orElseThrow();
                TextUnit u = s.textUnits().get(m.unit());
                assertEquals(u.anchor(), m.anchor());
                assertEquals(m.written(), u.text().substring(m.start(), m.end()));
                assertTrue(m.written().startsWith("《") && m.written().endsWith("》"), m.written());
                assertEquals(TitleKey.of(d.title()), TitleKey.of(CitationFinder.inner(m.written())));
            }
        }
    }

    @Test
    void seeds001And002BothCiteTheInnerPartySupervisionRegulations() {
        Corpus corpus = CorpusReader.read(TestFiles.seeds());
        Citations c = CitationFinder.find(corpus);
        CitedDocument d = document(c, SUPERVISION);
        Set<String> speeches = d.mentions().stream().map(DocumentMention::speech).collect(Collectors.toSet());
        assertEquals(Set.of("001_0d024dd79624a196", "002_b7abe7910e55f495"), speeches);
        assertTrue(d.hasPage());
        assertTrue(d.slug().matches("d-[0-9a-f]{8}"), d.slug());
        for (DocumentMention m : d.mentions()) {
            assertTrue(unitText(corpus, m.speech(), m.unit()).contains("《" + SUPERVISION + "》"));
        }
        assertMentionsStandWhereTheySay(corpus, c);
    }

    /**
     * An independent count: every 《…》 with no mark nested in it, no sentence end and at most 100 characters, per
     * unit. Units with a nested title are left out of both counts (the seeds and reports have none, nearly).
     */
    private static void assertCountsMatchAPlainScan(Corpus corpus, Citations c) {
        Pattern plain = Pattern.compile("《([^《》。！？\\n]{1,100})》");
        Map<String, Integer> expected = new java.util.TreeMap<>();
        Set<String> nested = new HashSet<>();
        for (Speech s : corpus.speeches()) {
            for (TextUnit u : s.textUnits()) {
                if (u.text().matches("(?s).*《[^》]*《.*")) {
                    nested.add(s.slug() + "#" + u.index());
                    continue;
                }
                Matcher m = plain.matcher(u.text());
                while (m.find()) {
                    String key = TitleKey.of(m.group(1).strip());
                    if (!key.isEmpty()) {
                        expected.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Integer> got = new java.util.TreeMap<>();
        for (CitedDocument d : c.documents()) {
            for (DocumentMention m : d.mentions()) {
                if (!nested.contains(m.speech() + "#" + m.unit())) {
                    got.merge(TitleKey.of(d.title()), 1, Integer::sum);
                }
            }
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, got);
    }

    @Test
    void seedCountsMatchAPlainScan() {
        Corpus corpus = CorpusReader.read(TestFiles.seeds());
        assertCountsMatchAPlainScan(corpus, CitationFinder.find(corpus));
    }

    @Test
    void generatedCorpus() {
        Corpus corpus = GeneratedCorpus.of(150, 7, dir);
        Citations c = CitationFinder.find(corpus);
        assertCountsMatchAPlainScan(corpus, c);
        assertMentionsStandWhereTheySay(corpus, c);
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < c.documents().size(); i++) {
            CitedDocument d = c.documents().get(i);
            assertTrue(slugs.add(d.slug()), "slug " + d.slug() + " taken twice");
            assertTrue(d.slug().matches("d-[0-9a-f]{8,}"), d.slug());
            if (i > 0) {
                assertTrue(c.documents().get(i - 1).mentions().size() >= d.mentions().size(), "most mentioned first");
            }
        }
        for (Quotation q : c.quotations()) {
            assertTrue(unitText(corpus, q.speech(), q.unit()).contains("“" + q.text() + "”"), q.toString());
        }
        assertEquals(c, CitationFinder.find(corpus), "the same corpus gives the same citations");
    }

    private Citations inline(String... files) throws IOException {
        for (int i = 0; i < files.length; i++) {
            Files.writeString(dir.resolve("s" + i + ".txt"), files[i]);
        }
        Corpus corpus = CorpusReader.read(dir);
        assertTrue(corpus.problems().stream().noneMatch(p -> p.isError()), corpus.problems()::toString);
        Citations c = CitationFinder.find(corpus);
        assertMentionsStandWhereTheySay(corpus, c);
        return c;
    }

    @Test
    void spellingsOfOneTitleAreOneDocumentAndRedactionsStayApart() throws IOException {
        Citations c = inline(
                "学习会上的讲话\n\n同志们：\n\n要落实《党委（党组）落实全面从严治党主体责任规定》，执行《**市公安机关监督办法》。\n",
                "述责述廉会上的讲话\n\n同志们：\n\n对照《党委(党组)落实全面从严治党主体责任规定》和《 党委（党组）落实全面从严治党主体责任规定 》检查，执行《××市公安机关监督办法》。\n");
        CitedDocument rules = document(c, "党委（党组）落实全面从严治党主体责任规定");
        assertEquals(3, rules.mentions().size(), "full-width and half-width brackets, spaces at the ends: one document");
        assertEquals(2, rules.speechCount());
        assertEquals(1, document(c, "**市公安机关监督办法").mentions().size());
        assertEquals(1, document(c, "××市公安机关监督办法").mentions().size());
        assertEquals(rules, c.documents().get(0), "most mentioned first");
    }

    @Test
    void quotationsNameWhoIsQuotedAndTheWords() throws IOException {
        Citations c = inline(
                "学习会上的讲话\n\n同志们：\n\n"
                        + "习近平总书记强调：“作风问题本质上是党性问题。”我们要牢记。\n"
                        + "正如毛泽东同志所说，“我们共产党人好比种子，人民好比土地。”\n"
                        + "习近平总书记在十九届中央纪委二次全会上指出：“要把‘两个维护’落到实处，做到“四个意识”入脑入心。”\n"
                        + "要牢固树立“四个意识”，坚决做到“两个维护”。\n"
                        + "会议提出“两个维护”的要求。\n"
                        + "他说：“这是我的心里话，请大家记住。”\n");
        List<String> found = c.quotations().stream().map(q -> q.speaker() + "|" + q.text()).toList();
        assertEquals(List.of(
                "习近平总书记|作风问题本质上是党性问题。",
                "毛泽东同志|我们共产党人好比种子，人民好比土地。",
                "习近平总书记|要把‘两个维护’落到实处，做到“四个意识”入脑入心。"), found);
        Quotation first = c.quotations().get(0);
        assertNotNull(first.anchor());
        assertEquals("speeches/s0.html", first.url());
    }
}
