package wengao.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Counts that pairs of speeches share (such as the passages they have in common), each pair once: row {@code a} of
 * the speeches by slug holds its partners after it, ascending, with their counts. Held in three number arrays, not a
 * record per pair: a large corpus has millions of pairs, and a record with two strings per pair was the largest thing
 * a build of 20,000 speeches held.
 */
public final class SpeechPairs {

    public static final SpeechPairs NONE = new Rows(0).pairs(List.of());

    private final List<String> slugs;
    private final int[] starts;
    /** The first {@link #size} entries are the pairs (the arrays as {@link Rows} grew them, not copied again). */
    private final int[] partners;
    private final int[] counts;
    private final int size;

    /** Rows as {@link Rows} wrote them: {@code slugs} sorted, each row's partners after it and ascending. */
    private SpeechPairs(List<String> slugs, int[] starts, int[] partners, int[] counts, int size) {
        this.slugs = List.copyOf(slugs);
        this.starts = starts;
        this.partners = partners;
        this.counts = counts;
        this.size = size;
    }

    /** The pairs given, either way round; a pair given twice counts once, with the larger count. */
    public static SpeechPairs of(List<SpeechPairCount> pairs) {
        TreeMap<String, TreeMap<String, Integer>> rows = new TreeMap<>();
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (SpeechPairCount p : pairs) {
            if (p.first().equals(p.second()) || p.count() <= 0) {
                continue;
            }
            boolean inOrder = p.first().compareTo(p.second()) < 0;
            String a = inOrder ? p.first() : p.second();
            String b = inOrder ? p.second() : p.first();
            all.add(a);
            all.add(b);
            rows.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, p.count(), Math::max);
        }
        List<String> slugs = new ArrayList<>(all);
        Rows out = new Rows(slugs.size());
        for (int a = 0; a < slugs.size(); a++) {
            TreeMap<String, Integer> row = rows.getOrDefault(slugs.get(a), new TreeMap<>());
            for (var e : row.entrySet()) {
                out.add(java.util.Collections.binarySearch(slugs, e.getKey()), e.getValue());
            }
            out.endRow();
        }
        return out.pairs(slugs);
    }

    /** How many speeches the rows are of (those with a pair, and maybe some without). */
    public int speeches() {
        return slugs.size();
    }

    public String slug(int speech) {
        return slugs.get(speech);
    }

    /** Row {@code speech} is the pairs {@code [start(speech), start(speech + 1))}. */
    public int start(int speech) {
        return starts[speech];
    }

    /** The partner of pair {@code k}, a speech after its row's. */
    public int partner(int k) {
        return partners[k];
    }

    public int count(int k) {
        return counts[k];
    }

    /** How many pairs there are. */
    public int size() {
        return size;
    }

    /** Written row by row, each row's partners ascending. */
    static final class Rows {
        private final int[] starts;
        private int[] partners = new int[64];
        private int[] counts = new int[64];
        private int size;
        private int row;

        Rows(int speeches) {
            starts = new int[speeches + 1];
        }

        void add(int partner, int count) {
            if (size == partners.length) {
                partners = Arrays.copyOf(partners, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            partners[size] = partner;
            counts[size++] = count;
        }

        void endRow() {
            starts[++row] = size;
        }

        /** The rows written, one per slug of {@code slugs} (sorted). */
        SpeechPairs pairs(List<String> slugs) {
            if (row != slugs.size()) {
                throw new IllegalStateException(row + " rows for " + slugs.size() + " speeches");
            }
            return new SpeechPairs(slugs, starts, partners, counts, size);
        }
    }
}
