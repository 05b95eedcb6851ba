package wengao.search;

import java.util.Arrays;
import java.util.Map;
import wengao.model.SpeechPairs;

/**
 * The shared passages' counts read one speech's row at a time from {@link SpeechPairs} as it is (rows by sorted
 * slug, each row's partners after it, ascending): all an update of a few speeches needs, where a {@link PairCounts}
 * of every pair costs more than the rows of a few.
 */
final class PairRows implements PairSignal {

    private final SpeechPairs pairs;
    private final int[] speechOf;
    private final int[] rowOf;

    /** {@code index}: the corpus's speeches by slug, {@code n} of them. */
    PairRows(SpeechPairs pairs, Map<String, Integer> index, int n) {
        this.pairs = pairs;
        speechOf = new int[pairs.speeches()];
        rowOf = new int[n];
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < speechOf.length; r++) {
            speechOf[r] = index.getOrDefault(pairs.slug(r), -1);
            if (speechOf[r] >= 0) {
                rowOf[speechOf[r]] = r;
            }
        }
    }

    /**
     * A fingerprint of each speech's own row (its partners after it, by place in the corpus, with their counts).
     * A pair is in the row of its first speech only, which is enough to tell what changed: that speech is then
     * ranked again, and with it the pair, both ways.
     */
    String[] fingerprints() {
        String[] rows = new String[rowOf.length];
        for (int a = 0; a < rowOf.length; a++) {
            wengao.text.Fingerprint f = new wengao.text.Fingerprint();
            int row = rowOf[a];
            if (row >= 0) {
                for (int k = pairs.start(row); k < pairs.start(row + 1); k++) {
                    int b = speechOf[pairs.partner(k)];
                    if (b >= 0) {
                        f.add((long) b << 32 | pairs.count(k));
                    }
                }
            }
            rows[a] = f.hex();
        }
        return rows;
    }

    @Override
    public void similarities(int a, double[] out) {
        int row = rowOf[a];
        if (row < 0) {
            return;
        }
        for (int r = 0; r < row; r++) {
            int k = find(r, row);
            if (k >= 0 && speechOf[r] >= 0) {
                out[speechOf[r]] = PairSignal.similarity(pairs.count(k));
            }
        }
        for (int k = pairs.start(row); k < pairs.start(row + 1); k++) {
            int b = speechOf[pairs.partner(k)];
            if (b >= 0) {
                out[b] = PairSignal.similarity(pairs.count(k));
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
        int k = find(Math.min(ra, rb), Math.max(ra, rb));
        return k >= 0 ? pairs.count(k) : 0;
    }

    /** Where row {@code row} holds {@code partner}, or -1. */
    private int find(int row, int partner) {
        int low = pairs.start(row);
        int high = pairs.start(row + 1) - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int p = pairs.partner(mid);
            if (p < partner) {
                low = mid + 1;
            } else if (p > partner) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
