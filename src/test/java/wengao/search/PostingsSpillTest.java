package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.OutputFile;
import wengao.model.ThemeMap;
import wengao.themes.ThemeDetector;

/**
 * The spill changes what the export holds in memory, never what it writes: the same index exported with every
 * bucket in one spill group, with the most groups there may be, and with a count that does not divide the buckets,
 * gives the same files byte for byte, lists the same files for publish, and leaves no spill file behind. On the
 * seeds and the provincial reports, with the build's layout and a smaller one; and on a mini corpus with a layout
 * small enough for every kind of file.
 */
class PostingsSpillTest {

    @TempDir
    static Path tmp;
    static ExecutorService threads;
    static Corpus corpus;
    static ThemeMap themes;
    static Path index;

    @BeforeAll
    static void start() throws IOException {
        threads = Executors.newFixedThreadPool(2);
        Path content = tmp.resolve("content/speeches");
        Files.createDirectories(content);
        List<Path> sources = new ArrayList<>(TestFiles.files(TestFiles.seeds()));
        sources.addAll(TestFiles.files(TestFiles.resource("corpus-extra/gov-reports-provincial-2026")));
        for (Path p : sources) {
            Files.copy(p, content.resolve(p.getFileName()));
        }
        corpus = CorpusReader.read(tmp.resolve("content"));
        themes = ThemeDetector.detect(corpus);
        index = tmp.resolve("index");
        Files.createDirectories(index);
        LuceneIndexer.write(corpus.speeches(), new UnitTable(corpus.speeches()), themes, index, null, threads);
    }

    @AfterAll
    static void stop() {
        threads.shutdown();
    }

    @Test
    void everyBucketIsInExactlyTheGroupThatReadsIt() {
        for (int buckets : new int[] {16, 48, 1024, 16_384}) {
            for (int count : new int[] {1, 3, 7, 16, buckets}) {
                PostingsSpill.Groups groups = new PostingsSpill.Groups(buckets, count);
                assertEquals(0, groups.first(0));
                assertEquals(buckets, groups.first(count));
                for (int g = 0; g < count; g++) {
                    assertTrue(groups.first(g) < groups.first(g + 1), "no group is empty: " + buckets + "/" + count);
                    for (int b = groups.first(g); b < groups.first(g + 1); b++) {
                        assertEquals(g, groups.of(b), "bucket " + b + " of " + buckets + " in " + count + " groups");
                    }
                }
            }
        }
        assertEquals(1, PostingsSpill.Groups.of(500_000, 128, 1_000_000).count(), "a small corpus: one group");
        assertEquals(90, PostingsSpill.Groups.of(90_000_000, 16_384, 1_000_000).count(), "about a million characters a group");
        assertEquals(PostingsSpill.Groups.MOST, PostingsSpill.Groups.of(900_000_000, 16_384, 1_000_000).count());
        assertEquals(16, PostingsSpill.Groups.of(900_000_000, 16, 1).count(), "never more groups than buckets");
    }

    @Test
    void theBuildsLayoutExportsTheSameBytesWhateverTheSpill() throws IOException {
        sameBytesWhateverTheSpill(ClientIndexExporter.Layout.DEFAULT, "default");
    }

    @Test
    void aSmallLayoutExportsTheSameBytesWhateverTheSpill() throws IOException {
        sameBytesWhateverTheSpill(new ClientIndexExporter.Layout(1_000, 1_000, 500, 3_000), "small");
    }

    @Test
    void theTinyLayoutOnTheMiniCorpusExportsTheSameBytesWhateverTheSpill() throws IOException {
        Corpus mini = ClientIndexRoundTripTest.mini(tmp.resolve("mini"));
        ThemeMap miniThemes = ThemeDetector.detect(mini);
        Path miniIndex = tmp.resolve("mini-index");
        Files.createDirectories(miniIndex);
        LuceneIndexer.write(mini.speeches(), new UnitTable(mini.speeches()), miniThemes, miniIndex, null, threads);
        sameBytesWhateverTheSpill(mini, miniThemes, miniIndex, ClientIndexRoundTripTest.TINY, "tiny");
    }

    private void sameBytesWhateverTheSpill(ClientIndexExporter.Layout layout, String name) throws IOException {
        sameBytesWhateverTheSpill(corpus, themes, index, layout, name);
    }

    private void sameBytesWhateverTheSpill(Corpus corpus, ThemeMap themes, Path index,
                                           ClientIndexExporter.Layout layout, String name) throws IOException {
        long textChars = ClientIndexExporter.textChars(new UnitTable(corpus.speeches()));
        ClientIndexExporter.Layout one = layout.withSpillChars(Long.MAX_VALUE);
        ClientIndexExporter.Layout most = layout.withSpillChars(1);
        ClientIndexExporter.Layout seven = layout.withSpillChars(textChars / 7 + 1);
        int buckets = ClientIndexExporter.bucketCount(textChars, layout.bucketChars());
        assertEquals(1, PostingsSpill.Groups.of(textChars, buckets, one.spillChars()).count());
        assertEquals(Math.min(buckets, PostingsSpill.Groups.MOST),
                PostingsSpill.Groups.of(textChars, buckets, most.spillChars()).count());
        assertEquals(7, PostingsSpill.Groups.of(textChars, buckets, seven.spillChars()).count());
        assertTrue(buckets > 7 && buckets % 7 != 0, "seven groups of unequal size: " + buckets);

        ClientIndexRoundTripTest.Exported expected = export(corpus, themes, index, one, name + "-one");
        Map<String, byte[]> bytes = ClientIndexRoundTripTest.contents(expected.dir());
        assertTrue(bytes.keySet().stream().filter(f -> f.startsWith("p/")).count() == buckets, "every bucket written");
        for (ClientIndexExporter.Layout spill : List.of(most, seven)) {
            ClientIndexRoundTripTest.Exported actual = export(corpus, themes, index, spill, name + "-" + spill.spillChars());
            Map<String, byte[]> got = ClientIndexRoundTripTest.contents(actual.dir());
            ClientIndexRoundTripTest.assertSameFiles(bytes, got, "with " + spill);
            assertEquals(paths(expected), paths(actual), "the same files for publish");
            assertEquals(expected.export().hints(), actual.export().hints());
        }
    }

    private static ClientIndexRoundTripTest.Exported export(Corpus corpus, ThemeMap themes, Path index,
                                                            ClientIndexExporter.Layout layout, String name)
            throws IOException {
        Path out = tmp.resolve(name);
        ClientIndexRoundTripTest.Exported e;
        try (FSDirectory d = FSDirectory.open(index); IndexView view = new IndexView(DirectoryReader.open(d))) {
            e = new ClientIndexRoundTripTest.Exported(out, ClientIndexExporter.export(view,
                    new UnitTable(corpus.speeches()), corpus.speeches(), themes, out, threads, layout));
        }
        assertFalse(Files.exists(out.resolve(ClientIndexExporter.SPILL)), "the spill is gone");
        try (Stream<Path> w = Files.walk(out)) {
            assertEquals(e.export().files().size(), w.filter(Files::isRegularFile).count(),
                    "no file in the folder but those listed");
        }
        return e;
    }

    private static List<String> paths(ClientIndexRoundTripTest.Exported e) {
        return e.export().files().stream().map(OutputFile::path).toList();
    }
}
