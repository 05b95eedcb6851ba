package wengao.search;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import wengao.text.NormalizedText;

/**
 * The postings of an updated index from the last build's ({@link KeptPostings}), not from Lucene: its records are
 * replayed in term order into the buckets, each code as it was unless the speeches that changed touch it. A code
 * touched is taken apart ({@link WireDecoder}), the units of changed speeches dropped, the units of speeches that
 * moved renumbered, the changed speeches' new units (their text cut into trigrams as {@link GramTokenStream}
 * cuts it) merged in, and coded again. Unigrams and bigrams are finished where the export's pass over Lucene's
 * terms finishes them, so the buckets receive exactly what that pass would send, in the same order.
 */
final class PostingsReplay {

    /** Where a replayed record goes: the buckets, and the next build's kept records. */
    interface Sink {
        /** A trigram's rows; {@code lastLength}, the length of its code in the last build (−1: it had none). */
        void trigram(String gram, String code, int lastLength) throws IOException;

        /** A trigram of the last build's, whose code was {@code lastLength} long, that this build does not have. */
        void gone(String gram, int lastLength) throws IOException;

        /** A unigram's code, or a bigram's: null for a bigram not {@link #takesBigram taken}. */
        void prefix(String gram, String code) throws IOException;

        /** Whether the bigram about to be flushed, after its trigrams, is wanted with its code. */
        boolean takesBigram();
    }

    private final Changes changes;
    private final BlockCuts cuts;
    private final int unitBits;
    private final NewGrams fresh;
    private final Set<String> dropped;
    private final Sink sink;
    private final DataOutputStream kept;
    private final Map<String, KeptPostings.Gram> pendingPrefixes = new HashMap<>();
    private int[] unigram;
    private int[] bigram;
    /** The codes of the trigrams the current bigram begins, as this build has them. */
    private final List<String> bigramRows = new ArrayList<>();

    private PostingsReplay(Changes changes, NewGrams fresh, Set<String> dropped, Sink sink, DataOutputStream kept,
                           BlockCuts cuts, int unitBits) {
        this.cuts = cuts;
        this.unitBits = unitBits;
        this.changes = changes;
        this.fresh = fresh;
        this.dropped = dropped;
        this.sink = sink;
        this.kept = kept;
    }

    /**
     * Replays {@code last}'s records, read through {@code cursor}, for {@code table}; {@code droppedGrams}: the
     * grams of the last build's units that are gone (null when their texts are unknown: every code that covers
     * such a unit is then coded again). Writes this build's records to {@code kept}.
     */
    static void replay(KeptPostings.Cursor cursor, Changes changes, UnitTable table, Set<String> droppedGrams,
                       Sink sink, DataOutputStream kept, BlockCuts cuts, int unitBits) throws IOException {
        replay(cursor, changes, NewGrams.of(table, changes.freshUnits()), null, null, droppedGrams, sink, kept,
                cuts, unitBits);
    }

    /**
     * The same for the records of one part of the kept postings, which hold every term whose first character is
     * in [{@code from}, {@code to}) (null: no bound; one character each): of the new terms, only those.
     */
    static void replay(KeptPostings.Cursor cursor, Changes changes, NewGrams fresh, String from, String to,
                       Set<String> droppedGrams, Sink sink, DataOutputStream kept, BlockCuts cuts, int unitBits)
            throws IOException {
        PostingsReplay r = new PostingsReplay(changes, fresh, droppedGrams, sink, kept, cuts, unitBits);
        java.util.NavigableMap<String, NewGrams.Term> terms = fresh.terms;
        if (from != null) {
            terms = terms.tailMap(from, true);
        }
        if (to != null) {
            terms = terms.headMap(to, false);
        }
        r.run(cursor, terms);
    }

    /** The grams of the fresh units of {@code changes}, for the replays of every part. */
    static NewGrams fresh(UnitTable table, Changes changes) {
        return NewGrams.of(table, changes.freshUnits());
    }

