package wengao.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.bench.CorpusGenerator;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;
import wengao.model.Speech;
import wengao.model.TextUnit;
import wengao.model.ThemeMap;
import wengao.text.TextNormalizer;

/**
 * Shared passages of a generated corpus (paragraphs of the seeds and the real reports, reassembled) checked against
 * plain scans: each exact passage is found at every place its text stands, and any run of 12 characters that two
 * speeches share lies in a passage both use.
 */
class GeneratedCorpusPassagesTest {

    @TempDir
    static Path dir;
    static Corpus corpus;
    static PassageMap passages;
    /** Per speech, its paragraphs' normalized text. */
    static List<List<String>> paragraphs = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        new CorpusGenerator(List.of(TestFiles.seeds(), TestFiles.resource("corpus-extra"))).generate(40, 7, dir);
        corpus = CorpusReader.read(dir);
        passages = PassageFinder.find(corpus, ThemeMap.EMPTY);
        for (Speech s : corpus.speeches()) {
            List<String> ps = new ArrayList<>();
            for (TextUnit u : s.textUnits()) {
                if (u.kind() == TextUnit.Kind.PARAGRAPH || u.kind() == TextUnit.Kind.CLOSING) {
                    ps.add(TextNormalizer.normalize(u.text()));
                }
            }
            paragraphs.add(ps);
        }
    }

    @Test
    void everyExactPassageIsFoundWhereverItsTextStands() {
        List<SharedPassage> exact = passages.passages().stream().filter(p -> !p.variant()).toList();
        assertTrue(exact.size() > 50, "a generated corpus shares many paragraphs: " + exact.size());
        for (SharedPassage p : exact.subList(0, Math.min(400, exact.size()))) {
            int places = 0;
            int speeches = 0;
            for (List<String> ps : paragraphs) {
                int before = places;
                for (String text : ps) {
                    for (int i = text.indexOf(p.normalized()); i >= 0; i = text.indexOf(p.normalized(), i + 1)) {
                        places++;
                    }
                }
                speeches += places > before ? 1 : 0;
            }
            assertTrue(p.normalized().length() >= PassageFinder.MIN_LENGTH, p::toString);
            assertEquals(places, p.occurrences().size(), p.normalized());
            assertEquals(speeches, p.speeches(), p.normalized());
        }
    }

    @Test
    void everyRunTwoSpeechesShareLiesInAPassageBothUse() {
        Random r = new Random(3);
        int checked = 0;
        for (int trial = 0; trial < 100_000 && checked < 60; trial++) {
            int a = r.nextInt(paragraphs.size());
            int b = r.nextInt(paragraphs.size());
            if (a == b || paragraphs.get(a).isEmpty() || paragraphs.get(b).isEmpty()) {
                continue;
            }
            String x = paragraphs.get(a).get(r.nextInt(paragraphs.get(a).size()));
            String y = paragraphs.get(b).get(r.nextInt(paragraphs.get(b).size()));
            String common = longestCommon(x, y);
            if (common.length() < PassageFinder.MIN_LENGTH) {
                continue;
            }
            checked++;
            String slugA = corpus.speeches().get(a).slug();
            String slugB = corpus.speeches().get(b).slug();
            assertTrue(passages.passages().stream().anyMatch(p -> !p.variant() && p.normalized().contains(common)
                    && uses(p, slugA) && uses(p, slugB)), common);
        }
        assertTrue(checked > 20, "pairs with a common run: " + checked);
    }

    private static boolean uses(SharedPassage p, String slug) {
        return p.occurrences().stream().map(PassageOccurrence::speech).anyMatch(slug::equals);
    }

    private static String longestCommon(String x, String y) {
        int[] prev = new int[y.length() + 1];
        int best = 0;
        int end = 0;
        for (int i = 1; i <= x.length(); i++) {
            int[] cur = new int[y.length() + 1];
            for (int j = 1; j <= y.length(); j++) {
                if (x.charAt(i - 1) == y.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    if (cur[j] > best) {
                        best = cur[j];
                        end = i;
                    }
                }
            }
            prev = cur;
        }
        return x.substring(end - best, end);
    }
}
