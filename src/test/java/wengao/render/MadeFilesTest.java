package wengao.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.citations.CitationFinder;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.OutputFile;
import wengao.model.ThemeMap;
import wengao.passages.PassageFinder;
import wengao.search.RelatedSpeeches;
import wengao.themes.ThemeDetector;

/** Files render makes are put in a folder for publish to move, byte for byte what it makes in memory. */
class MadeFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aRenderIntoAFolderMakesTheSameFilesAsInMemoryAndHoldsNoneOfThem() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, content.resolve(seed.getFileName()));
            }
        }
        Corpus corpus = CorpusReader.read(content);
        ThemeMap themes = ThemeDetector.detect(corpus);
        var passages = PassageFinder.find(corpus, themes);
        var citations = CitationFinder.find(corpus);
        var related = RelatedSpeeches.find(corpus, themes, citations, passages.pairCounts());

        SiteRenderer inMemory = new SiteRenderer(tmp.resolve("no-templates"));
        Path folder = tmp.resolve("made");
        SiteRenderer inFolder = new SiteRenderer(tmp.resolve("no-templates"), wengao.model.PageReuse.NONE, null, folder);
        Map<String, byte[]> expected = bytes(inMemory.render(corpus, themes, passages, related).files());
        expected.putAll(bytes(inMemory.citations(corpus, citations).files()));
        List<OutputFile> made = new java.util.ArrayList<>(inFolder.render(corpus, themes, passages, related).files());
        made.addAll(inFolder.citations(corpus, citations).files());

        assertEquals(expected.keySet(), bytes(made).keySet());
        assertTrue(expected.containsKey(PassageDataJson.PATH), "the passages' data is among the files compared");
        for (OutputFile f : made) {
            assertArrayEquals(expected.get(f.path()), bytesOf(f), f.path());
            if (!f.path().startsWith("assets/")) {
                assertNull(f.content(), f.path() + " is held in memory");
                assertTrue(f.source().startsWith(folder), f.path() + " is kept in the folder");
            }
        }
    }

    @Test
    void aPathThatWouldLeaveTheFolderStaysInMemoryForPublishToRefuse() throws IOException {
        Path folder = tmp.resolve("made");
        MadeFiles made = MadeFiles.in(folder);
        OutputFile escaping = made.keep(new OutputFile("../outside.html", "x".getBytes(StandardCharsets.UTF_8)));
        assertNotNull(escaping.content());
        assertTrue(Files.notExists(tmp.resolve("outside.html")));
        OutputFile streamed = made.write("../../streamed.json", out -> out.write('1'));
        assertArrayEquals(new byte[] {'1'}, streamed.content());
        assertTrue(Files.notExists(tmp.getParent().resolve("streamed.json")));

        OutputFile inside = made.keep(new OutputFile("a/b.html", "页".getBytes(StandardCharsets.UTF_8)));
        assertEquals(folder.toAbsolutePath().normalize().resolve("a/b.html"), inside.source());
        assertEquals("页", Files.readString(inside.source()));
    }

    @Test
    void inMemoryKeepsTheBytes() {
        OutputFile f = new OutputFile("a.html", new byte[] {1, 2});
        assertEquals(f, MadeFiles.IN_MEMORY.keep(f));
        assertArrayEquals(new byte[] {7}, MadeFiles.IN_MEMORY.write("b.json", out -> out.write(7)).content());
    }

    private static Map<String, byte[]> bytes(List<OutputFile> files) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        for (OutputFile f : files) {
            m.put(f.path(), bytesOf(f));
        }
        return m;
    }

    private static byte[] bytesOf(OutputFile f) throws IOException {
        return f.content() != null ? f.content() : Files.readAllBytes(f.source());
    }
}
