package wengao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.document.Document;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.Mention;
import wengao.model.Speech;
import wengao.model.Theme;
import wengao.model.ThemeMap;
import wengao.themes.ThemeDetector;

/**
 * Export, then decode in Java exactly as the page does ({@link ClientIndexReader}): every gram of the Lucene index
 * decodes to the same units and frequencies (one and two characters) or the same units and positions (three), no
 * other gram is exported, and meta, text and theme files say what the corpus says. On an inline corpus with a
 * layout small enough that every kind of file occurs many times (heavy grams, many shards and buckets), and on the
 * seeds with the build's layout. And the export does not depend on Lucene doc ids: an index whose documents were
 * replaced in place (deleted, appended again) exports the same bytes.
 */
class ClientIndexRoundTripTest {

    /** Files and blocks of a few grams and units each, so that a small corpus has many of both. */
    static final ClientIndexExporter.Layout TINY = new ClientIndexExporter.Layout(20, 8, 16, 40).withUnitBlock(8);

    @TempDir
    static Path tmp;
    static ExecutorService threads;

    @BeforeAll
    static void start() {
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        threads.shutdown();
    }

    static Corpus mini(Path dir) throws IOException {
        write(dir, "a.md", "---\ntitle: 酒杯一端\ndate: 2021-03-01\n---\n## 一、管党治党\n\n酒杯一端，丢了饭碗。酒杯一端又一端。\n\n"
                + "党风廉政建设，党风廉政建设！5G 与 5g。\n\n## 二、一案双查\n\n廉\n\n问责问责问责。\n");
        write(dir, "b.md", "---\ntitle: 乙\ndate: 2022-05-01\n---\n“酒杯一端”之后，谈党风廉政建设和问责。\n\nABC abc ＡＢＣ。\n");
        write(dir, "c.md", "---\ntitle: 丙\n---\n的的的的的的的的的的的的的的的的的的的的。\n\n一二三一二三一二三。\n");
        return CorpusReader.read(dir);
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text);
    }

    record Exported(Path dir, ClientIndexExporter.Export export) {
    }

    static Exported export(Corpus corpus, ThemeMap themes, Path index, Path out, ClientIndexExporter.Layout layout)
            throws IOException {
        try (FSDirectory d = FSDirectory.open(index); IndexView view = new IndexView(DirectoryReader.open(d))) {
            UnitTable table = new UnitTable(corpus.speeches());
            return new Exported(out, ClientIndexExporter.export(view, table, corpus.speeches(), themes, out, threads, layout));
        }
    }

    static Path index(Corpus corpus, ThemeMap themes, Path dir) throws IOException {
        Files.createDirectories(dir);
        LuceneIndexer.write(corpus.speeches(), new UnitTable(corpus.speeches()), themes, dir, null, threads);
        return dir;
    }

    /** Every gram decodes to what Lucene says; the exported grams are exactly the index's. */
    static int roundTrip(Corpus corpus, ThemeMap themes, Path index, Exported e) throws IOException {
        ClientIndexReader page = new ClientIndexReader(e.dir(), e.export().hints());
        TreeSet<String> expected = new TreeSet<>();
        int checked = 0;
        try (FSDirectory d = FSDirectory.open(index); IndexView view = new IndexView(DirectoryReader.open(d))) {
            Terms terms = MultiTerms.getTerms(view.reader, Fields.G3);
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                int[] cps = t.utf8ToString().codePoints().toArray();
                for (int length = 1; length <= 3 && cps[length - 1] != Fields.PAD; length++) {
                    expected.add(new String(cps, 0, length));
                }
            }
            for (String gram : expected) {
                if (gram.codePointCount(0, gram.length()) == 3) {
                    int[][] lucene = view.positioned(gram);
                    int[][] decoded = page.trigram(gram);
                    assertNotNull(decoded, gram);
                    assertEquals(lucene.length, decoded.length, gram);
                    for (int i = 0; i < lucene.length; i++) {
                        assertArrayEquals(lucene[i], decoded[i], gram);
                    }
                } else {
                    IndexView.Matches lucene = view.match(gram);
                    IndexView.Matches decoded = page.units(gram);
                    assertNotNull(decoded, gram);
                    assertArrayEquals(lucene.units(), decoded.units(), gram);
                    assertArrayEquals(lucene.tf(), decoded.tf(), gram);
                }
                checked++;
            }
        }
        assertEquals(expected, new TreeSet<>(page.grams()), "the exported grams are the index's");
        assertEquals(expected.size(), page.grams().size(), "no gram is exported twice");
        for (String absent : List.of("饕餮宴", "饕餮", "饕", "zq", "qqq")) {
            if (!expected.contains(absent)) {
                assertTrue(absent.codePointCount(0, absent.length()) == 3 ? page.trigram(absent) == null : page.units(absent) == null, absent);
            }
        }

        UnitTable table = new UnitTable(corpus.speeches());
        assertArrayEquals(table.speechStart, page.speechStart);
        assertArrayEquals(table.headingCount, page.headings);
        assertEquals(table.units.size(), ((Number) page.meta("units")).intValue());
        for (UnitTable.Unit u : table.units) {
            Speech s = corpus.speeches().get(u.speech());
            List<List<String>> text = page.unitText(u.id(), u.speech());
            assertEquals(List.of(u.unit().anchor(), u.unit().text()), text.get(0));
            assertEquals(List.of(s.slug(), s.title(), s.date() == null ? "" : s.date().display()), text.get(1));
        }
        for (Theme t : themes.themes()) {
            TreeSet<Integer> speeches = new TreeSet<>();
            for (Mention m : t.mentions()) {
                for (int s = 0; s < corpus.speeches().size(); s++) {
                    if (corpus.speeches().get(s).slug().equals(m.speech())) {
                        speeches.add(s);
                    }
                }
            }
            assertArrayEquals(speeches.stream().mapToInt(Integer::intValue).toArray(), page.themeSpeeches(t.slug()), t.slug());
        }
        return checked;
    }

    @Test
    void aMiniCorpusDecodesToLucenesPostingsWithEveryKindOfFile() throws IOException {
        Corpus corpus = mini(tmp.resolve("mini"));
        ThemeMap themes = ThemeDetector.detect(corpus);
        Path index = index(corpus, themes, tmp.resolve("mini-index"));
        Exported e = export(corpus, themes, index, tmp.resolve("mini-out"), TINY);
        assertFalse(e.export().hints().heavy().isEmpty(), "the tiny layout makes heavy grams");
        assertTrue(e.export().hints().heavy().size() < roundTrip(corpus, themes, index, e), "and grams in buckets");
        int[] kinds = new ClientIndexReader(e.dir(), e.export().hints()).entryKinds();
        assertTrue(kinds[0] > 0 && kinds[1] > 0, "light groups and trigrams of heavy groups alone: " + kinds[0] + ", " + kinds[1]);
        assertTrue(e.export().files().stream().filter(f -> f.path().startsWith("search/t/")).count() > 3);
        assertTrue(roundTrip(corpus, themes, index, e) > 100);
    }

    @Test
    void theSeedsDecodeToLucenesPostings() throws IOException {
        Corpus corpus = CorpusReader.read(TestFiles.seeds());
        Path index = index(corpus, ThemeMap.EMPTY, tmp.resolve("seeds-index"));
        Exported e = export(corpus, ThemeMap.EMPTY, index, tmp.resolve("seeds-out"), ClientIndexExporter.Layout.DEFAULT);
        assertTrue(roundTrip(corpus, ThemeMap.EMPTY, index, e) > 10_000);
    }

    @Test
    void anIndexUpdatedInPlaceExportsTheSameBytesAsAFreshOne() throws IOException {
        Corpus corpus = mini(tmp.resolve("upd"));
        ThemeMap themes = ThemeDetector.detect(corpus);
        Path index = index(corpus, themes, tmp.resolve("upd-index"));
        Map<String, byte[]> fresh = contents(export(corpus, themes, index, tmp.resolve("upd-fresh"), TINY).dir());

        // The same units written in reverse order, then every document of the first speech replaced by term, as an
        // incremental build would: the old ones stay in the segment as deleted documents (no merge), the new ones
        // get new doc ids at the end.
        UnitTable table = new UnitTable(corpus.speeches());
        String first = corpus.speeches().get(0).slug();
        Map<String, java.util.Set<String>> unitThemes = new java.util.HashMap<>();
        for (Theme t : themes.themes()) {
            for (Mention m : t.mentions()) {
                unitThemes.computeIfAbsent(m.speech() + "#" + m.unit(), k -> new TreeSet<>()).add(t.slug());
            }
        }
        List<Document> all = new ArrayList<>();
        List<Document> again = new ArrayList<>();
        for (UnitTable.Unit u : table.units) {
            Speech s = corpus.speeches().get(u.speech());
            java.util.Set<String> th = unitThemes.getOrDefault(s.slug() + "#" + u.unit().index(), java.util.Set.of());
            all.add(0, LuceneIndexer.document(u, s, OutlinePaths.of(s), th));
            if (s.slug().equals(first)) {
                again.add(LuceneIndexer.document(u, s, OutlinePaths.of(s), th));
            }
        }
        Path other = tmp.resolve("upd-other");
        try (FSDirectory d = FSDirectory.open(other);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            w.addDocuments(all);
            w.commit();
            w.updateDocuments(new Term(Fields.SPEECH, first), again);
            w.commit();
        }
        try (FSDirectory d = FSDirectory.open(other); DirectoryReader r = DirectoryReader.open(d)) {
            assertTrue(r.maxDoc() > r.numDocs(), "the update left deleted documents");
        }
        index = other;
        Map<String, byte[]> updated = contents(export(corpus, themes, index, tmp.resolve("upd-updated"), TINY).dir());
        assertSameFiles(fresh, updated, "updated in place");
    }

    @Test
    void theBuildsUpdateReplacesOnlyChangedUnitsAndExportsAsAFreshIndex() throws IOException {
        Path dir = tmp.resolve("keyed");
        Corpus before = mini(dir);
        ThemeMap themesBefore = ThemeDetector.detect(before);
        Path last = tmp.resolve("keyed-last");
        Files.createDirectories(last);
        LuceneIndexer.Written first = LuceneIndexer.write(before.speeches(), new UnitTable(before.speeches()),
                themesBefore, last, null, threads);
        int units = new UnitTable(before.speeches()).units.size();
        assertEquals(new LuceneIndexer.Written(units, 0, 0), first, "a fresh index adds every unit");

        // One paragraph of the last speech in reading order changes: no unit before it moves.
        write(dir, "c.md", "---\ntitle: 丙\n---\n的的的的的的的的的的的的的的的的的的的的。\n\n一二三四五六。\n");
        Corpus after = CorpusReader.read(dir);
        ThemeMap themes = ThemeDetector.detect(after);
        Path updated = tmp.resolve("keyed-updated");
        Files.createDirectories(updated);
        LuceneIndexer.Written update = LuceneIndexer.write(after.speeches(), new UnitTable(after.speeches()), themes,
                updated, last, threads);
        assertEquals(new LuceneIndexer.Written(1, 1, 0), update, "one unit replaced");
        Path fresh = index(after, themes, tmp.resolve("keyed-fresh"));
        Map<String, byte[]> expected = contents(export(after, themes, fresh, tmp.resolve("keyed-fresh-out"), TINY).dir());
        Map<String, byte[]> actual = contents(export(after, themes, updated, tmp.resolve("keyed-updated-out"), TINY).dir());
        assertSameFiles(expected, actual, "updated by key");
        try (FSDirectory d = FSDirectory.open(last); DirectoryReader r = DirectoryReader.open(d)) {
            assertEquals(units, r.numDocs(), "the last index is left as it was");
        }

        // A paragraph added to the first speech in reading order moves every later unit: they are renumbered in
        // place, not indexed again.
        String a = Files.readString(dir.resolve("a.md"));
        write(dir, "a.md", a.replace("## 二、一案双查", "新加的一段。\n\n## 二、一案双查"));
        Corpus moved = CorpusReader.read(dir);
        ThemeMap movedThemes = ThemeDetector.detect(moved);
        Path again = tmp.resolve("keyed-again");
        Files.createDirectories(again);
        LuceneIndexer.Written renumber = LuceneIndexer.write(moved.speeches(), new UnitTable(moved.speeches()),
                movedThemes, again, updated, threads);
        assertEquals(1, renumber.added(), "only the new paragraph is indexed: " + renumber);
        assertTrue(renumber.renumbered() > 3, "the units after it are renumbered: " + renumber);
        Path freshAgain = index(moved, movedThemes, tmp.resolve("keyed-fresh-again"));
        Map<String, byte[]> expectedAgain = contents(export(moved, movedThemes, freshAgain, tmp.resolve("k-fa-out"), TINY).dir());
        Map<String, byte[]> actualAgain = contents(export(moved, movedThemes, again, tmp.resolve("k-a-out"), TINY).dir());
        assertSameFiles(expectedAgain, actualAgain, "renumbered");
    }

    /** The same file names with the same bytes. */
    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name + ", " + what);
        }
    }

    static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
