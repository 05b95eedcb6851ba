package wengao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.ThemeMap;
import wengao.themes.ThemeDetector;

/**
 * An export replayed from the last build's kept postings writes the very bytes a pass over Lucene writes, after
 * every kind of edit an editor makes: a paragraph changed in place, one added or taken away (the units of every
 * later speech move), a speech added, deleted or redated (speeches change order), several at once. The index is
 * updated in place from the last one, as a build does; the reference is exported from the same index by the pass.
 */
class PostingsReplayTest {

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

    /** Phrases speeches share, so that grams recur across them; one past the basic plane, Latin letters, digits. */
    private static final String[] PHRASES = {"全面从严治党", "党风廉政建设", "酒杯一端", "丢了饭碗", "𠀀𠀁𠀂", "问责",
        "一岗双责", "的", "ABC", "5G", "教育百遍不如问责一次", "真管真严", "敢管敢严", "长管长严", "廉", "一二三"};
    private static final String[] MARKS = {"，", "。", "！", "、", "；", ""};

    record Draft(String name, String title, String date, List<String> paragraphs) {
    }

    private static String sentence(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            s.append(PHRASES[r.nextInt(PHRASES.length)]).append(MARKS[r.nextInt(MARKS.length)]);
        }
        return s.toString();
    }

    private static Draft draft(Random r, int n) {
        return draft(r, n, 5);
    }

    private static Draft draft(Random r, int n, int most) {
        List<String> paragraphs = new ArrayList<>();
        int count = 1 + r.nextInt(most);
        for (int i = 0; i < count; i++) {
            paragraphs.add(r.nextInt(4) == 0 ? "## " + "一二三四五".charAt(i % 5) + "、" + sentence(r) : sentence(r));
        }
        return new Draft(String.format("s%03d.md", n), "讲话" + sentence(r), date(r), paragraphs);
    }

    private static String date(Random r) {
        return String.format("20%02d-%02d-%02d", 10 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static Corpus write(Path dir, List<Draft> drafts) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        for (Draft d : drafts) {
            StringBuilder md = new StringBuilder("---\ntitle: " + d.title() + "\ndate: " + d.date() + "\n---\n");
            for (String p : d.paragraphs()) {
                md.append('\n').append(p).append('\n');
            }
            Files.writeString(dir.resolve(d.name()), md);
        }
        return CorpusReader.read(dir);
    }

    /** One editor's change: what a build after it must export as if from scratch. */
    private static void edit(Random r, List<Draft> drafts, int[] names) {
        int kind = r.nextInt(7);
        edit(r, drafts, names, kind, r.nextInt(drafts.size()));
    }

    /** An edit of {@code kind} of draft {@code i}, or of any draft (one that adds a speech or makes several edits). */
    private static void edit(Random r, List<Draft> drafts, int[] names, int kind, int i) {
        Draft d = drafts.get(i);
        List<String> paragraphs = new ArrayList<>(d.paragraphs());
        switch (kind) {
            case 0 -> paragraphs.set(r.nextInt(paragraphs.size()), sentence(r));
            case 1 -> paragraphs.add(sentence(r));
            case 2 -> {
                if (paragraphs.size() > 1) {
                    paragraphs.remove(r.nextInt(paragraphs.size()));
                }
            }
            case 3 -> {
                if (drafts.size() > 2) {
                    drafts.remove(i);
                    return;
                }
            }
            case 4 -> {
                drafts.add(draft(r, names[0]++));
                return;
            }
            case 5 -> {
                drafts.set(i, new Draft(d.name(), d.title(), date(r), paragraphs));
                return;
            }
            default -> {
                edit(r, drafts, names);
                edit(r, drafts, names);
                return;
            }
        }
        drafts.set(i, new Draft(d.name(), d.title(), d.date(), paragraphs));
    }

    private static ClientIndexExporter.Export export(Corpus corpus, ThemeMap themes, Path index, Path out,
                                                     ClientIndexExporter.Layout layout, ClientIndexExporter.Kept kept)
            throws IOException {
        return export(corpus, themes, index, out, layout, kept, wengao.model.PageReuse.NONE);
    }

    private static ClientIndexExporter.Export export(Corpus corpus, ThemeMap themes, Path index, Path out,
                                                     ClientIndexExporter.Layout layout, ClientIndexExporter.Kept kept,
                                                     wengao.model.PageReuse reuse) throws IOException {
        try (FSDirectory d = FSDirectory.open(index); IndexView view = new IndexView(DirectoryReader.open(d))) {
            UnitTable table = new UnitTable(corpus.speeches());
            return ClientIndexExporter.export(view, table, corpus.speeches(), themes, out, threads, layout,
                    DeflatedShards.empty(), reuse, kept);
        }
    }

    private static ClientIndexExporter.Export build(Corpus corpus, Path work, Path lastWork,
                                                    ClientIndexExporter.Layout layout, ClientIndexExporter.Kept kept)
            throws IOException {
        return build(corpus, work, lastWork, layout, kept, wengao.model.PageReuse.NONE);
    }

    private static ClientIndexExporter.Export build(Corpus corpus, Path work, Path lastWork,
                                                    ClientIndexExporter.Layout layout, ClientIndexExporter.Kept kept,
                                                    wengao.model.PageReuse reuse) throws IOException {
        ThemeMap themes = ThemeDetector.detect(corpus);
        Path index = work.resolve(SearchIndexer.INDEX);
        Files.createDirectories(index);
        LuceneIndexer.write(corpus.speeches(), new UnitTable(corpus.speeches()), themes, index,
                lastWork == null ? null : lastWork.resolve(SearchIndexer.INDEX), threads);
        return export(corpus, themes, index, work.resolve("client"), layout, kept, reuse);
    }

    /** What the pass over Lucene exports from the index {@link #build} wrote into {@code work}. */
    private static ClientIndexExporter.Export pass(Corpus corpus, Path work, ClientIndexExporter.Layout layout)
            throws IOException {
        return export(corpus, ThemeDetector.detect(corpus), work.resolve(SearchIndexer.INDEX), work.resolve("pass"),
                layout, ClientIndexExporter.Kept.NONE);
    }

    /** Path → bytes of every file an export wrote. */
    private static TreeMap<String, String> files(ClientIndexExporter.Export e) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        for (wengao.model.OutputFile f : e.files()) {
            byte[] bytes = f.content() != null ? f.content() : Files.readAllBytes(f.source());
            out.put(f.path(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void sameExport(ClientIndexExporter.Export expected, ClientIndexExporter.Export actual, String step)
            throws IOException {
        assertEquals(expected.hints(), actual.hints(), step);
        TreeMap<String, String> want = files(expected);
        TreeMap<String, String> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), step);
        for (String path : want.keySet()) {
            assertEquals(want.get(path), got.get(path), step + ": " + path);
        }
    }

    /**
     * {@code bySource}: speeches are told unchanged by their sources' digests, as in a build; else by their texts,
     * as for a corpus made without files.
     */
    private static void replaysEveryEdit(long seed, ClientIndexExporter.Layout layout, boolean bySource)
            throws IOException {
        replaysEveryEdit(seed, layout, bySource, 6, 5, 14);
    }

    /** {@code speeches} to start with, of up to {@code paragraphs} each, then {@code steps} edits of any speech. */
    private static void replaysEveryEdit(long seed, ClientIndexExporter.Layout layout, boolean bySource, int speeches,
                                         int paragraphs, int steps) throws IOException {
        replaysEveryEdit(seed, layout, bySource, speeches, paragraphs, steps, false);
    }

    /** {@code atBlockEnds}: each edit is of a speech with a unit that ends a block of a list of units. */
    private static void replaysEveryEdit(long seed, ClientIndexExporter.Layout layout, boolean bySource, int speeches,
                                         int paragraphs, int steps, boolean atBlockEnds) throws IOException {
        Random r = new Random(seed);
        Path root = tmp.resolve("seed" + seed + "-" + layout.bucketChars());
        List<Draft> drafts = new ArrayList<>();
        int[] names = {0};
        for (int i = 0; i < speeches; i++) {
            drafts.add(draft(r, names[0]++, paragraphs));
        }
        Corpus corpus = write(root.resolve("content"), drafts);
        Path last = root.resolve("work0");
        build(corpus, last, null, layout, kept(null, last, corpus, bySource));
        int replayed = 0;
        for (int step = 1; step <= steps; step++) {
            if (atBlockEnds) {
                // The speech deleted, or all its paragraphs rewritten, takes its units out of the lists of grams
                // it no longer has: where one ended a block, the replay must join that block to the next.
                int i = atBlockEnd(r, corpus, drafts, layout.unitBlock());
                Draft d = drafts.get(i);
                switch (r.nextInt(3)) {
                    case 0 -> drafts.remove(i);
                    case 1 -> drafts.set(i, new Draft(d.name(), d.title(), d.date(),
                            d.paragraphs().stream().map(p -> sentence(r)).toList()));
                    default -> edit(r, drafts, names, r.nextInt(7), i);
                }
            } else {
                edit(r, drafts, names);
            }
            corpus = write(root.resolve("content"), drafts);
            Path next = root.resolve("work" + step);
            ClientIndexExporter.Export replay = build(corpus, next, last, layout, kept(last, next, corpus, bySource));
            ClientIndexExporter.Export pass = pass(corpus, next, layout);
            String where = "seed " + seed + ", step " + step;
            assertEquals(List.of(), replay.notes(), where);
            sameExport(pass, replay, where);
            KeptPostings.Loaded kept = KeptPostings.read(next);
            assertNotNull(kept.units(), where);
            assertEquals(2, kept.units().parts(), "a replay keeps the two parts the pass wrote: " + where);
            if (replay.replayed()) {
                replayed++;
            }
            last = next;
        }
        // Most steps must have been replayed.
        assertTrue(replayed >= steps * 5 / 7, "replayed " + replayed + " of " + steps + " steps");
    }

    /** A draft whose speech has a unit that ends a block ({@link BlockCuts}, as the export cuts them). */
    private static int atBlockEnd(Random r, Corpus corpus, List<Draft> drafts, int unitBlock) {
        UnitTable table = new UnitTable(corpus.speeches());
        BlockCuts cuts = BlockCuts.of(table, corpus.speeches(), unitBlock);
        List<Integer> found = new ArrayList<>();
        for (int s = 0; s < corpus.speeches().size(); s++) {
            for (UnitTable.Unit u : table.of(s)) {
                if (cuts.endsBlock(u.id())) {
                    String name = corpus.speeches().get(s).slug() + ".md";
                    for (int d = 0; d < drafts.size(); d++) {
                        if (drafts.get(d).name().equals(name)) {
                            found.add(d);
                        }
                    }
                }
            }
        }
        assertFalse(found.isEmpty(), "some speech has a unit that ends a block");
        return found.get(r.nextInt(found.size()));
    }

    private static ClientIndexExporter.Kept kept(Path last, Path next, Corpus corpus, boolean bySource) {
        assertFalse(bySource && corpus.sources().isEmpty(), "a corpus read from files has its sources' digests");
        // Every replay that can be is made, however many units moved, as the build makes it.
        return new ClientIndexExporter.Kept(last, next, bySource ? corpus.sources() : java.util.Map.of());
    }

    @Test
    void aReplayedExportIsThePassExportAfterEveryKindOfEdit() throws IOException {
        for (long seed = 1; seed <= 4; seed++) {
            replaysEveryEdit(seed, ClientIndexRoundTripTest.TINY, seed % 2 == 0);
        }
    }

    @Test
    void aReplayedExportIsThePassExportWithTheBuildsLayout() throws IOException {
        for (long seed = 11; seed <= 13; seed++) {
            replaysEveryEdit(seed, ClientIndexExporter.Layout.DEFAULT, seed != 12);
        }
    }

    /**
     * Edits of speeches with units that end blocks of the lists of units (small blocks: {@code TINY}), so that a
     * replay keeps some blocks' digits and codes others again, joins blocks and splits them.
     */
    @Test
    void aReplayedExportIsThePassExportWhenListsRunToManyBlocks() throws IOException {
        replaysEveryEdit(21, ClientIndexRoundTripTest.TINY, true, 40, 5, 14, true);
        int most = 0;
        Path last = tmp.resolve("seed21-" + ClientIndexRoundTripTest.TINY.bucketChars()).resolve("work14");
        try (KeptPostings.Cursor c = new KeptPostings.Cursor(last, KeptPostings.read(last).units().parts())) {
            for (KeptPostings.Gram g = c.next(); g != null; g = c.next()) {
                if (g.kind() == KeptPostings.Kind.PREFIX && !g.code().isEmpty()) { // empty: a light group's bigram
                    most = Math.max(most, WireDecoder.blocks(g.code()).size());
                }
            }
        }
        assertTrue(most >= 3, "the commonest gram's list has " + most + " blocks");
    }

    /**
     * With the last build's files offered as a build offers them, a replay after a speech's paragraphs are edited
     * fills only the buckets the edit's grams reach and takes the others as they were: the files are still the
     * pass's, byte for byte, whatever the edit (groups of trigrams cut the other way by it included: {@code TINY}'s
     * group size is a few codes).
     */
    @Test
    void aReplayFillingOnlyTheTouchedBucketsIsThePassExport() throws IOException {
        ClientIndexExporter.Layout middle = new ClientIndexExporter.Layout(20, 400, 60, 40).withUnitBlock(8);
        for (ClientIndexExporter.Layout layout : List.of(ClientIndexRoundTripTest.TINY, middle)) {
            Random r = new Random(31);
            Path root = tmp.resolve("touched-" + layout.groupChars());
            List<Draft> drafts = new ArrayList<>();
            int[] names = {0};
            for (int i = 0; i < 30; i++) {
                drafts.add(draft(r, names[0]++, 5));
            }
            Corpus corpus = write(root.resolve("content"), drafts);
            Path last = root.resolve("work0");
            OfferedPages offered = new OfferedPages(java.util.Map.of(), path -> null);
            offered = offered.next(build(corpus, last, null, layout, kept(null, last, corpus, true), offered));
            int steps = 16;
            int kept = 0;
            for (int step = 1; step <= steps; step++) {
                // Mostly a paragraph changed, added or taken away; now and then a speech added, deleted or redated.
                edit(r, drafts, names, step % 4 == 0 ? 3 + r.nextInt(3) : r.nextInt(3), r.nextInt(drafts.size()));
                corpus = write(root.resolve("content"), drafts);
                Path next = root.resolve("work" + step);
                ClientIndexExporter.Export replay = build(corpus, next, last, layout,
                        kept(last, next, corpus, true), offered);
                String where = "group " + layout.groupChars() + ", step " + step;
                assertEquals(List.of(), replay.notes(), where);
                sameExport(pass(corpus, next, layout), replay, where);
                if (replay.bucketsKept() > 0) {
                    kept++;
                }
                offered = offered.next(replay);
                last = next;
            }
            assertTrue(kept >= steps / 2, "buckets taken as they were in " + kept + " of " + steps + " steps");
        }
    }

    @Test
    void aReplayRenumbersEveryUnitWhenAllMoved() throws IOException {
        Random r = new Random(5);
        Path root = tmp.resolve("moved");
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            drafts.add(new Draft(String.format("s%03d.md", i), "讲话" + i, "2020-01-" + (10 + i), List.of(sentence(r))));
        }
        Corpus corpus = write(root.resolve("content"), drafts);
        Path last = root.resolve("work0");
        build(corpus, last, null, ClientIndexRoundTripTest.TINY, new ClientIndexExporter.Kept(null, last, corpus.sources()));
        // The first speech in reading order deleted: every other speech's units move.
        drafts.remove(0);
        corpus = write(root.resolve("content"), drafts);
        Path next = root.resolve("work1");
        ClientIndexExporter.Export built = build(corpus, next, last, ClientIndexRoundTripTest.TINY,
                new ClientIndexExporter.Kept(last, next, corpus.sources()));
        ClientIndexExporter.Export pass = pass(corpus, next, ClientIndexRoundTripTest.TINY);
        sameExport(pass, built, "moved");
        assertTrue(built.replayed(), "replayed, every unit renumbered, not read from the index");
    }

    @Test
    void damagedKeptPostingsAreNotedAndReadFromTheIndexInstead() throws IOException {
        Random r = new Random(99);
        Path root = tmp.resolve("damaged");
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            drafts.add(draft(r, i));
        }
        Corpus corpus = write(root.resolve("content"), drafts);
        Path last = root.resolve("work0");
        build(corpus, last, null, ClientIndexRoundTripTest.TINY, new ClientIndexExporter.Kept(null, last));
        Path part = KeptPostings.part(last, 0);
        try (RandomAccessFile f = new RandomAccessFile(part.toFile(), "rw")) {
            long at = f.length() / 2;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x10);
        }
        Path next = root.resolve("work1");
        ClientIndexExporter.Export replay = build(corpus, next, last, ClientIndexRoundTripTest.TINY,
                new ClientIndexExporter.Kept(last, next));
        ClientIndexExporter.Export pass = pass(corpus, next, ClientIndexRoundTripTest.TINY);
        assertEquals(1, replay.notes().size(), replay.notes().toString());
        assertTrue(replay.notes().get(0).contains("is damaged"), replay.notes().get(0));
        sameExport(pass, replay, "damaged");
        assertFalse(replay.replayed(), "read from the index");
    }

    @Test
    void aParagraphRewrittenLeavesTheSpeechsOtherUnitsNeitherGoneNorFresh() throws IOException {
        List<Draft> drafts = new ArrayList<>(List.of(
                new Draft("s000.md", "讲话一", "2020-01-01", List.of("全面从严治党。", "党风廉政建设。", "酒杯一端。", "问责。")),
                new Draft("s001.md", "讲话二", "2020-02-01", List.of("一岗双责。", "真管真严。"))));
        Corpus before = write(tmp.resolve("keeping/content"), drafts);
        UnitTable was = new UnitTable(before.speeches());
        List<KeptPostings.Span> last = KeptPostings.spans(was, before.speeches(), java.util.Map.of());
        drafts.set(0, new Draft("s000.md", "讲话一", "2020-01-01", List.of("全面从严治党。", "丢了饭碗。", "酒杯一端。", "问责。")));
        Corpus after = write(tmp.resolve("keeping/content"), drafts);
        UnitTable now = new UnitTable(after.speeches());
        PostingsReplay.Changes bySpeech = PostingsReplay.Changes.of(last,
                KeptPostings.spans(now, after.speeches(), java.util.Map.of()), now);
        int start = now.speechStart[0];
        int count = now.of(0).size();
        java.util.List<Integer> same = new ArrayList<>();
        int rewritten = -1;
        for (int u = start; u < start + count; u++) {
            assertTrue(bySpeech.isFresh(u) && bySpeech.goneWithin(u, u), "the edited speech changed as a whole");
            if (was.byId(u).unit().text().equals(now.byId(u).unit().text())) {
                same.add(u);
            } else {
                rewritten = u;
            }
        }
        assertEquals(count - 1, same.size(), "one unit rewritten: " + same);
        assertTrue(rewritten > start && rewritten < start + count - 1, "the rewritten unit is inside the speech");
        PostingsReplay.Changes kept = bySpeech.keeping(same.stream().mapToInt(Integer::intValue).toArray(), now);
        for (int u : same) {
            assertEquals(u, kept.renumber(u));
            assertFalse(kept.isFresh(u) || kept.goneWithin(u, u), "unit " + u);
        }
        assertEquals(-1, kept.renumber(rewritten));
        assertTrue(kept.isFresh(rewritten));
        assertArrayEquals(new int[] {rewritten, rewritten + 1}, kept.goneRanges(), "the gone range split around it");
        assertEquals(now.byId(rewritten).unit().text().length(), kept.freshChars);
        int other = now.speechStart[1];
        assertEquals(other, kept.renumber(other), "the other speech is untouched");
    }

    @Test
    void codePointOrderIsLucenesOrderPastTheBasicPlane() {
        assertTrue(PostingsReplay.CodePointOrder.compare("a\uFFFF", "a𠀀") < 0);
        assertTrue("a\uFFFF".compareTo("a𠀀") > 0, "String's order differs, which is why");
        assertTrue(PostingsReplay.CodePointOrder.compare("ab", "abc") < 0);
        assertEquals(0, PostingsReplay.CodePointOrder.compare("𠀀x", "𠀀x"));
        assertFalse(PostingsReplay.CodePointOrder.compare("b", "a") < 0);
    }
}
