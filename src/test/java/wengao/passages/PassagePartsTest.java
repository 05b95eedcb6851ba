package wengao.passages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wengao.TestFiles;
import wengao.bench.CorpusGenerator;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.PassageMap;
import wengao.model.SharedPassage;
import wengao.model.ThemeMap;
import wengao.themes.ThemeDetector;

/**
 * A large corpus sorts its grams and variant keys in parts to bound memory: whatever the number of parts, the
 * passages are the same as in one part, texts, occurrences, flags and order.
 */
class PassagePartsTest {

    @TempDir
    static Path generated;

    static Stream<String> corpora() {
        return Stream.of("seeds", "corpus-extra", "corpus-extra/gov-reports-scraped-gbk", "generated");
    }

    private static Corpus read(String name) throws IOException {
        if (name.equals("generated")) {
            new CorpusGenerator(List.of(TestFiles.seeds(), TestFiles.resource("corpus-extra"))).generate(120, 11, generated);
            return CorpusReader.read(generated);
        }
        return CorpusReader.read(TestFiles.resource(name));
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void anyNumberOfPartsFindsThePassagesOfOne(String name) throws IOException {
        Corpus corpus = read(name);
        ThemeMap themes = ThemeDetector.detect(corpus);
        PassageMap one = PassageFinder.find(corpus, themes, 1);
        assertTrue(one.passages().stream().anyMatch(SharedPassage::variant), name + " has variants");
        assertTrue(one.passages().stream().filter(p -> !p.variant()).count() > 3, name + " has exact passages");
        assertEquals(one, PassageFinder.find(corpus, themes), "a corpus this small is one part");
        for (int parts : new int[] {2, 3, 7}) {
            PassageMap many = PassageFinder.find(corpus, themes, parts);
            assertEquals(one.passages().size(), many.passages().size(), name + " in " + parts + " parts");
            for (int i = 0; i < one.passages().size(); i++) {
                assertEquals(one.passages().get(i), many.passages().get(i), name + " in " + parts + " parts, #" + i);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void partsFollowTheHashesSoRunsComeInTheSameOrder(String name) throws IOException {
        CorpusText text = CorpusText.of(read(name).speeches());
        List<MaximalRuns.Run> one = MaximalRuns.find(text, PassageFinder.MIN_LENGTH, 1);
        for (int parts : new int[] {2, 5}) {
            List<MaximalRuns.Run> many = MaximalRuns.find(text, PassageFinder.MIN_LENGTH, parts);
            assertEquals(one.size(), many.size(), name + " in " + parts + " parts");
            for (int i = 0; i < one.size(); i++) {
                assertEquals(one.get(i).length(), many.get(i).length(), name + " #" + i);
                assertArrayEquals(one.get(i).positions(), many.get(i).positions(), name + " #" + i);
            }
        }
    }
}
