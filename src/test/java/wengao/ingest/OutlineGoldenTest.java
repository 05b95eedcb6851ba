package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wengao.TestFiles;
import wengao.model.Corpus;
import wengao.model.OutlineFormat;

/**
 * The outline of each seed speech against a golden file written out once and checked by reading it against the
 * source: headings, subheadings and points as the speaker numbered them. Flattened texts with a golden file in
 * {@code outlines/xi-2020-flattened/} are checked the same way, on their rebuilt paragraphs, and so is a provincial
 * report whose parts are not numbered ({@code outlines/gov-reports-provincial-2026/}).
 */
class OutlineGoldenTest {

    static Stream<Path> seeds() {
        return TestFiles.files(TestFiles.seeds()).stream();
    }

    /** The corpus-extra files with a golden outline, as folder/name: flattened texts, reports with unnumbered parts and with back matter. */
    static Stream<String> corpusExtraWithGolden() throws IOException {
        List<String> out = new ArrayList<>();
        for (String folder : List.of("xi-2020-flattened", "gov-reports-provincial-2026")) {
            try (Stream<Path> s = Files.list(TestFiles.resource("outlines/" + folder))) {
                s.map(p -> folder + "/" + p.getFileName()).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("corpusExtraWithGolden")
    void corpusExtraOutlineMatchesGolden(String name) throws IOException {
        Path golden = TestFiles.resource("outlines/" + name);
        Corpus corpus = CorpusReader.readFile(TestFiles.resource("corpus-extra/" + name));
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