    private void run(KeptPostings.Cursor cursor, java.util.NavigableMap<String, NewGrams.Term> terms)
            throws IOException {
        Iterator<Map.Entry<String, NewGrams.Term>> news = terms.entrySet().iterator();
        Map.Entry<String, NewGrams.Term> nextNew = news.hasNext() ? news.next() : null;
        KeptPostings.Gram nextOld = nextTerm(cursor);
        while (nextOld != null || nextNew != null) {
            int c = nextOld == null ? 1 : nextNew == null ? -1 : CodePointOrder.compare(nextOld.gram(), nextNew.getKey());
            if (c < 0) {
                term(nextOld.gram(), nextOld, null);
                nextOld = nextTerm(cursor);
            } else if (c > 0) {
                term(nextNew.getKey(), null, nextNew.getValue());
                nextNew = news.hasNext() ? news.next() : null;
            } else {
                term(nextOld.gram(), nextOld, nextNew.getValue());
                nextOld = nextTerm(cursor);
                nextNew = news.hasNext() ? news.next() : null;
            }
        }
        flush(unigram);
        flush(bigram);
    }

    /** The next term record; the prefix records before it wait until the replay finishes their prefixes. */
    private KeptPostings.Gram nextTerm(KeptPostings.Cursor cursor) throws IOException {
        for (KeptPostings.Gram g = cursor.next(); g != null; g = cursor.next()) {
            if (g.kind() == KeptPostings.Kind.PREFIX) {
                pendingPrefixes.put(g.gram(), g);
            } else {
                return g;
            }
        }
        return null;
    }

    private void term(String gram, KeptPostings.Gram old, NewGrams.Term added) throws IOException {
        int c0 = gram.codePointAt(0);
        int c1 = gram.codePointAt(Character.charCount(c0));
        boolean positioned = c1 != Fields.PAD;
        KeptPostings.Gram now;
        if (old != null && added == null && !touched(old)) {
            now = old;
        } else if (positioned) {
            // Units that only moved (none gone, none new): their code is rewritten where it changes, if it can be.
            KeptPostings.Gram moved = old != null && added == null && !goneHere(old) ? moved(gram, old) : null;
            now = moved != null ? moved : rows(gram, old, added);
        } else {
            now = units(KeptPostings.Kind.TERM, gram, old, added == null ? null : added.units());
        }
        if (now == null) {
            if (positioned) {
                sink.gone(gram, old.code().length());
            }
            return; // only units that are gone had it: for the buckets, it no longer exists
        }
        // The pass over Lucene's terms moves its unigram, then its bigram, at every term: so does this.
        if (unigram == null || unigram[0] != c0) {
            flush(unigram);
            unigram = new int[] {c0};
        }
        if (positioned ? bigram == null || bigram[0] != c0 || bigram[1] != c1 : bigram != null) {
            flush(bigram);
            bigram = positioned ? new int[] {c0, c1} : null;
            bigramRows.clear();
        }
        if (positioned) {
            bigramRows.add(now.code());
            sink.trigram(gram, now.code(), old == null ? -1 : old.code().length());
        }
        KeptPostings.write(kept, now);
    }

    private void flush(int[] prefix) throws IOException {
        if (prefix == null) {
            return;
        }
        String gram = new String(prefix, 0, prefix.length);
        KeptPostings.Gram old = pendingPrefixes.remove(gram);
        if (prefix.length == 2) {
            if (!sink.takesBigram()) {
                sink.prefix(gram, null);
                KeptPostings.write(kept, KeptPostings.uncoded(gram));
                return;
            }
            if (old == null || old.code().isEmpty()) {
                // A group that was light (or is new): its bigram is the sum of its rows, as the page sums them.
                KeptPostings.Gram now = summed(gram);
                sink.prefix(gram, now.code());
                KeptPostings.write(kept, now);
                return;
            }
        }
        NewGrams.Units added = fresh.prefixes.get(gram);
        KeptPostings.Gram now = old != null && added == null && !touched(old) ? old
                : units(KeptPostings.Kind.PREFIX, gram, old, added);
        if (now == null) {
            throw new IllegalStateException("the prefix " + gram + " of a term has no units");
        }
        sink.prefix(gram, now.code());
        KeptPostings.write(kept, now);
    }

