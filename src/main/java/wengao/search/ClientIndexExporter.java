package wengao.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import wengao.model.OutputFile;
import wengao.model.PageReuse;
import wengao.model.SearchPageHints;
import wengao.model.Speech;
import wengao.model.ThemeMap;

/**
 * Exports the static search index from the Lucene index: the terms and postings of the gram field are read back
 * from Lucene (the text is not analysed a second time), so the browser finds exactly what {@code wengao search}
 * finds. Every document is seen through its stored unit number, never its Lucene doc id, and deleted documents
 * are skipped, so an index updated in place exports the same bytes as a fresh one. One class per kind of file:
 * {@link MetaFile}, {@link PostingsBuckets}, {@link HeavyPostings}, {@link TextShards}, {@link ThemeShards}; all
 * numbers are coded by {@link WireEncoder}.
 */
final class ClientIndexExporter {

    /**
     * How the index is cut into files. {@code bucketChars}: characters of text per postings bucket (the count is
     * a power of two); {@code heavyChars}: a gram's code longer than this gets a file of its own;
     * {@code groupChars}: the trigrams of a two-character prefix whose codes add up to more are bucketed one by one;
     * {@code textBytes}: a text shard closes at this many bytes of text; {@code spillChars}: characters of text
     * per {@link PostingsSpill} group, which is what the export holds of the postings at once (about six bytes of
     * postings a character). The spill changes what is in memory, never the files. {@code unitBlock}: the blocks
     * of a list of units hold about this many (a power of two; {@link WireEncoder#unitsWithFrequencies}).
     */
    record Layout(int bucketChars, int heavyChars, int groupChars, int textBytes, long spillChars, int unitBlock) {
        static final long SPILL_CHARS = 1_000_000;
        static final Layout DEFAULT = new Layout(4_000, 12_000, 12_000, 6_000);

        Layout {
            if (Integer.bitCount(unitBlock) != 1) {
                throw new IllegalArgumentException("unitBlock must be a power of two: " + unitBlock);
            }
        }

        Layout(int bucketChars, int heavyChars, int groupChars, int textBytes) {
            this(bucketChars, heavyChars, groupChars, textBytes, SPILL_CHARS, WireEncoder.BLOCK);
        }

        Layout withSpillChars(long chars) {
            return new Layout(bucketChars, heavyChars, groupChars, textBytes, chars, unitBlock);
        }

        Layout withUnitBlock(int units) {
            return new Layout(bucketChars, heavyChars, groupChars, textBytes, spillChars, units);
        }
    }

    /** The spill's files, while the postings pass runs; deleted before the export returns. */
    static final String SPILL = ".spill";

    /**
     * The exported files, what the search page must know before any file arrives, notes for the person
     * building about what of the last build was not trusted, and whether the postings were replayed from the last
     * build's (else read from Lucene).
     */
    record Export(List<OutputFile> files, SearchPageHints hints, List<String> notes, boolean replayed,
                  int bucketsKept) {
    }

    /**
     * Where the postings the export sent to the buckets are kept ({@link KeptPostings}): {@code last}, the last
     * build's work folder (null: none, read Lucene), and {@code next}, this build's (null: keep nothing);
     * {@code sources}, the digests of the speeches' sources by slug ({@link wengao.model.Corpus#sources}), which
     * tell a speech that did not change.
     */
    record Kept(Path last, Path next, java.util.Map<String, String> sources) {
        static final Kept NONE = new Kept(null, null, java.util.Map.of());

        Kept(Path last, Path next) {
            this(last, next, java.util.Map.of());
        }
    }

    private ClientIndexExporter() {
    }

    /**
     * The export; {@code threads} are the build's, for a second core: the build renders pages on the shared pool
     * meanwhile, and work queued there would wait behind it.
     */
    static Export export(IndexView view, UnitTable table, List<Speech> speeches, ThemeMap themes, Path out,
                         Executor threads, Layout layout) throws IOException {
        return export(view, table, speeches, themes, out, threads, layout, DeflatedShards.empty(), PageReuse.NONE,
                Kept.NONE);
    }

