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
        // One pass over the occurrences: each speech numbered as first met, each counted passage's speeches by those
        // numbers; renumbered by slug after.
        java.util.Map<String, Integer> met = new java.util.HashMap<>();
        List<String> metSlugs = new java.util.ArrayList<>();
        List<int[]> members = new java.util.ArrayList<>();
        int[] buffer = new int[16];
        // The passage (counted from 1) each speech was last met in: a passage's distinct speeches are counted
        // as met, so that only those of a counted size are sorted.
        int[] metIn = new int[64];
        int passage = 0;
        for (SharedPassage p : passages) {
            passage++;
            int n = 0;
            int distinct = 0;
            String last = null;
            for (PassageOccurrence o : p.occurrences()) {
                if (!o.speech().equals(last)) { // a passage's occurrences come a speech at a time
                    last = o.speech();
                    Integer id = met.get(last);
                    if (id == null) {
                        id = metSlugs.size();
                        met.put(last, id);
                        metSlugs.add(last);
                    }
                    if (n == buffer.length) {
                        buffer = java.util.Arrays.copyOf(buffer, 2 * n);
                    }
                    buffer[n++] = id;
                    if (id >= metIn.length) {
                        metIn = java.util.Arrays.copyOf(metIn, 2 * metIn.length);
                    }
                    if (metIn[id] != passage) {
                        metIn[id] = passage;
                        distinct++;
                    }
                }
            }
            if (!p.stock() && distinct > 1 && distinct <= PAIR_SPEECHES) {
                members.add(java.util.Arrays.copyOf(buffer, n));
            }
        }
        List<String> slugs = new java.util.ArrayList<>(metSlugs);
        slugs.sort(null);
        int[] renumbered = new int[slugs.size()];
        for (int i = 0; i < slugs.size(); i++) {
            renumbered[met.get(slugs.get(i))] = i;
        }
        // Counted one first speech at a time (its partners gathered from the passages it holds, sorted, runs
        // counted), so that memory holds one speech's partners, not every pair of every passage: a passage in k
        // speeches makes k² pairs, and a large corpus has many such passages.
        int[] held = new int[slugs.size()];
        int kept = 0;
        for (int[] m : members) {
            int[] speeches = distinct(m, renumbered);
            if (speeches.length > 1 && speeches.length <= PAIR_SPEECHES) {
                members.set(kept++, speeches);
                for (int id : speeches) {
                    held[id]++;
                }
            }
        }
        members.subList(kept, members.size()).clear();
        // Each speech's passages, and where the speech stands among each one's speeches: its partners follow it.
        int[][] passagesOf = new int[slugs.size()][];
        int[][] placeIn = new int[slugs.size()][];
        for (int a = 0; a < held.length; a++) {
            passagesOf[a] = new int[held[a]];
            placeIn[a] = new int[held[a]];
            held[a] = 0;
        }
        for (int p = 0; p < members.size(); p++) {
            int[] ids = members.get(p);
            for (int k = 0; k < ids.length; k++) {
                int id = ids[k];
                placeIn[id][held[id]] = k;
                passagesOf[id][held[id]++] = p;
            }
        }
        SpeechPairs.Rows counts = new SpeechPairs.Rows(slugs.size());
        // A's partners tallied, then read in order: from the short list of those seen, sorted, or where that list
        // is long, by going through the speeches after a; either is cheaper than sorting every passage's partners.
        int[] tally = new int[slugs.size()];
        int[] seen = new int[slugs.size()];
        for (int a = 0; a < passagesOf.length; a++) {
            int n = 0;
            for (int q = 0; q < passagesOf[a].length; q++) {
                int[] ids = members.get(passagesOf[a][q]);
                for (int k = placeIn[a][q] + 1; k < ids.length; k++) {
                    if (tally[ids[k]]++ == 0) {
                        seen[n++] = ids[k];
                    }
                }
            }
            if (n == 0) {
                counts.endRow();
                continue;
            }
            if ((long) n * (32 - Integer.numberOfLeadingZeros(n)) < slugs.size() - a) {
                java.util.Arrays.sort(seen, 0, n);
            } else {
                n = 0;
                for (int b = a + 1; b < slugs.size(); b++) {
                    if (tally[b] > 0) {
                        seen[n++] = b;
                    }
                }
            }
            for (int k = 0; k < n; k++) {
                counts.add(seen[k], tally[seen[k]]);
                tally[seen[k]] = 0;
            }
            counts.endRow();
        }
        return counts.pairs(slugs);
    }

    /** The speeches {@code met} numbers, by their numbers in {@code renumbered}, ascending, each once. */
    private static int[] distinct(int[] met, int[] renumbered) {
        int[] ids = new int[met.length];
        for (int i = 0; i < met.length; i++) {
            ids[i] = renumbered[met[i]];
        }
        java.util.Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < ids.length; i++) {
            if (distinct == 0 || ids[i] != ids[distinct - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return java.util.Arrays.copyOf(ids, distinct);
    }
}