    /**
     * A trigram's rows whose units are all still there, only moved: when all by the same step, only the first unit's
     * bits change ({@link WireEncoder#shiftedRows}); when by one step up to a point and another after it, only those
     * and one gap ({@link #regapped}). Null otherwise: the rows are coded again.
     */
    private KeptPostings.Gram moved(String gram, KeptPostings.Gram old) {
        if (changes.movesEvenly(old.first(), old.last())) {
            int first = changes.renumber(old.first());
            return new KeptPostings.Gram(KeptPostings.Kind.TRIGRAM, gram, first, changes.renumber(old.last()),
                    WireEncoder.shiftedRows(old.code(), unitBits, first));
        }
        return changes.movesInTwoSteps(old.first(), old.last()) ? regapped(gram, old) : null;
    }

    /**
     * A trigram's rows whose units are all still there and moved by one step up to a point and by another after it
     * (a speech added or deleted among them): the code with its first unit and that one gap written anew, the rest
     * of its bits copied; null when the units moved otherwise, or the new gap calls for another parameter.
     */
    private KeptPostings.Gram regapped(String gram, KeptPostings.Gram old) {
        WireDecoder.RowFields fields = WireDecoder.rowFields(old.code(), unitBits);
        int[] units = new int[fields.units().length];
        int changed = -1;
        for (int i = 0; i < units.length; i++) {
            units[i] = changes.renumber(fields.units()[i]);
            if (i > 0 && units[i] - units[i - 1] != fields.units()[i] - fields.units()[i - 1]) {
                if (changed >= 0) {
                    return null;
                }
                changed = i;
            }
        }
        if (changed < 0) {
            return null; // the step changes between units the gram is not in: every gap is as it was
        }
        String code = WireEncoder.regapped(fields, units, changed, unitBits);
        return code == null ? null : new KeptPostings.Gram(KeptPostings.Kind.TRIGRAM, gram, units[0],
                units[units.length - 1], code);
    }

