package wengao.search;

import java.util.Arrays;
import java.util.Map;
import wengao.model.SpeechPairs;

/**
 * Counts given per pair of speeches (shared passages), as a similarity from 0 to 1 that grows with the count and
 * saturates: c / (c + 1), so one shared passage is 0.5 and four are 0.8. Held as one sorted row of (other speech,
 * count) per speech: a large corpus gives millions of pairs, too many for maps of boxed numbers.
 */
final class PairCounts implements PairSignal {

    /** Row {@code a} is {@code others[starts[a]..starts[a + 1])}, sorted, with {@code counts} alongside. */
    private final int[] starts;
    private final int[] others;
    private final int[] counts;

    PairCounts(SpeechPairs pairs, Map<String, Integer> index, int n) {
        int[] speechOf = new int[pairs.speeches()];
        for (int s = 0; s < speechOf.length; s++) {
            speechOf[s] = index.getOrDefault(pairs.slug(s), -1);
        }
        // Each pair is given once; both its speeches get a row entry. The entries are first put in order of the
        // other speech (a counting sort), then dealt to their rows in that order, so each row comes out sorted
        // without a sort of its own.
        int[] byOther = new int[n + 1];
        forEachPair(pairs, speechOf, (a, b, count) -> {
            byOther[b + 1]++;
            byOther[a + 1]++;
        });
        for (int other = 0; other < n; other++) {
            byOther[other + 1] += byOther[other];
        }
        int total = byOther[n];
        int[] rowOf = new int[total];
        int[] countOf = new int[total];
        int[] placed = Arrays.copyOf(byOther, n);
        starts = new int[n + 1];
        forEachPair(pairs, speechOf, (a, b, count) -> {
            rowOf[placed[b]] = a;
            countOf[placed[b]++] = count;
            rowOf[placed[a]] = b;
            countOf[placed[a]++] = count;
            starts[a + 1]++;
            starts[b + 1]++;
        });
        for (int row = 0; row < n; row++) {
            starts[row + 1] += starts[row];
        }
        others = new int[total];
        counts = new int[total];
        int[] filled = Arrays.copyOf(starts, n);
        for (int other = 0; other < n; other++) {
            for (int e = byOther[other]; e < byOther[other + 1]; e++) {
                int row = rowOf[e];
                others[filled[row]] = other;
                counts[filled[row]++] = countOf[e];
            }
        }
    }

    private interface PairVisitor {
        void visit(int a, int b, int count);
    }

    /** The pairs of two speeches of the corpus (by their place in it), each once. */
    private static void forEachPair(SpeechPairs pairs, int[] speechOf, PairVisitor visitor) {
        for (int s = 0; s < speechOf.length; s++) {
            int a = speechOf[s];
            for (int k = pairs.start(s); k < pairs.start(s + 1); k++) {
                int b = speechOf[pairs.partner(k)];
                if (a >= 0 && b >= 0) {
                    visitor.visit(a, b, pairs.count(k));
                }
            }
        }
    }

    @Override
    public void similarities(int a, double[] out) {
        for (int k = starts[a]; k < starts[a + 1]; k++) {
            out[others[k]] = PairSignal.similarity(counts[k]);
        }
    }

    @Override
    public int count(int a, int b) {
        int k = Arrays.binarySearch(others, starts[a], starts[a + 1], b);
        return k >= 0 ? counts[k] : 0;
    }
}
