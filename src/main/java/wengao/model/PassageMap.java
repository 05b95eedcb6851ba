package wengao.model;

import java.util.List;

/** The shared passages of a corpus, most widely used first (stock phrases among them, flagged). */
public record PassageMap(List<SharedPassage> passages) implements java.io.Serializable {

    public PassageMap {
        passages = List.copyOf(passages);
    }

    public static final PassageMap EMPTY = new PassageMap(List.of());

    /**
     * A passage more speeches share than this counts for no pair: it is a formula of the genre, as the stock
     * phrases are, not a sign that two speeches belong together; and a passage in k speeches makes k² / 2 pairs,
     * which for formulas used by hundreds of speeches is most of the pairs of a large corpus, its memory and time.
     */
    public static final int PAIR_SPEECHES = 64;

    /**
     * For each pair of speeches, how many marked passages (stock phrases and passages of more than
     * {@value #PAIR_SPEECHES} speeches left out) both use: what related speeches weigh as shared passages. Sorted by
     * the pair's slugs, so the order does not depend on the passages' order.
     */
    public SpeechPairs pairCounts() {
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
        // Counted one first speech at a time (its partners gathered from the passages it holds, sorted, runs
        // counted), so that memory holds one speech's partners, not every pair of every passage: a passage in k
        // speeches makes k² pairs, and a large corpus has many such passages.
        List<int[]> members = new java.util.ArrayList<>();
        int[] held = new int[slugs.size()];
        for (SharedPassage p : passages) {
            if (p.stock()) {
                continue;
            }
            int[] ids = p.occurrences().stream().mapToInt(o -> index.get(o.speech())).sorted().distinct().toArray();
            if (ids.length > 1 && ids.length <= PAIR_SPEECHES) {
                members.add(ids);
                for (int id : ids) {
                    held[id]++;
                }
            }
        }
        int[][] passagesOf = new int[slugs.size()][];
        for (int a = 0; a < held.length; a++) {
            passagesOf[a] = new int[held[a]];
            held[a] = 0;
        }
        for (int p = 0; p < members.size(); p++) {
            for (int id : members.get(p)) {
                passagesOf[id][held[id]++] = p;
            }
        }
        SpeechPairs.Rows counts = new SpeechPairs.Rows(slugs.size());
        int[] partners = new int[16];
        for (int a = 0; a < passagesOf.length; a++) {
            int n = 0;
            for (int p : passagesOf[a]) {
                int[] ids = members.get(p);
                for (int k = java.util.Arrays.binarySearch(ids, a) + 1; k < ids.length; k++) {
                    if (n == partners.length) {
                        partners = java.util.Arrays.copyOf(partners, n * 2);
                    }
                    partners[n++] = ids[k];
                }
            }
            java.util.Arrays.sort(partners, 0, n);
            for (int k = 0; k < n; ) {
                int run = k;
                while (run < n && partners[run] == partners[k]) {
                    run++;
                }
                counts.add(partners[k], run - k);
                k = run;
            }
            counts.endRow();
        }
        return counts.pairs(slugs);
    }
}
