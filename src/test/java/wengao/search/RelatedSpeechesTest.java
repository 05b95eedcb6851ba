package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.GeneratedCorpus;
import wengao.TestFiles;
import wengao.citations.CitationFinder;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.Related;
import wengao.model.RelatedMap;
import wengao.model.Speech;
import wengao.model.SpeechPairCount;
import wengao.model.SpeechPairs;
import wengao.model.ThemeMap;
import wengao.themes.ThemeDetector;

class RelatedSpeechesTest {

    @TempDir
    Path dir;

    private static Corpus withCuratedThemes(Path speeches) throws IOException {
        Corpus read = CorpusReader.read(speeches);
        Corpus themes = CorpusReader.read(Path.of(System.getProperty("wengao.repo", ".")).resolve("content"));
        return new Corpus(read.speeches(), themes.themeDefinitions(), List.of(), read.problems());
    }

    private static RelatedMap related(Corpus corpus, List<SpeechPairCount> passages) {
        ThemeMap themes = ThemeDetector.detect(corpus);
        return RelatedSpeeches.find(corpus, themes, CitationFinder.find(corpus), SpeechPairs.of(passages));
    }

    private static List<String> urls(List<Related> related) {
        return related.stream().map(Related::url).toList();
    }

    @Test
    void seeds001And002AreRelatedByTheRegulationsTheyBothCite() throws IOException {
        Corpus corpus = withCuratedThemes(TestFiles.seeds());
        RelatedMap map = related(corpus, List.of());
        Related to002 = map.bySpeech().get("speeches/001_0d024dd79624a196.html").stream()
                .filter(r -> r.url().equals("speeches/002_b7abe7910e55f495.html")).findFirst()
                .orElseThrow(() -> new AssertionError("002 is not related to 001"));
        assertTrue(to002.because().contains("同引 《中国共产党党内监督条例》"), to002.because());
        assertTrue(to002.because().contains("同论 "), to002.because());
        assertInvariants(corpus, map);
    }

    private void write(String name, String title, String... headingsAndParagraphs) throws IOException {
        StringBuilder text = new StringBuilder(title).append("\n\n同志们：\n\n");
        for (String line : headingsAndParagraphs) {
            text.append(line).append("\n");
        }
        Files.writeString(dir.resolve(name), text);
    }

    /** Two speeches on inspection, one on rural revitalisation, one on work safety: the first two go together. */
    private Corpus fourSpeeches() throws IOException {
        write("a.txt", "在巡察整改工作会议上的讲话",
                "一、扛起巡察整改政治责任",
                "要落实一岗双责，把《中国共产党巡视工作条例》学深悟透，坚决纠治四风，抓好巡察整改。",
                "二、压实巡察整改主体责任",
                "巡察整改是政治任务，各级党组织要落实一岗双责，以整改实效检验四风整治成果。");
        write("b.txt", "在巡察反馈问题整改推进会上的讲话",
                "一、提高对巡察整改的认识",
                "对照《中国共产党巡视工作条例》，落实一岗双责，把巡察整改和纠治四风结合起来。",
                "二、抓好巡察整改和成果运用",
                "巡察整改不能走过场，四风问题要盯住不放。");
        write("c.txt", "在乡村振兴工作会议上的讲话",
                "一、发展乡村特色产业",
                "乡村振兴要培育特色产业，带动农民增收。",
                "二、建设宜居宜业乡村",
                "改善农村人居环境，推进乡村振兴。");
        write("d.txt", "在安全生产工作会议上的讲话",
                "一、压实安全生产责任",
                "安全生产责任重于泰山，要排查隐患，防范重大事故。",
                "二、开展隐患排查整治",
                "安全生产要抓早抓小，隐患排查要全覆盖。");
        return withCuratedThemes(dir);
    }

    @Test
    void speechesThatShareThemesDocumentsAndWordsAreRelatedAndSayWhy() throws IOException {
        Corpus corpus = fourSpeeches();
        RelatedMap map = related(corpus, List.of());
        List<Related> toA = map.bySpeech().get("speeches/a.html");
        assertEquals("speeches/b.html", toA.get(0).url());
        String because = toA.get(0).because();
        assertTrue(because.contains("一岗双责") && because.contains("四风"), because);
        assertTrue(because.contains("同引 《中国共产党巡视工作条例》"), because);
        assertTrue(because.contains("共有词 ") && because.contains("整改"), because);
        assertFalse(urls(toA).contains("speeches/c.html"), "nothing in common with rural revitalisation: " + toA);
        assertEquals(List.of(), map.bySpeech().get("speeches/c.html"), "c shares nothing with anyone");
        assertInvariants(corpus, map);
    }

    @Test
    void sharedPassagesAreOneMoreSignal() throws IOException {
        Corpus corpus = fourSpeeches();
        RelatedMap without = related(corpus, List.of());
        assertFalse(urls(without.bySpeech().get("speeches/c.html")).contains("speeches/d.html"));
        RelatedMap with = related(corpus, List.of(new SpeechPairCount("c", "d", 3)));
        Related toD = with.bySpeech().get("speeches/c.html").get(0);
        assertEquals("speeches/d.html", toD.url());
        assertEquals("共有段落 3 处", toD.because());
        assertEquals(Math.round(Signal.PASSAGES.weight * 3 / 4.0 * 1000) / 1000.0, toD.score());
        assertTrue(urls(with.bySpeech().get("speeches/d.html")).contains("speeches/c.html"), "both ways");
        assertEquals(without.bySpeech().get("speeches/a.html"), with.bySpeech().get("speeches/a.html"), "others unchanged");
    }

