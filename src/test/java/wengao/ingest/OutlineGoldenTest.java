package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wengao.TestFiles;
import wengao.model.Corpus;
import wengao.model.OutlineFormat;

/**
 * The outline of each seed speech against a golden file written out once and checked by reading it against the
 * source: headings, subheadings and points as the speaker numbered them. Flattened texts with a golden file in
 * {@code outlines/xi-2020-flattened/} are checked the same way, on their rebuilt paragraphs.
 */
class OutlineGoldenTest {

    static Stream<Path> seeds() {
        return TestFiles.files(TestFiles.seeds()).stream();
    }

    static Stream<String> flattenedWithGolden() throws IOException {
        try (Stream<Path> s = Files.list(TestFiles.resource("outlines/xi-2020-flattened"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("flattenedWithGolden")
    void flattenedOutlineMatchesGolden(String name) throws IOException {
        Path golden = TestFiles.resource("outlines/xi-2020-flattened/" + name);
        Corpus corpus = CorpusReader.readFile(TestFiles.resource("corpus-extra/xi-2020-flattened/" + name));
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), OutlineFormat.of(corpus.speeches().get(0)),
                "outline of " + name);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void outlineMatchesGolden(Path seed) throws IOException {
        String name = seed.getFileName().toString().replace(".txt", ".txt");
        Path golden = TestFiles.resource("outlines/" + name);
        Corpus corpus = CorpusReader.readFile(seed);
        assertEquals(1, corpus.speeches().size());
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), OutlineFormat.of(corpus.speeches().get(0)),
                "outline of " + name);
    }
}