    /**
     * The export, taking from {@code kept} the deflated text of shards the last build had, and from {@code reuse}
     * its text shard files where they are the same, and from {@code postings} the postings of speeches that did not
     * change.
     */
    static Export export(IndexView view, UnitTable table, List<Speech> speeches, ThemeMap themes, Path out,
                         Executor threads, Layout layout, DeflatedShards kept, PageReuse reuse, Kept postings)
            throws IOException {
        ClientFiles files = new ClientFiles(out, reuse);
        long textChars = textChars(table);
        int buckets = bucketCount(textChars, layout.bucketChars());
        int unitBits = WireEncoder.unitBits(table.bound());
        BlockCuts cuts = BlockCuts.of(table, speeches, layout.unitBlock());
        // Text and theme files do not depend on the postings: written alongside on a second core.
        CompletableFuture<int[]> side = CompletableFuture.supplyAsync(() -> {
            try {
                int[] shardStart = TextShards.write(files, table, speeches, layout.textBytes(), kept, reuse,
                        postings.sources());
                int groups = ThemeShards.write(files, ThemeShards.read(view, themes));
                int[] result = java.util.Arrays.copyOf(shardStart, shardStart.length + 1);
                result[shardStart.length] = groups;
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threads);
        List<String> notes = new ArrayList<>();
        Postings made = postings(view, table, speeches, out, textChars,
                PostingsSpill.Groups.of(textChars, buckets, layout.spillChars()), layout, unitBits, cuts, threads,
                postings, reuse, notes);
        List<String> heavy = made.heavy();
        int[] sideResult = join(side);
        int[] shardStart = java.util.Arrays.copyOf(sideResult, sideResult.length - 1);
        MetaFile.write(files, new MetaFile.Meta(table.units.size(), speeches.size(), buckets,
                sideResult[sideResult.length - 1], table.speechStart, table.headingCount, shardStart,
                MetaFile.years(speeches), unitBits));
        // The page carries the bucket count and the heavy grams, so it can ask for a query's postings the moment it
        // starts, while the browser is still loading the page.
        List<OutputFile> all = new ArrayList<>(files.files());
        all.addAll(made.files().files());
        all.sort(java.util.Comparator.comparing(OutputFile::path));
        return new Export(all, new SearchPageHints(buckets, heavy, unitBits), notes, made.replayed(), made.bucketsKept());
    }

    /** About one bucket per {@code chars} characters of text, a power of two between 16 and 16,384. */
    static int bucketCount(long total, int chars) {
        int b = 16;
        while (b < 16_384 && (long) b * chars < total) {
            b *= 2;
        }
        return b;
    }

    static long textChars(UnitTable table) {
        return table.units.stream().mapToLong(u -> u.unit().text().length()).sum();
    }

    private static <T> T join(CompletableFuture<T> f) throws IOException {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
    }

    /**
     * The postings buckets, replayed from the last build's kept postings ({@link PostingsReplay}) where it kept
     * them and few speeches changed, else read from Lucene; this build's are kept for the next either way. A
     * replay that fails is noted and the postings are read from Lucene instead: the kept postings are a saving,
     * never a requirement.
     */
    private static Postings postings(IndexView view, UnitTable table, List<Speech> speeches, Path out,
                                     long textChars, PostingsSpill.Groups groups, Layout layout, int unitBits,
                                     BlockCuts cuts, Executor threads, Kept kept, PageReuse reuse,
                                     List<String> notes)
            throws IOException {
        Path spillDir = out.resolve(SPILL);
        List<KeptPostings.Span> spans = KeptPostings.spans(table, speeches, kept.sources());
        if (kept.last() != null) {
            KeptPostings.Loaded last = KeptPostings.read(kept.last());
            if (last.distrust() != null) {
                notes.add("the search index's kept postings (" + KeptPostings.UNITS + ") " + last.distrust()
                        + ": read from the index instead");
            }
            // Codes whose first units took another number of bits are not read again: the export reads Lucene.
            PostingsReplay.Changes changes = last.units() == null || last.units().unitBits() != unitBits ? null
                    : PostingsReplay.Changes.of(last.units().spans(), spans, table);
            // Also when most unchanged units moved (a speech added or deleted early in reading order), when the
            // replay codes again nearly every posting: it still costs less than reading Lucene's.
            if (changes != null && changes.freshChars <= replayLimit(textChars)) {
                ClientFiles files = new ClientFiles(out, reuse);
                try {
                    Plan plan = plan(last.units(), kept, changes, table);
                    Replayed replay = replayed(plan, last.units(), kept, files, spillDir, groups, layout, unitBits,
                            cuts, threads, true);
                    if (replay == null) {
                        // A group crossed the group size: its trigrams moved to buckets this replay did not fill.
                        files = new ClientFiles(out, reuse);
                        replay = replayed(plan, last.units(), kept, files, spillDir, groups, layout, unitBits,
                                cuts, threads, false);
                    }
                    keepUnits(kept, spans, Math.min(2, last.units().parts()), layoutOf(groups, layout), unitBits);
                    return new Postings(files, replay.heavy(), true, replay.kept());
                } catch (IOException | RuntimeException e) {
                    // What the replay wrote is dropped with its file list: publish takes only the files listed.
                    notes.add("the search index's kept postings could not be replayed (" + e.getMessage()
                            + "): read from the index instead");
                }
            }
        }
        ClientFiles files = new ClientFiles(out, reuse);
        List<String> heavy = read(view, files, spillDir, groups, layout, unitBits, cuts, threads, kept.next());
        keepUnits(kept, spans, 2, layoutOf(groups, layout), unitBits);
        return new Postings(files, heavy, false, 0);
    }

    /**
     * The postings files, the heavy grams among them, whether they were replayed and how many buckets were taken
     * as the last build left them.
     */
    private record Postings(ClientFiles files, List<String> heavy, boolean replayed, int bucketsKept) {
    }

    /** A replay's heavy grams and how many buckets it took as they were. */
    private record Replayed(List<String> heavy, int kept) {
    }

    /** What decides which bucket an entry goes to and what it holds: a kept bucket is one of the same cut. */
    private static String layoutOf(PostingsSpill.Groups groups, Layout layout) {
        return "buckets " + groups.buckets() + ", heavy " + layout.heavyChars() + ", group " + layout.groupChars()
                + ", block " + layout.unitBlock();
    }

    /**
     * How many characters of changed speeches a replay takes on: their grams are held in memory, and past about
     * half the text, reading Lucene again costs less.
     */
    private static long replayLimit(long textChars) {
        return Math.min(REPLAY_CHARS, textChars / 2);
    }

    private static final long REPLAY_CHARS = 400_000;

    private static void keepUnits(Kept kept, List<KeptPostings.Span> spans, int parts, String layout,
                                  int unitBits) throws IOException {
        if (kept.next() != null) {
            KeptPostings.writeUnits(kept.next(), new KeptPostings.Units(spans, parts, layout, unitBits));
        }
    }

    /** Writes part {@code n} of this build's kept postings, or runs {@code body} into nothing when none is kept. */
    private static void keepPart(Path next, int n, wengao.text.KeptFile.Writer body) throws IOException {
        if (next == null) {
            body.write(new java.io.DataOutputStream(java.io.OutputStream.nullOutputStream()));
        } else {
            KeptPostings.writePart(next, n, body);
        }
    }

    /**
     * What a replay works from, found once even when the replay is made twice: the changes (units whose text is the
     * same as a gone unit's kept as they were, their texts read from the last index), the grams only gone units had,
     * the fresh units' grams, and where the last build's second part begins.
     */
    private record Plan(PostingsReplay.Changes changes, java.util.Set<String> dropped, PostingsReplay.NewGrams fresh,
                        int parts, String split) {
    }

    private static Plan plan(KeptPostings.Units last, Kept kept, PostingsReplay.Changes bySpeech, UnitTable table)
            throws IOException {
        java.util.Map<Integer, String> goneTexts = goneTexts(kept.last().resolve(SearchIndexer.INDEX), bySpeech);
        PostingsReplay.Changes changes = goneTexts == null ? bySpeech
                : bySpeech.keeping(sameUnits(goneTexts, bySpeech, table), table);
        java.util.Set<String> dropped = goneTexts == null ? null : droppedGrams(goneTexts, changes);
        int parts = Math.min(2, last.parts());
        return new Plan(changes, dropped, PostingsReplay.fresh(table, changes), parts,
                parts == 2 ? KeptPostings.Cursor.firstCharacter(kept.last(), 1) : null);
    }

    /**
     * The replay: each part of the last build's kept postings on a worker of its own, with its own buckets, joined
     * in order as the pass's are, so the files are the same whatever the timing. The parts split the terms at a
     * first character (see {@link #read}); the new terms go to the part of theirs. A kept export of one part is
     * replayed on one worker. {@code onlyTouched}: fill only the buckets a changed speech's grams reach, where that
     * is sound ({@link TouchedBuckets}), taking the others as the last build left them; null when that missed one.
     */
    private static Replayed replayed(Plan plan, KeptPostings.Units last, Kept kept, ClientFiles files, Path spillDir,
                                     PostingsSpill.Groups groups, Layout layout, int unitBits, BlockCuts cuts,
                                     Executor threads, boolean onlyTouched) throws IOException {
        PostingsReplay.Changes changes = plan.changes();
        java.util.Set<String> dropped = plan.dropped();
        PostingsReplay.NewGrams fresh = plan.fresh();
        int parts = plan.parts();
        String split = plan.split();
        TouchedBuckets touched = null;
        if (onlyTouched && dropped != null && !changes.anyMoved() && layoutOf(groups, layout).equals(last.layout())) {
            List<String> grams = new ArrayList<>(dropped);
            grams.addAll(fresh.terms.keySet());
            grams.addAll(fresh.prefixes.keySet());
            touched = TouchedBuckets.of(groups.buckets(), b -> files.intact(PostingsBuckets.name(b)), grams);
        }
        List<String> heavy = inTwo(files, spillDir, groups, layout, threads, touched,
                buckets -> replayPart(kept, changes, fresh, null, split, dropped, buckets, 0,
                        parts < 2 ? last.parts() : 1, unitBits, cuts),
                parts < 2 ? null
                        // An empty second part (the pass found no split) takes no new terms: the empty range.
                        : buckets -> replayPart(kept, changes, fresh, split == null ? "" : split,
                                split == null ? "" : null, dropped, buckets, 1, last.parts(), unitBits, cuts));
        return heavy == null ? null : new Replayed(heavy, touched == null ? 0 : touched.kept(groups.buckets()));
    }

    /** What one worker of the postings does with its buckets. */
    private interface Worker {
        void run(PostingsBuckets buckets) throws IOException;
    }

    /**
     * Two workers, each with its own buckets, {@code second} (null: none) on another thread; their buckets are
     * joined in order, so the files are the same whatever the timing. Returns the heavy grams, or null (nothing
     * written but heavy grams' files) when {@code touched} (null: fill all) missed a bucket.
     */
    private static List<String> inTwo(ClientFiles files, Path spillDir, PostingsSpill.Groups groups, Layout layout,
                                      Executor threads, TouchedBuckets touched, Worker first, Worker second)
            throws IOException {
        PostingsSpill firstSpill = null;
        PostingsSpill secondSpill = null;
        try {
            firstSpill = new PostingsSpill(spillDir, "first", groups);
            secondSpill = new PostingsSpill(spillDir, "second", groups);
            PostingsBuckets firstBuckets = new PostingsBuckets(files, firstSpill, groups.buckets(),
                    layout.heavyChars(), layout.groupChars(), touched);
            PostingsBuckets secondBuckets = new PostingsBuckets(files, secondSpill, groups.buckets(),
                    layout.heavyChars(), layout.groupChars(), touched);
            CompletableFuture<Void> other = second == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> {
                        try {
                            second.run(secondBuckets);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, threads);
            try {
                first.run(firstBuckets);
            } finally {
                // The second worker may still be writing its spill: it must be done before the spill is deleted.
                joinQuietly(other);
            }
            join(other);
            firstSpill.close();
            secondSpill.close();
            if (touched != null && touched.missed()) {
                return null;
            }
            PostingsBuckets.write(files, groups, firstSpill, secondSpill, touched, threads);
            List<String> heavy = new ArrayList<>(firstBuckets.heavy());
            heavy.addAll(secondBuckets.heavy());
            return heavy;
        } finally {
            deleteSpills(spillDir, firstSpill, secondSpill);
        }
    }

    /**
     * Replays kept parts [{@code part}, {@code end}) into {@code buckets}, the new terms whose first character is
     * in [{@code from}, {@code to}) with them, and keeps what it sends as part {@code part} of this build's.
     */
    private static void replayPart(Kept kept, PostingsReplay.Changes changes, PostingsReplay.NewGrams fresh,
                                   String from, String to, java.util.Set<String> dropped, PostingsBuckets buckets,
                                   int part, int end, int unitBits, BlockCuts cuts) throws IOException {
        PostingsReplay.Sink sink = new PostingsReplay.Sink() {
            @Override
            public void trigram(String gram, String code, int lastLength) {
                buckets.trigram(gram, code, lastLength);
            }

            @Override
            public void gone(String gram, int lastLength) {
                buckets.gone(gram, lastLength);
            }

            @Override
            public void prefix(String gram, String code) throws IOException {
                buckets.add(gram, code);
            }

            @Override
            public boolean takesBigram() {
                return buckets.takesBigram();
            }
        };
        try (KeptPostings.Cursor cursor = new KeptPostings.Cursor(kept.last(), part, end)) {
            keepPart(kept.next(), part, o -> PostingsReplay.replay(cursor, changes, fresh, from, to, dropped, sink,
                    o, cuts, unitBits));
        }
    }

    /**
     * The texts the last build's units that are gone had, by unit, read from the last build's index; null when they
     * cannot be read (every code that covers such a unit is then coded again).
     */
    private static java.util.Map<Integer, String> goneTexts(Path lastIndex, PostingsReplay.Changes changes) {
        int[] gone = changes.goneRanges();
        if (gone.length == 0) {
            return java.util.Map.of();
        }
        int wanted = 0;
        for (int i = 0; i < gone.length; i += 2) {
            wanted += gone[i + 1] - gone[i];
        }
        try (FSDirectory dir = new org.apache.lucene.store.NIOFSDirectory(lastIndex);
             DirectoryReader reader = DirectoryReader.open(dir)) {
            NumericDocValues units = MultiDocValues.getNumericValues(reader, Fields.UNIT);
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            java.util.Map<Integer, String> texts = new java.util.TreeMap<>();
            java.util.Set<String> field = java.util.Set.of(Fields.TEXT);
            for (int d = units == null ? DocIdSetIterator.NO_MORE_DOCS : units.nextDoc();
                 d != DocIdSetIterator.NO_MORE_DOCS; d = units.nextDoc()) {
                int unit = (int) units.longValue();
                if ((live == null || live.get(d)) && changes.goneWithin(unit, unit)) {
                    String text = stored.document(d, field).get(Fields.TEXT);
                    if (text == null) {
                        return null;
                    }
                    texts.put(unit, text);
                }
            }
            return texts.size() == wanted ? texts : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The grams of the units still gone once the same ones are kept. */
    private static java.util.Set<String> droppedGrams(java.util.Map<Integer, String> goneTexts,
                                                      PostingsReplay.Changes changes) {
        List<String> texts = new ArrayList<>();
        goneTexts.forEach((unit, text) -> {
            if (changes.renumber(unit) < 0) {
                texts.add(text);
            }
        });
        return PostingsReplay.grams(texts);
    }

    /** The units gone whose numbers hold the same texts in this build, ascending (see {@code Changes.keeping}). */
    private static int[] sameUnits(java.util.Map<Integer, String> goneTexts, PostingsReplay.Changes changes,
                                   UnitTable table) {
        return goneTexts.entrySet().stream()
                .filter(e -> changes.isFresh(e.getKey()) && e.getValue().equals(table.byId(e.getKey()).unit().text()))
                .mapToInt(java.util.Map.Entry::getKey)
                .toArray();
    }

    private static void deleteSpills(Path spillDir, PostingsSpill first, PostingsSpill second) {
        if (first != null) {
            first.delete();
        }
        if (second != null) {
            second.delete();
        }
        try {
            Files.deleteIfExists(spillDir);
        } catch (IOException e) {
            // a file in it could not be deleted: publish takes only the files listed, so the build goes on
        }
    }

    /**
     * One pass over the trigram terms, in their sorted order. Each trigram is exported with its positions (one
     * padded once, a bigram ending a text, too); the frequencies of all trigrams sharing a first character (or
     * first two) are summed into that unigram's (or bigram's) postings, which are complete when the sorted terms
     * move past the prefix. The pass is split in two at a first character, so that no prefix straddles the
     * halves: two workers, each with its own buckets, which are joined in order, so the files are the same
     * whatever the timing. What each worker sends its buckets is kept in {@code next} for the next build.
     */
    private static List<String> read(IndexView view, ClientFiles files, Path spillDir, PostingsSpill.Groups groups,
                                     Layout layout, int unitBits, BlockCuts cuts, Executor threads, Path next)
            throws IOException {
        Terms terms = MultiTerms.getTerms(view.reader, Fields.G3);
        BytesRef split = terms == null ? null : splitPoint(terms);
        return inTwo(files, spillDir, groups, layout, threads, null,
                buckets -> keepPart(next, 0, out -> pass(terms, view, null, split, buckets, out, cuts,
                        unitBits)),
                // No split (every term has one first character): the first worker takes them all.
                buckets -> keepPart(next, 1, out -> {
                    if (split != null) {
                        pass(terms, view, split, null, buckets, out, cuts, unitBits);
                    }
                }));
    }

    private static void joinQuietly(CompletableFuture<?> f) {
        try {
            f.join();
        } catch (CompletionException e) {
            // reported by join
        }
    }

    /**
     * The first term whose first character begins the second half of the positions. Term statistics count
     * deleted documents too, so the split (not the files) may move after an update.
     */
    private static BytesRef splitPoint(Terms terms) throws IOException {
        long total = terms.getSumTotalTermFreq();
        TermsEnum te = terms.iterator();
        long seen = 0;
        String previousFirst = null;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String firstChar = new String(t.utf8ToString().codePoints().limit(1).toArray(), 0, 1);
            if (seen * 2 >= total && !firstChar.equals(previousFirst)) {
                return BytesRef.deepCopyOf(t);
            }
            previousFirst = firstChar;
            seen += te.totalTermFreq();
        }
        return null;
    }

    /**
     * The terms in [from, to) (null: the start or the end; no terms at all: nothing), sent to {@code out} and
     * written to {@code kept} as {@link KeptPostings} records.
     */
    private static void pass(Terms terms, IndexView view, BytesRef from, BytesRef to, PostingsBuckets out,
                             java.io.DataOutputStream kept, BlockCuts cuts, int unitBits) throws IOException {
        if (terms == null) {
            return;
        }
        GramPrefix.Sink prefixes = (gram, code, first, last) -> {
            out.add(gram, code);
            KeptPostings.write(kept, code == null ? KeptPostings.uncoded(gram)
                    : new KeptPostings.Gram(KeptPostings.Kind.PREFIX, gram, first, last, code));
        };
        GramPrefix unigram = new GramPrefix(view.unitBound(), cuts);
        GramPrefix bigram = new GramPrefix(view.unitBound(), cuts);
        TermsEnum te = terms.iterator();
        BytesRef term;
        if (from == null) {
            term = te.next();
        } else {
            term = te.seekCeil(from) == TermsEnum.SeekStatus.END ? null : te.term();
        }
        PostingsEnum pe = null;
        TrigramRows rows = new TrigramRows();
        for (; term != null && (to == null || term.compareTo(to) < 0); term = te.next()) {
            int[] cps = term.utf8ToString().codePoints().toArray();
            boolean positioned = cps[1] != Fields.PAD;
            pe = te.postings(pe, positioned ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
            rows.clear();
            boolean any = false;
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (!view.isLive(d)) {
                    continue;
                }
                if (!any) {
                    // A term only deleted documents carry does not exist for the export, nor its prefixes.
                    unigram.moveTo(cps, 1, prefixes);
                    bigram.moveTo(cps[1] == Fields.PAD ? null : cps, 2, prefixes, out.takesBigram());
                    any = true;
                }
                int unit = view.docToUnit[d];
                int freq = pe.freq();
                unigram.add(unit, freq);
                bigram.add(unit, freq);
                rows.start(unit, freq);
                if (positioned) {
                    for (int i = 0; i < freq; i++) {
                        rows.position(pe.nextPosition());
                    }
                }
            }
            if (!any) {
                continue;
            }
            String gram = new String(cps, 0, 3);
            String code = positioned ? rows.encode(unitBits) : rows.encodeUnits(cuts);
            if (positioned) {
                out.trigram(gram, code);
            }
            KeptPostings.write(kept, new KeptPostings.Gram(positioned ? KeptPostings.Kind.TRIGRAM
                    : KeptPostings.Kind.TERM, gram, rows.first(), rows.last(), code));
        }
        unigram.moveTo(null, 1, prefixes);
        bigram.moveTo(null, 2, prefixes, out.takesBigram());
    }
}