    @Test
    void generatedCorpus() {
        Corpus corpus = GeneratedCorpus.of(200, 11, dir);
        RelatedMap map = related(corpus, List.of());
        assertInvariants(corpus, map);
        long withRelated = map.bySpeech().values().stream().filter(l -> !l.isEmpty()).count();
        assertTrue(withRelated > corpus.speeches().size() / 2, withRelated + " of " + corpus.speeches().size());
        assertEquals(map, related(corpus, List.of()), "deterministic");
    }

    @Test
    void keptOutlineWordsGiveTheSameRelatedSpeechesAndOnlyNewTextsAreSegmented() throws IOException {
        Inputs inputs = Inputs.of(fourSpeeches());
        RelatedMap fresh = inputs.related();
        OutlineWords first = OutlineWords.empty("v1");
        assertEquals(fresh, inputs.related(first));
        assertTrue(first.segmented() > 0);
        Path file = dir.resolve("words.bin");
        first.save(file);

        OutlineWords kept = OutlineWords.load(file, "v1");
        assertTrue(kept.note().isEmpty(), kept.note()::toString);
        assertEquals(fresh, inputs.related(kept));
        assertEquals(0, kept.segmented(), "every outline text was kept");

        write("d.txt", "在安全生产工作会议上的讲话", "一、压实安全生产责任", "安全生产责任重于泰山。",
                "二、整治巡察发现的安全隐患", "隐患排查要全覆盖。");
        Inputs changed = Inputs.of(withCuratedThemes(dir));
        kept.save(file);
        OutlineWords again = OutlineWords.load(file, "v1");
        assertEquals(changed.related(), changed.related(again));
        assertEquals(1, again.segmented(), "only the changed heading is segmented again");
    }

    @Test
    void keptOutlineWordsOfAnotherVersionOrDamagedAreNotTrusted() throws IOException {
        Inputs inputs = Inputs.of(fourSpeeches());
        RelatedMap fresh = inputs.related();
        OutlineWords first = OutlineWords.empty("v1");
        inputs.related(first);
        Path file = dir.resolve("words.bin");
        first.save(file);
        assertTrue(OutlineWords.load(file, "v2").note().orElseThrow().contains("another version"));
        byte[] bytes = Files.readAllBytes(file);
        for (int at : new int[] {bytes.length / 2, bytes.length - 3}) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x04;
            Files.write(file, damaged);
            OutlineWords words = OutlineWords.load(file, "v1");
            assertTrue(words.note().orElseThrow().contains("damaged"), words.note()::toString);
            assertEquals(fresh, inputs.related(words));
            assertTrue(words.segmented() > 0, "segmented again");
        }
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 9));
        assertTrue(OutlineWords.load(file, "v1").note().orElseThrow().contains("damaged"), "cut short");
    }

    /** A corpus with its themes and citations, for related speeches found with and without kept outline words. */
    private record Inputs(Corpus corpus, ThemeMap themes, wengao.model.Citations citations) {

        static Inputs of(Corpus corpus) {
            return new Inputs(corpus, ThemeDetector.detect(corpus), CitationFinder.find(corpus));
        }

        RelatedMap related() {
            return RelatedSpeeches.find(corpus, themes, citations, SpeechPairs.NONE);
        }

        RelatedMap related(OutlineWords words) {
            return RelatedSpeeches.find(corpus, themes, citations, SpeechPairs.NONE, words);
        }
    }

    /** At most five, never itself, closest first, rounded scores, a reason, and a pair scores the same both ways. */
    private static void assertInvariants(Corpus corpus, RelatedMap map) {
        Map<String, Speech> byUrl = new HashMap<>();
        corpus.speeches().forEach(s -> byUrl.put(s.url(), s));
        assertEquals(corpus.speeches().stream().map(Speech::url).toList(), List.copyOf(map.bySpeech().keySet()));
        Map<String, Double> scores = new HashMap<>();
        map.bySpeech().forEach((url, list) -> {
            assertTrue(list.size() <= RelatedSpeeches.LIMIT, url);
            for (int i = 0; i < list.size(); i++) {
                Related r = list.get(i);
                assertFalse(r.url().equals(url), "not related to itself: " + url);
                assertEquals(byUrl.get(r.url()).title(), r.title());
                assertEquals(Math.round(r.score() * 1000) / 1000.0, r.score());
                assertTrue(r.score() >= RelatedSpeeches.MIN_SCORE, r.toString());
                assertFalse(r.because().isBlank(), r.toString());
                assertTrue(Stream.of("同论 ", "共有词 ", "同引 ", "共有段落 ").anyMatch(r.because()::startsWith), r.because());
                if (i > 0) {
                    assertTrue(list.get(i - 1).score() >= r.score(), "closest first: " + list);
                }
                Double other = scores.get(r.url() + " " + url);
                if (other != null) {
                    assertEquals(other, r.score(), "symmetric: " + url + " and " + r.url());
                }
                scores.put(url + " " + r.url(), r.score());
            }
        });
    }
}
