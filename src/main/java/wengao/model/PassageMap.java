package wengao.model;

import java.util.List;

/** The shared passages of a corpus, most widely used first (stock phrases among them, flagged). */
public record PassageMap(List<SharedPassage> passages) {

    public PassageMap {
        passages = List.copyOf(passages);
    }

    public static final PassageMap EMPTY = new PassageMap(List.of());

    /**
     * For each pair of speeches, how many marked passages (stock phrases left out) both use: what related speeches
     * weigh as shared passages. Sorted by the pair's slugs, so the order does not depend on the passages' order.
     */
    public List<SpeechPairCount> pairCounts() {
        java.util.TreeMap<String, java.util.TreeMap<String, Integer>> counts = new java.util.TreeMap<>();
        for (SharedPassage p : passages) {
            if (p.stock()) {
                continue;
            }
            java.util.TreeSet<String> slugs = new java.util.TreeSet<>();
            for (PassageOccurrence o : p.occurrences()) {
                slugs.add(o.speech());
            }
            for (String a : slugs) {
                for (String b : slugs.tailSet(a, false)) {
                    counts.computeIfAbsent(a, k -> new java.util.TreeMap<>()).merge(b, 1, Integer::sum);
                }
            }
        }
        List<SpeechPairCount> pairs = new java.util.ArrayList<>();
        counts.forEach((a, row) -> row.forEach((b, n) -> pairs.add(new SpeechPairCount(a, b, n))));
        return pairs;
    }
}
