package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wengao.TestFiles;
import wengao.model.Corpus;
import wengao.model.Paragraph;
import wengao.model.Problem;
import wengao.model.Section;
import wengao.model.Severity;
import wengao.model.Speech;

/**
 * Real speeches, letters and messages whose line breaks were lost in scraping (xi-2020-flattened): each is rebuilt
 * into paragraphs of the genre's length, reported to editors as a note, and read with its title block.
 */
class FlattenedCorpusTest {

    private static final int CHARS_PER_PARAGRAPH = 800;

    static Stream<Path> flattened() {
        return TestFiles.files(TestFiles.resource("corpus-extra/xi-2020-flattened")).stream();
    }

    @ParameterizedTest
    @MethodSource("flattened")
    void isRebuiltIntoParagraphsAndReported(Path file) throws IOException {
        Corpus corpus = CorpusReader.readFile(file);
        Speech speech = corpus.speeches().get(0);
        List<Paragraph> paragraphs = paragraphs(speech);
        int chars = TestFiles.withoutSpace(Files.readString(file, StandardCharsets.UTF_8)).length();
        assertTrue(paragraphs.size() * CHARS_PER_PARAGRAPH >= chars,
                () -> file.getFileName() + ": " + paragraphs.size() + " paragraphs for " + chars + " characters");
        int longest = paragraphs.stream().mapToInt(p -> p.text().length()).max().orElse(0);
        assertTrue(longest <= 600, () -> file.getFileName() + ": a paragraph of " + longest + " characters");
        List<Problem> notes = corpus.problems().stream().filter(p -> p.severity() == Severity.NOTE).toList();
        assertEquals(1, notes.size(), corpus.problems()::toString);
        assertTrue(notes.get(0).format().matches(".*\\.txt:1: note: flattened text \\(no line breaks\\): rebuilt into \\d+ paragraphs"),
                notes.get(0).format());
        assertTrue(corpus.problems().stream().noneMatch(Problem::isError), corpus.problems()::toString);
    }

    /** A text that opens with its title (then its ——subtitle or its ※author) keeps it: the file name is no title. */
    @ParameterizedTest
    @MethodSource("flattened")
    void aTitleAtTheStartIsTheTitle(Path file) throws IOException {
        List<String> lines = ParagraphCuts.paragraphs(SourceLine.trim(Files.readString(file, StandardCharsets.UTF_8)));
        String first = SourceLine.trim(lines.get(0));
        String second = SourceLine.trim(lines.get(1));
        boolean titleLike = first.length() <= 80 && TestFiles.sentences(first).size() == 1 && !first.matches(".*[。！？：]$");
        if (titleLike && (second.startsWith("——") || second.startsWith("※") && second.length() <= 5)) {
            assertEquals(SourceLine.trim(lines.get(0)), CorpusReader.readFile(file).speeches().get(0).title());
        }
    }

    /** Over the folder the paragraphs read like this speaker's unflattened ones, not one sentence each. */
    @Test
    void paragraphsAreOfTheGenresLength() {
        List<Integer> lengths = new ArrayList<>();
        int oneSentence = 0;
        for (Path file : flattened().toList()) {
            for (Paragraph p : paragraphs(CorpusReader.readFile(file).speeches().get(0))) {
                lengths.add(p.text().length());
                if (TestFiles.sentences(p.text()).size() <= 1) {
                    oneSentence++;
                }
            }
        }
        lengths.sort(null);
        int median = lengths.get(lengths.size() / 2);
        double share = (double) oneSentence / lengths.size();
        assertTrue(median >= 100 && median <= 300, "median paragraph " + median);
        assertTrue(share <= 0.35, "one-sentence paragraphs: " + share);
    }

    private static List<Paragraph> paragraphs(Speech s) {
        List<Paragraph> out = new ArrayList<>();
        collect(s.body(), out);
        out.addAll(s.closing());
        return out;
    }

    private static void collect(Section s, List<Paragraph> out) {
        out.addAll(s.paragraphs());
        s.sections().forEach(child -> collect(child, out));
    }
}