    /** A bigram's postings summed over its trigrams' rows ({@link #bigramRows}), coded. */
    private KeptPostings.Gram summed(String gram) {
        java.util.TreeMap<Integer, Integer> tf = new java.util.TreeMap<>();
        for (String code : bigramRows) {
            WireDecoder.Rows rows = WireDecoder.rows(code, unitBits);
            for (int i = 0; i < rows.size(); i++) {
                tf.merge(rows.units()[i], rows.counts()[i], Integer::sum);
            }
        }
        int[] units = new int[tf.size()];
        int[] freqs = new int[tf.size()];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
            units[i] = e.getKey();
            freqs[i++] = e.getValue();
        }
        return new KeptPostings.Gram(KeptPostings.Kind.PREFIX, gram, units[0], units[units.length - 1],
                WireEncoder.unitsWithFrequencies(units, freqs, units.length, cuts));
    }

    /** Whether a code of the last build covers units that moved or, holding the gram, are gone. */
    private boolean touched(KeptPostings.Gram old) {
        return changes.movedWithin(old.first(), old.last()) || goneHere(old);
    }

    /** Whether a code of the last build may cover units that are gone (it does, unless the gram is not theirs). */
    private boolean goneHere(KeptPostings.Gram old) {
        return changes.goneWithin(old.first(), old.last()) && (dropped == null || dropped.contains(old.gram()));
    }

    private KeptPostings.Gram rows(String gram, KeptPostings.Gram old, NewGrams.Term added) {
        WireDecoder.Rows rows = old == null ? null : WireDecoder.rows(old.code(), unitBits);
        int rowsWanted = (rows == null ? 0 : rows.size()) + (added == null ? 0 : added.units.size);
        IntList units = new IntList(rowsWanted);
        IntList counts = new IntList(rowsWanted);
        IntList positions = new IntList((rows == null ? 0 : rows.positions().length)
                + (added == null ? 0 : added.positions.size));
        int a = 0;
        int aAt = 0;
        if (rows != null) {
            for (int i = 0, at = 0; i < rows.size(); at += rows.counts()[i], i++) {
                int unit = changes.renumber(rows.units()[i]);
                if (unit < 0) {
                    continue;
                }
                // The new units of changed speeches go between the kept ones, in unit order.
                while (added != null && a < added.units.size && added.units.at(a) < unit) {
                    aAt = appendRow(added, a, aAt, units, counts, positions);
                    a++;
                }
                units.add(unit);
                counts.add(rows.counts()[i]);
                positions.addAll(rows.positions(), at, rows.counts()[i]);
            }
        }
        while (added != null && a < added.units.size) {
            aAt = appendRow(added, a, aAt, units, counts, positions);
            a++;
        }
        if (units.size == 0) {
            return null;
        }
        return new KeptPostings.Gram(KeptPostings.Kind.TRIGRAM, gram, units.at(0), units.at(units.size - 1),
                WireEncoder.rows(units.values, counts.values, positions.values, units.size, unitBits));
    }

    private static int appendRow(NewGrams.Term t, int row, int at, IntList units, IntList counts, IntList positions) {
        int count = t.counts.at(row);
        units.add(t.units.at(row));
        counts.add(count);
        positions.addAll(t.positions.values, at, count);
        return at + count;
    }

    private KeptPostings.Gram units(KeptPostings.Kind kind, String gram, KeptPostings.Gram old, NewGrams.Units added) {
        if (old != null) {
            return spliced(kind, gram, old, added);
        }
        WireDecoder.Units kept = old == null ? null : WireDecoder.units(old.code());
        int wanted = (kept == null ? 0 : kept.size()) + (added == null ? 0 : added.units.size);
        IntList units = new IntList(wanted);
        IntList freqs = new IntList(wanted);
        int a = kept == null ? 0 : merged(kept, added, 0, units, freqs);
        while (added != null && a < added.units.size) {
            units.add(added.units.at(a));
            freqs.add(added.freqs.at(a++));
        }
        if (units.size == 0) {
            return null;
        }
        return new KeptPostings.Gram(kind, gram, units.at(0), units.at(units.size - 1),
                WireEncoder.unitsWithFrequencies(units.values, freqs.values, units.size, cuts));
    }

    /**
     * A code of units, block by block ({@link WireEncoder#unitsWithFrequencies}): a run of blocks that hold a unit
     * gone, take a new one or whose units did not all move by one step with the unit before them is decoded and cut
     * into blocks again, from the unit before it to a last unit that is still there (or the list's end); the other
     * blocks keep their digits, which hold their units only as steps from the unit before. What comes out is what
     * coding the whole list would give, since where blocks end depends only on what their units are
     * ({@link BlockCuts}), not on their numbers.
     */
    private KeptPostings.Gram spliced(KeptPostings.Kind kind, String gram, KeptPostings.Gram old,
                                      NewGrams.Units added) {
        String code = old.code();
        List<WireDecoder.Block> blocks = WireDecoder.blocks(code);
        int count = blocks.size();
        boolean goneHere = dropped == null || dropped.contains(gram);
        boolean[] hit = new boolean[count];
        for (int i = 0; i < count; i++) {
            WireDecoder.Block b = blocks.get(i);
            int last = b.endsList() ? old.last() : b.last();
            hit[i] = goneHere && changes.goneWithin(b.previous() + 1, b.last())
                    || !changes.keepsSteps(b.previous(), last)
                    || added != null && within(added.units, renumbered(b.previous()) + 1,
                    b.endsList() ? Integer.MAX_VALUE : changes.renumber(b.last()));
        }
        StringBuilder out = new StringBuilder(code.length() + 64);
        int first = -1;
        int last = -1;
        for (int i = 0; i < count; ) {
            if (!hit[i]) {
                int j = i;
                while (j + 1 < count && !hit[j + 1]) {
                    j++;
                }
                out.append(code, blocks.get(i).from(), blocks.get(j).to());
                if (i == 0) {
                    first = changes.renumber(old.first());
                }
                if (j == count - 1) {
                    last = changes.renumber(old.last());
                }
                i = j + 1;
                continue;
            }
            int from = i;
            int to = i;
            // A run ends at a block whose last unit is still there: the next block's numbers start from it.
            while (to + 1 < count && (hit[to + 1] || changes.renumber(blocks.get(to).last()) < 0)) {
                to++;
            }
            IntList units = new IntList();
            IntList freqs = new IntList();
            gather(code, blocks, from, to, added, units, freqs);
            if (units.size == 0 && blocks.get(to).endsList()) {
                // The list now ends earlier: the block before, if any, becomes its last and is coded again.
                if (from == 0) {
                    return null;
                }
                out.setLength(out.length() - (blocks.get(from - 1).to() - blocks.get(from - 1).from()));
                hit[from - 1] = true;
                i = from - 1;
                continue;
            }
            WireEncoder.unitBlocks(units.values, freqs.values, 0, units.size, renumbered(blocks.get(from).previous()),
                    blocks.get(to).endsList(), cuts, out);
            if (from == 0) {
                first = units.at(0);
            }
            if (to == count - 1) {
                last = units.at(units.size - 1);
            }
            i = to + 1;
        }
        return new KeptPostings.Gram(kind, gram, first, last, out.toString());
    }

    /** The number now of a block's unit before it: −1 (the list's start) stays. */
    private int renumbered(int previous) {
        return previous < 0 ? -1 : changes.renumber(previous);
    }

    /** The units of blocks [from, to] still there, and the new ones between them, in order. */
    private void gather(String code, List<WireDecoder.Block> blocks, int from, int to, NewGrams.Units added,
                        IntList units, IntList freqs) {
        int lo = renumbered(blocks.get(from).previous()) + 1;
        int hi = blocks.get(to).endsList() ? Integer.MAX_VALUE : changes.renumber(blocks.get(to).last());
        int a = added == null ? 0 : firstAtLeast(added.units, lo);
        for (int b = from; b <= to; b++) {
            a = merged(WireDecoder.units(code, blocks.get(b)), added, a, units, freqs);
        }
        while (added != null && a < added.units.size && added.units.at(a) <= hi) {
            units.add(added.units.at(a));
            freqs.add(added.freqs.at(a++));
        }
    }

    /**
     * Appends the units of {@code kept} still there, renumbered, with the new ones of {@code added} from its
     * {@code a}-th that come before each; returns where {@code added} now is.
     */
    private int merged(WireDecoder.Units kept, NewGrams.Units added, int a, IntList units, IntList freqs) {
        for (int i = 0; i < kept.size(); i++) {
            int unit = changes.renumber(kept.units()[i]);
            if (unit < 0) {
                continue;
            }
            while (added != null && a < added.units.size && added.units.at(a) < unit) {
                units.add(added.units.at(a));
                freqs.add(added.freqs.at(a++));
            }
            units.add(unit);
            freqs.add(kept.freqs()[i]);
        }
        return a;
    }

    /** Whether an ascending list has a value in [lo, hi]. */
    private static boolean within(IntList sorted, int lo, int hi) {
        int i = firstAtLeast(sorted, lo);
        return i < sorted.size && sorted.at(i) <= hi;
    }

    private static int firstAtLeast(IntList sorted, int v) {
        int lo = 0;
        int hi = sorted.size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.at(mid) < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The grams, with the unigrams and bigrams they begin, of texts: what the units that are gone held. */
    static Set<String> grams(List<String> texts) {
        Set<String> grams = new HashSet<>();
        for (String text : texts) {
            int[] cps = padded(text);
            for (int i = 0; i + 3 <= cps.length; i++) {
                grams.add(new String(cps, i, 3));
                grams.add(new String(cps, i, 1));
                if (cps[i + 1] != Fields.PAD) {
                    grams.add(new String(cps, i, 2));
                }
            }
        }
        return grams;
    }

    /** A unit's normalized text as the gram field cuts it: code points, two pads after. */
    private static int[] padded(String text) {
        String normalized = NormalizedText.of(text).text();
        return normalized.isEmpty() ? new int[0] : (normalized + Fields.PAD + Fields.PAD).codePoints().toArray();
    }

    /**
     * How the last build's units become this one's. A speech whose units have the same texts (same slug, same
     * digest) is unchanged, its units renumbered by where it now starts; the units of other speeches are gone, and
     * this build's units of speeches not unchanged are fresh.
     */
    static final class Changes {
        /** By the last build's unit: its number now, or −1. */
        private final int[] renumbered;
        /** Ascending, disjoint [from, to) ranges of the last build's units that moved or are gone. */
        private final int[] moved;
        private final int[] gone;
        private final int[] fresh;
        final long freshChars;

        private Changes(int[] renumbered, int[] moved, int[] gone, int[] fresh, long freshChars) {
            this.renumbered = renumbered;
            this.moved = moved;
            this.gone = gone;
            this.fresh = fresh;
            this.freshChars = freshChars;
        }

        /**
         * The changes from {@code last} to {@code now}; null when unchanged speeches changed their order (a
         * replay keeps unit order only when they did not).
         */
        static Changes of(List<KeptPostings.Span> last, List<KeptPostings.Span> now, UnitTable table) {
            Map<String, KeptPostings.Span> before = new HashMap<>();
            for (KeptPostings.Span s : last) {
                before.put(s.slug(), s);
            }
            IntList oldStart = new IntList();
            IntList newStart = new IntList();
            IntList count = new IntList();
            IntList fresh = new IntList();
            long freshChars = 0;
            Set<String> kept = new HashSet<>();
            for (KeptPostings.Span s : now) {
                KeptPostings.Span b = before.get(s.slug());
                if (b != null && b.count() == s.count() && b.digest().equals(s.digest())) {
                    if (oldStart.size > 0 && b.start() < oldStart.at(oldStart.size - 1)) {
                        return null;
                    }
                    oldStart.add(b.start());
                    newStart.add(s.start());
                    count.add(s.count());
                    kept.add(s.slug());
                } else {
                    for (int u = s.start(); u < s.start() + s.count(); u++) {
                        fresh.add(u);
                        freshChars += table.byId(u).unit().text().length();
                    }
                }
            }
            List<int[]> gone = new ArrayList<>();
            List<int[]> moved = new ArrayList<>();
            for (KeptPostings.Span b : last) {
                int[] range = {b.start(), b.start() + b.count()};
                if (!kept.contains(b.slug())) {
                    gone.add(range);
                }
            }
            for (int i = 0; i < oldStart.size; i++) {
                if (oldStart.at(i) != newStart.at(i)) {
                    moved.add(new int[] {oldStart.at(i), oldStart.at(i) + count.at(i)});
                }
            }
            int bound = 0;
            for (KeptPostings.Span b : last) {
                bound = Math.max(bound, b.start() + b.count());
            }
            int[] renumbered = new int[bound];
            Arrays.fill(renumbered, -1);
            for (int i = 0; i < oldStart.size; i++) {
                for (int k = 0; k < count.at(i); k++) {
                    renumbered[oldStart.at(i) + k] = newStart.at(i) + k;
                }
            }
            return new Changes(renumbered, flat(moved), flat(gone), fresh.trimmed(), freshChars);
        }

        /**
         * These changes less the units of {@code same}: units of the last build gone with their speech whose number
         * holds the very same text in this build (a speech edited in one paragraph keeps the others where they
         * were, thanks to its spare numbers). A unit's postings are a function of its number and its text alone,
         * so such a unit is neither gone nor fresh: the codes that cover it only it touches need not be coded
         * again. {@code same} ascending, each both gone and fresh.
         */
        Changes keeping(int[] same, UnitTable table) {
            if (same.length == 0) {
                return this;
            }
            int[] now = renumbered.clone();
            long chars = freshChars;
            for (int u : same) {
                now[u] = u;
                chars -= table.byId(u).unit().text().length();
            }
            IntList left = new IntList(gone.length + 2 * same.length);
            int k = 0;
            for (int i = 0; i < gone.length; i += 2) {
                int from = gone[i];
                while (k < same.length && same[k] < gone[i + 1]) {
                    if (same[k] >= from) {
                        if (same[k] > from) {
                            left.add(from);
                            left.add(same[k]);
                        }
                        from = same[k] + 1;
                    }
                    k++;
                }
                if (from < gone[i + 1]) {
                    left.add(from);
                    left.add(gone[i + 1]);
                }
            }
            IntList stillFresh = new IntList(fresh.length);
            for (int u : fresh) {
                if (Arrays.binarySearch(same, u) < 0) {
                    stillFresh.add(u);
                }
            }
            return new Changes(now, moved, left.trimmed(), stillFresh.trimmed(), chars);
        }

        /**
         * Whether a block of a list of units that runs from after the last build's unit {@code previous} (−1: the
         * list's start) to its unit {@code last} keeps its steps: both are still there (the start stays at −1) and
         * every unit still there between them moved by the same step as they did.
         */
        boolean keepsSteps(int previous, int last) {
            if (previous < 0) {
                return renumber(last) == last && stepChanges()[last] == 0;
            }
            return movesEvenly(previous, last);
        }

        /** Per last build's unit, how many times the step by which units still there move changes up to it. */
        private int[] stepChanges;

        /**
         * Whether the last build's units {@code first} and {@code last} are both still there and every unit still
         * there between them moved by the same step as they did (a speech added or deleted before them all, say).
         */
        boolean movesEvenly(int first, int last) {
            if (renumber(first) < 0 || renumber(last) < 0) {
                return false;
            }
            int[] changes = stepChanges();
            return changes[first] == changes[last];
        }

        /**
         * Whether the last build's units {@code first} and {@code last} are both still there and the step by which
         * units still there between them moved changes exactly once.
         */
        boolean movesInTwoSteps(int first, int last) {
            if (renumber(first) < 0 || renumber(last) < 0) {
                return false;
            }
            int[] changes = stepChanges();
            return changes[last] - changes[first] == 1;
        }

        private synchronized int[] stepChanges() {
            if (stepChanges == null) {
                int[] counted = new int[renumbered.length];
                int count = 0;
                boolean any = false;
                int step = 0;
                for (int u = 0; u < renumbered.length; u++) {
                    if (renumbered[u] >= 0) {
                        int now = renumbered[u] - u;
                        if (any && now != step) {
                            count++;
                        }
                        any = true;
                        step = now;
                    }
                    counted[u] = count;
                }
                stepChanges = counted;
            }
            return stepChanges;
        }

        /** Whether this build's unit {@code unit} is one of a changed speech's. */
        boolean isFresh(int unit) {
            return Arrays.binarySearch(fresh, unit) >= 0;
        }

        private static int[] flat(List<int[]> ranges) {
            ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
            int[] out = new int[ranges.size() * 2];
            for (int i = 0; i < ranges.size(); i++) {
                out[2 * i] = ranges.get(i)[0];
                out[2 * i + 1] = ranges.get(i)[1];
            }
            return out;
        }

        /** This build's number for the last build's unit, or −1 when its speech changed or is gone. */
        int renumber(int unit) {
            return unit < renumbered.length ? renumbered[unit] : -1;
        }

        /** Whether any unit of an unchanged speech has another number than in the last build. */
        boolean anyMoved() {
            return moved.length > 0;
        }

        boolean movedWithin(int first, int last) {
            return overlaps(moved, first, last);
        }

        boolean goneWithin(int first, int last) {
            return overlaps(gone, first, last);
        }

        /** The last build's units that are gone, ascending ranges [from, to) flattened. */
        int[] goneRanges() {
            return gone.clone();
        }

        int[] freshUnits() {
            return fresh;
        }

        /** Whether any range of {@code ranges} (flattened, ascending) meets [first, last]. */
        private static boolean overlaps(int[] ranges, int first, int last) {
            int lo = 0;
            int hi = ranges.length / 2;
            // the first range whose end is past first
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ranges[2 * mid + 1] <= first) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < ranges.length / 2 && ranges[2 * lo] <= last;
        }
    }

    /** The grams of the fresh units: each term's rows, each unigram's and bigram's units and frequencies. */
    static final class NewGrams {
        final TreeMap<String, Term> terms = new TreeMap<>(CodePointOrder::compare);
        final Map<String, Units> prefixes = new HashMap<>();

        /** A term's rows in unit order: positions for a trigram, only the counts for a term the buckets do not get. */
        static final class Term {
            final IntList units = new IntList();
            final IntList counts = new IntList();
            final IntList positions = new IntList();

            void add(int unit, int position) {
                if (units.size > 0 && units.at(units.size - 1) == unit) {
                    counts.values[counts.size - 1]++;
                } else {
                    units.add(unit);
                    counts.add(1);
                }
                positions.add(position);
            }

            Units units() {
                Units u = new Units();
                for (int i = 0; i < units.size; i++) {
                    u.units.add(units.at(i));
                    u.freqs.add(counts.at(i));
                }
                return u;
            }
        }

        static final class Units {
            final IntList units = new IntList();
            final IntList freqs = new IntList();

            void add(int unit) {
                if (units.size > 0 && units.at(units.size - 1) == unit) {
                    freqs.values[freqs.size - 1]++;
                } else {
                    units.add(unit);
                    freqs.add(1);
                }
            }
        }

        static NewGrams of(UnitTable table, int[] fresh) {
            NewGrams g = new NewGrams();
            for (int unit : fresh) {
                int[] cps = padded(table.byId(unit).unit().text());
                for (int i = 0; i + 3 <= cps.length; i++) {
                    g.terms.computeIfAbsent(new String(cps, i, 3), k -> new Term()).add(unit, i);
                    g.prefixes.computeIfAbsent(new String(cps, i, 1), k -> new Units()).add(unit);
                    if (cps[i + 1] != Fields.PAD) {
                        g.prefixes.computeIfAbsent(new String(cps, i, 2), k -> new Units()).add(unit);
                    }
                }
            }
            return g;
        }
    }

    /** Terms in Lucene's order: by code point (UTF-8 bytes), which is not String's order past the basic plane. */
    static final class CodePointOrder {
        private CodePointOrder() {
        }

        static int compare(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                int x = a.codePointAt(i);
                int y = b.codePointAt(j);
                if (x != y) {
                    return Integer.compare(x, y);
                }
                i += Character.charCount(x);
                j += Character.charCount(y);
            }
            return Integer.compare(a.length() - i, b.length() - j);
        }
    }

    /** A growing int array. */
    static final class IntList {
        int[] values;
        int size;

        IntList() {
            this(8);
        }

        IntList(int capacity) {
            values = new int[Math.max(1, capacity)];
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(int[] from, int at, int n) {
            if (size + n > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + n));
            }
            System.arraycopy(from, at, values, size, n);
            size += n;
        }

        int at(int i) {
            return values[i];
        }

        int[] trimmed() {
            return Arrays.copyOf(values, size);
        }
    }
}
