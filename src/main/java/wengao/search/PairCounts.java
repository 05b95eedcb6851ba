package wengao.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import wengao.model.SpeechPairCount;

/**
 * Counts given per pair of speeches (shared passages), as a similarity from 0 to 1 that grows with the count and
 * saturates: c / (c + 1), so one shared passage is 0.5 and four are 0.8. A pair given both ways counts once (the
 * larger count). Held as one sorted row of (other speech, count) per speech: a large corpus gives hundreds of
 * thousands of pairs, too many for maps of boxed numbers.
 */
final class PairCounts {

    private final int n;
    /** Row {@code a} is {@code others[starts[a]..starts[a + 1])}, sorted, with {@code counts} alongside. */
    private final int[] starts;
    private final int[] others;
    private final int[] counts;

    PairCounts(List<SpeechPairCount> pairs, Map<String, Integer> index, int n) {
        this.n = n;
        // Both directions of every pair as (row, column, count) packed into one number, sorted, then rows cut out.
        long[] packed = new long[pairs.size() * 2];
        int m = 0;
        for (SpeechPairCount p : pairs) {
            Integer a = index.get(p.first());
            Integer b = index.get(p.second());
            if (a != null && b != null && !a.equals(b) && p.count() > 0) {
                packed[m++] = pack(a, b, p.count());
                packed[m++] = pack(b, a, p.count());
            }
        }
        Arrays.sort(packed, 0, m);
        starts = new int[n + 1];
        others = new int[m];
        counts = new int[m];
        int k = 0;
        for (int i = 0; i < m; i++) {
            int row = (int) (packed[i] >>> 42);
            int column = (int) ((packed[i] >>> 21) & 0x1FFFFF);
            int count = (int) (packed[i] & 0x1FFFFF);
            if (i > 0 && packed[i] >>> 21 == packed[i - 1] >>> 21) {
                counts[k - 1] = count; // the same pair again: sorted, so the larger count comes last
                continue;
            }
            others[k] = column;
            counts[k] = count;
            starts[row + 1] = ++k;
        }
        for (int row = 1; row <= n; row++) {
            starts[row] = Math.max(starts[row], starts[row - 1]);
        }
    }

    private static long pack(int row, int column, int count) {
        return ((long) row << 42) | ((long) column << 21) | Math.min(count, 0x1FFFFF);
    }

    double[] similarities(int a) {
        double[] out = new double[n];
        for (int k = starts[a]; k < starts[a + 1]; k++) {
            out[others[k]] = counts[k] / (counts[k] + 1.0);
        }
        return out;
    }

    int count(int a, int b) {
        int k = Arrays.binarySearch(others, starts[a], starts[a + 1], b);
        return k >= 0 ? counts[k] : 0;
    }
}
