package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wengao.TestFiles;
import wengao.model.Corpus;
import wengao.model.DroppedLine;
import wengao.model.Problem;
import wengao.model.SourceFile;
import wengao.model.Speech;

/**
 * Every sentence of a source is kept in the model or reported as dropped, for the seeds, for real government
 * reports nobody here wrote (GBK files and web scrapes with page furniture) and for speeches copied from news sites
 * (xi-speeches-2013-2014); none of them yields an error. A sentence a fragment was cut out of (a dateline opening a
 * paragraph, a photo credit inside it) is kept when what remains of it without the reported fragments is kept.
 */
class NothingLostTest {

    static Stream<Path> realFiles() {
        List<Path> all = new ArrayList<>(TestFiles.files(TestFiles.seeds()));
        all.addAll(TestFiles.files(TestFiles.resource("corpus-extra")));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void everySentenceIsKeptOrReported(Path file) throws Exception {
        Corpus corpus = CorpusReader.readFile(file);
        List<Problem> errors = corpus.problems().stream().filter(Problem::isError).toList();
        assertTrue(errors.isEmpty(), () -> "errors: " + errors);
        assertEquals(1, corpus.speeches().size());
        Speech speech = corpus.speeches().get(0);

        SourceFile source = SourceDecoder.decode(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file)).file().orElseThrow();
        String kept = SpeechText.kept(speech);
        String droppedText = TestFiles.withoutSpace(String.join("\n", speech.dropped().stream().map(DroppedLine::text).toList()));
        List<String> fragments = speech.dropped().stream().map(d -> TestFiles.withoutSpace(d.text())).filter(f -> !f.isEmpty()).toList();
        List<String> lost = new ArrayList<>();
        for (String sentence : TestFiles.sentences(source.text())) {
            if (!kept.contains(sentence) && !droppedText.contains(sentence) && !keptWithoutFragments(sentence, fragments, kept)) {
                lost.add(sentence);
            }
        }
        assertTrue(lost.isEmpty(), () -> file.getFileName() + " lost " + lost.size() + " sentences, e.g. " + lost.subList(0, Math.min(3, lost.size())));
        assertTrue(speech.dropped().size() < 40, () -> "suspiciously many dropped lines: " + speech.dropped());
    }

    private static boolean keptWithoutFragments(String sentence, List<String> fragments, String kept) {
        String rest = sentence;
        for (String f : fragments) {
            if (f.length() < sentence.length()) {
                rest = rest.replace(f, "");
            }
        }
        return !rest.equals(sentence) && (rest.isEmpty() || kept.contains(rest));
    }
}
