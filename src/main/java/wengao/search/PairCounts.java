package wengao.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wengao.model.SpeechPairCount;

/**
 * Counts given per pair of speeches (shared passages), as a similarity from 0 to 1 that grows with the count and
 * saturates: c / (c + 1), so one shared passage is 0.5 and four are 0.8. A pair given both ways counts once.
 */
final class PairCounts {

    private final Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
    private final int n;

    PairCounts(List<SpeechPairCount> pairs, Map<String, Integer> index, int n) {
        this.n = n;
        for (SpeechPairCount p : pairs) {
            Integer a = index.get(p.first());
            Integer b = index.get(p.second());
            if (a != null && b != null && !a.equals(b) && p.count() > 0) {
                counts.computeIfAbsent(a, k -> new HashMap<>()).merge(b, p.count(), Math::max);
                counts.computeIfAbsent(b, k -> new HashMap<>()).merge(a, p.count(), Math::max);
            }
        }
    }

    double[] similarities(int a) {
        double[] out = new double[n];
        counts.getOrDefault(a, Map.of()).forEach((b, c) -> out[b] = c / (c + 1.0));
        return out;
    }

    int count(int a, int b) {
        return counts.getOrDefault(a, Map.of()).getOrDefault(b, 0);
    }
}
