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
 * Every sentence of a source is kept in the model or reported as dropped, for the seeds and for real government
 * reports nobody here wrote (GBK files and web scrapes with page furniture); none of them yields an error.
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
        List<String> lost = new ArrayList<>();
        for (String sentence : TestFiles.sentences(source.text())) {
            if (!kept.contains(sentence) && !droppedText.contains(sentence)) {
                lost.add(sentence);
            }
        }
        assertTrue(lost.isEmpty(), () -> file.getFileName() + " lost " + lost.size() + " sentences, e.g. " + lost.subList(0, Math.min(3, lost.size())));
        assertTrue(speech.dropped().size() < 40, () -> "suspiciously many dropped lines: " + speech.dropped());
    }
}
