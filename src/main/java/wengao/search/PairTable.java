package wengao.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import wengao.model.SpeechPairs;

/**
 * The shared passages' counts as {@link SpeechPairs} holds them (rows by sorted slug, each row's partners after it,
 * ascending), in arrays a kept file can carry: what the next build compares its own pairs with. Also read one
 * speech's row at a time, which is all an update of a few speeches needs (a {@link PairCounts} of every pair costs
 * more than the rows of a few).
 */
final class PairTable {

    final String[] slugs;
    final int[] starts;
    final int[] partners;
    final int[] counts;

    PairTable(String[] slugs, int[] starts, int[] partners, int[] counts) {
        this.slugs = slugs;
        this.starts = starts;
        this.partners = partners;
        this.counts = counts;
    }

    static PairTable of(SpeechPairs pairs) {
        int rows = pairs.speeches();
        String[] slugs = new String[rows];
        int[] starts = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            slugs[r] = pairs.slug(r);
            starts[r + 1] = pairs.start(r + 1);
        }
        int size = starts[rows];
        int[] partners = new int[size];
        int[] counts = new int[size];
        for (int k = 0; k < size; k++) {
            partners[k] = pairs.partner(k);
            counts[k] = pairs.count(k);
        }
        return new PairTable(slugs, starts, partners, counts);
    }

    /**
     * Marks in {@code changed} (by place in the corpus, {@code index}) each speech whose row differs in {@code now}
     * from {@code before}: a pair's count changed, or it came or went. A pair is in the row of its first speech
     * only, which is enough: that speech's own row is then found again, and with it the pair, both ways.
     */
    static void markChanged(PairTable before, PairTable now, Map<String, Integer> index, boolean[] changed) {
        Map<String, Integer> nowRow = new HashMap<>();
        for (int r = 0; r < now.slugs.length; r++) {
            nowRow.put(now.slugs[r], r);
        }
        int[] rowNow = new int[before.slugs.length]; // before's row numbers as now's, or -1
        boolean[] seen = new boolean[now.slugs.length];
        for (int r = 0; r < before.slugs.length; r++) {
            rowNow[r] = nowRow.getOrDefault(before.slugs[r], -1);
        }
        for (int r = 0; r < before.slugs.length; r++) {
            int q = rowNow[r];
            if (q < 0) {
                mark(before.slugs[r], index, changed);
                continue;
            }
            seen[q] = true;
            if (!sameRow(before, r, now, q, rowNow)) {
                mark(before.slugs[r], index, changed);
            }
        }
        for (int q = 0; q < now.slugs.length; q++) {
            if (!seen[q] && now.starts[q + 1] > now.starts[q]) {
                mark(now.slugs[q], index, changed);
            }
        }
    }

    private static boolean sameRow(PairTable before, int r, PairTable now, int q, int[] rowNow) {
        int from = before.starts[r];
        int length = before.starts[r + 1] - from;
        int at = now.starts[q];
        if (now.starts[q + 1] - at != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (rowNow[before.partners[from + k]] != now.partners[at + k]
                    || before.counts[from + k] != now.counts[at + k]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(String slug, Map<String, Integer> index, boolean[] changed) {
        Integer s = index.get(slug);
        if (s != null) {
            changed[s] = true;
        }
    }

    /** The pairs of speeches in the corpus ({@code index}), a row at a time. */
    PairSignal rows(Map<String, Integer> index, int n) {
        int[] speechOf = new int[slugs.length];
        int[] rowOf = new int[n];
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < slugs.length; r++) {
            speechOf[r] = index.getOrDefault(slugs[r], -1);
            if (speechOf[r] >= 0) {
                rowOf[speechOf[r]] = r;
            }
        }
        return new PairSignal() {
            @Override
            public void similarities(int a, double[] out) {
                int row = rowOf[a];
                if (row < 0) {
                    return;
                }
                for (int r = 0; r < row; r++) {
                    int k = Arrays.binarySearch(partners, starts[r], starts[r + 1], row);
                    if (k >= 0 && speechOf[r] >= 0) {
                        out[speechOf[r]] = PairSignal.similarity(counts[k]);
                    }
                }
                for (int k = starts[row]; k < starts[row + 1]; k++) {
                    int b = speechOf[partners[k]];
                    if (b >= 0) {
                        out[b] = PairSignal.similarity(counts[k]);
                    }
                }
            }

            @Override
            public int count(int a, int b) {
                int ra = rowOf[a];
                int rb = rowOf[b];
                if (ra < 0 || rb < 0) {
                    return 0;
                }
                int first = Math.min(ra, rb);
                int k = Arrays.binarySearch(partners, starts[first], starts[first + 1], Math.max(ra, rb));
                return k >= 0 ? counts[k] : 0;
            }
        };
    }
}
