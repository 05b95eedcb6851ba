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
import org.apache.lucene.index.MultiTerms;
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
     * postings a character). The spill changes what is in memory, never the files.
     */
    record Layout(int bucketChars, int heavyChars, int groupChars, int textBytes, long spillChars) {
        static final long SPILL_CHARS = 1_000_000;
        static final Layout DEFAULT = new Layout(4_000, 12_000, 12_000, 6_000);

        Layout(int bucketChars, int heavyChars, int groupChars, int textBytes) {
            this(bucketChars, heavyChars, groupChars, textBytes, SPILL_CHARS);
        }

        Layout withSpillChars(long chars) {
            return new Layout(bucketChars, heavyChars, groupChars, textBytes, chars);
        }
    }

    /** The spill's files, while the postings pass runs; deleted before the export returns. */
    static final String SPILL = ".spill";

    /** The exported files, and what the search page must know before any file arrives. */
    record Export(List<OutputFile> files, SearchPageHints hints) {
    }

    private ClientIndexExporter() {
    }

    /**
     * The export; {@code threads} are the build's, for a second core: the build renders pages on the shared pool
     * meanwhile, and work queued there would wait behind it.
     */
    static Export export(IndexView view, UnitTable table, List<Speech> speeches, ThemeMap themes, Path out,
                         Executor threads, Layout layout) throws IOException {
        return export(view, table, speeches, themes, out, threads, layout, DeflatedShards.empty(), PageReuse.NONE);
    }

    /**
     * The export, taking from {@code kept} the deflated text of shards the last build had, and from {@code reuse}
     * its text shard files where they are the same.
     */
    static Export export(IndexView view, UnitTable table, List<Speech> speeches, ThemeMap themes, Path out,
                         Executor threads, Layout layout, DeflatedShards kept, PageReuse reuse) throws IOException {
        ClientFiles files = new ClientFiles(out);
        long textChars = textChars(table);
        int buckets = bucketCount(textChars, layout.bucketChars());
        // Text and theme files do not depend on the postings: written alongside on a second core.
        CompletableFuture<int[]> side = CompletableFuture.supplyAsync(() -> {
            try {
                int[] shardStart = TextShards.write(files, table, speeches, layout.textBytes(), kept, reuse);
                int groups = ThemeShards.write(files, ThemeShards.read(view, themes));
                int[] result = java.util.Arrays.copyOf(shardStart, shardStart.length + 1);
                result[shardStart.length] = groups;
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threads);
        List<String> heavy = postings(view, files, out.resolve(SPILL),
                PostingsSpill.Groups.of(textChars, buckets, layout.spillChars()), layout, threads);
        int[] sideResult = join(side);
        int[] shardStart = java.util.Arrays.copyOf(sideResult, sideResult.length - 1);
        MetaFile.write(files, new MetaFile.Meta(table.units.size(), speeches.size(), buckets,
                sideResult[sideResult.length - 1], table.speechStart, table.headingCount, shardStart,
                MetaFile.years(speeches)));
        // The page carries the bucket count and the heavy grams, so it can ask for a query's postings the moment it
        // starts, while the browser is still loading the page.
        return new Export(files.files(), new SearchPageHints(buckets, heavy));
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
     * One pass over the trigram terms, in their sorted order. Each trigram is exported with its positions (one
     * padded once, a bigram ending a text, too); the frequencies of all trigrams sharing a first character (or first two) are summed into that
     * unigram's (or bigram's) postings, which are complete when the sorted terms move past the prefix. The pass is
     * split in two at a first character, so that no prefix straddles the halves: two workers, each with its own
     * buckets, which are joined in order, so the files are the same whatever the timing.
     */
    private static List<String> postings(IndexView view, ClientFiles files, Path spillDir, PostingsSpill.Groups groups,
                                         Layout layout, Executor threads) throws IOException {
        Terms terms = MultiTerms.getTerms(view.reader, Fields.G3);
        PostingsSpill firstSpill = null;
        PostingsSpill secondSpill = null;
        try {
            firstSpill = new PostingsSpill(spillDir, "first", groups);
            secondSpill = new PostingsSpill(spillDir, "second", groups);
            PostingsBuckets first = new PostingsBuckets(files, firstSpill, groups.buckets(), layout.heavyChars(),
                    layout.groupChars());
            PostingsBuckets second = new PostingsBuckets(files, secondSpill, groups.buckets(), layout.heavyChars(),
                    layout.groupChars());
            if (terms != null) {
                BytesRef split = splitPoint(terms);
                CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                    try {
                        pass(terms, view, split, null, second);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, threads);
                try {
                    pass(terms, view, null, split, first);
                } finally {
                    // The second worker may still be writing its spill: it must be done before the spill is deleted.
                    joinQuietly(other);
                }
                join(other);
            }
            firstSpill.close();
            secondSpill.close();
            PostingsBuckets.write(files, groups, firstSpill, secondSpill);
            List<String> heavy = new ArrayList<>(first.heavy());
            heavy.addAll(second.heavy());
            return heavy;
        } finally {
            if (firstSpill != null) {
                firstSpill.delete();
            }
            if (secondSpill != null) {
                secondSpill.delete();
            }
            try {
                Files.deleteIfExists(spillDir);
            } catch (IOException e) {
                // a file in it could not be deleted: publish takes only the files listed, so the build goes on
            }
        }
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

    /** The terms in [from, to) (null: the start or the end). */
    private static void pass(Terms terms, IndexView view, BytesRef from, BytesRef to, PostingsBuckets out)
            throws IOException {
        GramPrefix unigram = new GramPrefix(view.unitBound());
        GramPrefix bigram = new GramPrefix(view.unitBound());
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
                    unigram.moveTo(cps, 1, out);
                    bigram.moveTo(cps[1] == Fields.PAD ? null : cps, 2, out);
                    any = true;
                }
                int unit = view.docToUnit[d];
                int freq = pe.freq();
                unigram.add(unit, freq);
                bigram.add(unit, freq);
                if (positioned) {
                    rows.start(unit, freq);
                    for (int i = 0; i < freq; i++) {
                        rows.position(pe.nextPosition());
                    }
                }
            }
            if (positioned && any) {
                out.trigram(new String(cps, 0, 3), rows.encode());
            }
        }
        unigram.moveTo(null, 1, out);
        bigram.moveTo(null, 2, out);
    }
}
