package wengao.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each speech has each feature of one kind (themes, words, documents), as numbers rather than maps: every
 * name any speech has, sorted ({@code vocabulary}), and per speech the places of its names there, ascending, with
 * their counts. A count may be zero: a name given with no count still counts towards how many speeches have it.
 */
final class SignalCounts {

    final String[] vocabulary;
    final int[][] ids;
    final int[][] counts;

    SignalCounts(String[] vocabulary, int[][] ids, int[][] counts) {
        this.vocabulary = vocabulary;
        this.ids = ids;
        this.counts = counts;
    }

    static SignalCounts of(List<Map<String, Integer>> bySpeech) {
        HashMap<String, Integer> place = new HashMap<>();
        for (Map<String, Integer> c : bySpeech) {
            for (String f : c.keySet()) {
                place.putIfAbsent(f, 0);
            }
        }
        String[] vocabulary = place.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
        for (int i = 0; i < vocabulary.length; i++) {
            place.put(vocabulary[i], i);
        }
        int n = bySpeech.size();
        int[][] ids = new int[n][];
        int[][] counts = new int[n][];
        for (int s = 0; s < n; s++) {
            Map<String, Integer> c = bySpeech.get(s);
            long[] sorted = new long[c.size()];
            int k = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                sorted[k++] = (long) place.get(e.getKey()) << 32 | (e.getValue() & 0xFFFFFFFFL);
            }
            Arrays.sort(sorted);
            ids[s] = new int[k];
            counts[s] = new int[k];
            for (int i = 0; i < k; i++) {
                ids[s][i] = (int) (sorted[i] >>> 32);
                counts[s][i] = (int) sorted[i];
            }
        }
        return new SignalCounts(vocabulary, ids, counts);
    }

    int speeches() {
        return ids.length;
    }

    /** How many speeches have each name of the vocabulary. */
    int[] documentFrequencies() {
        int[] df = new int[vocabulary.length];
        for (int[] row : ids) {
            for (int id : row) {
                df[id]++;
            }
        }
        return df;
    }
}
