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

    /** Row {@code a} is {@code others[starts[a]..starts[a + 1])}, sorted, with {@code counts} alongside. */
    private final int[] starts;
    private final int[] others;
    private final int[] counts;

    PairCounts(List<SpeechPairCount> pairs, Map<String, Integer> index, int n) {
        // Both directions of every pair put in their rows, then each row's columns read in order, the larger count
        // of a pair given twice: a tally per row, not one sort of every pair.
        int[] rowStart = new int[n + 1];
        int[] firsts = new int[pairs.size()];
        int[] seconds = new int[pairs.size()];
        int[] given = new int[pairs.size()];
        int m = 0;
        for (SpeechPairCount p : pairs) {
            Integer a = index.get(p.first());
            Integer b = index.get(p.second());
            if (a != null && b != null && !a.equals(b) && p.count() > 0) {
                firsts[m] = a;
                seconds[m] = b;
                given[m++] = Math.min(p.count(), MAX_COUNT);
                rowStart[a + 1]++;
                rowStart[b + 1]++;
            }
        }
        for (int row = 0; row < n; row++) {
            rowStart[row + 1] += rowStart[row];
        }
        int[] columns = new int[2 * m];
        int[] columnCounts = new int[2 * m];
        int[] fill = Arrays.copyOf(rowStart, n);
        for (int i = 0; i < m; i++) {
            columns[fill[firsts[i]]] = seconds[i];
            columnCounts[fill[firsts[i]]++] = given[i];
            columns[fill[seconds[i]]] = firsts[i];
            columnCounts[fill[seconds[i]]++] = given[i];
        }
        starts = new int[n + 1];
        others = new int[2 * m];
        counts = new int[2 * m];
        int[] best = new int[n];
        int[] seen = new int[n];
        int k = 0;
        for (int row = 0; row < n; row++) {
            int distinct = 0;
            for (int e = rowStart[row]; e < rowStart[row + 1]; e++) {
                int column = columns[e];
                if (best[column] == 0) {
                    seen[distinct++] = column;
                }
                best[column] = Math.max(best[column], columnCounts[e]);
            }
            if ((long) distinct * (32 - Integer.numberOfLeadingZeros(distinct)) < n) {
                Arrays.sort(seen, 0, distinct);
            } else if (distinct > 0) {
                distinct = 0;
                for (int column = 0; column < n; column++) {
                    if (best[column] > 0) {
                        seen[distinct++] = column;
                    }
                }
            }
            for (int i = 0; i < distinct; i++) {
                others[k] = seen[i];
                counts[k++] = best[seen[i]];
                best[seen[i]] = 0;
            }
            starts[row + 1] = k;
        }
    }

    /** Counts above this are taken as this. */
    private static final int MAX_COUNT = 0x1FFFFF;

    /** Sets speech {@code a}'s similarity with each speech it shares a count with into {@code out}, which holds zeros. */
    void similarities(int a, double[] out) {
        for (int k = starts[a]; k < starts[a + 1]; k++) {
            out[others[k]] = counts[k] / (counts[k] + 1.0);
        }
    }

    int count(int a, int b) {
        int k = Arrays.binarySearch(others, starts[a], starts[a + 1], b);
        return k >= 0 ? counts[k] : 0;
    }
}
