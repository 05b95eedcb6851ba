package wengao.model;

import java.util.List;

/** The shared passages of a corpus, most widely used first (stock phrases among them, flagged). */
public record PassageMap(List<SharedPassage> passages) implements java.io.Serializable {

    public PassageMap {
        passages = List.copyOf(passages);
    }

    public static final PassageMap EMPTY = new PassageMap(List.of());

    /**
     * For each pair of speeches, how many marked passages (stock phrases left out) both use: what related speeches
     * weigh as shared passages. Sorted by the pair's slugs, so the order does not depend on the passages' order.
     */
    public List<SpeechPairCount> pairCounts() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (SharedPassage p : passages) {
            for (PassageOccurrence o : p.occurrences()) {
                all.add(o.speech());
            }
        }
        List<String> slugs = new java.util.ArrayList<>(all);
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (String slug : slugs) {
            index.put(slug, index.size());
        }
        // Every pair of a passage's speeches as one number (first index, second index), counted by sorting.
        long[] pairs = new long[1024];
        int n = 0;
        for (SharedPassage p : passages) {
            if (p.stock()) {
                continue;
            }
            int[] ids = p.occurrences().stream().mapToInt(o -> index.get(o.speech())).sorted().distinct().toArray();
            for (int a = 0; a < ids.length; a++) {
                for (int b = a + 1; b < ids.length; b++) {
                    if (n == pairs.length) {
                        pairs = java.util.Arrays.copyOf(pairs, n * 2);
                    }
                    pairs[n++] = ((long) ids[a] << 32) | ids[b];
                }
            }
        }
        java.util.Arrays.sort(pairs, 0, n);
        List<SpeechPairCount> counts = new java.util.ArrayList<>();
        for (int k = 0; k < n; ) {
            int run = k;
            while (run < n && pairs[run] == pairs[k]) {
                run++;
            }
            counts.add(new SpeechPairCount(slugs.get((int) (pairs[k] >>> 32)), slugs.get((int) pairs[k]), run - k));
            k = run;
        }
        return counts;
    }
}
