package wengao.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
            speech(bySpeech.get(s), place, ids, counts, s);
        }
        return new SignalCounts(vocabulary, ids, counts);
    }

    /** Speech {@code s}'s row: a method of its own, which the JVM compiles after a few speeches. */
    private static void speech(Map<String, Integer> c, Map<String, Integer> place, int[][] ids, int[][] counts, int s) {
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

    /**
     * The counts of features that list where they are mentioned (themes, documents): each mention of a speech of
     * {@code index} counts once for it. The same as {@link #of} of the counts gathered into maps, without the maps.
     */
    static <F, M> SignalCounts ofMentions(List<F> features, Function<F, String> name, Function<F, List<M>> mentions,
                                          Function<M, String> speech, Map<String, Integer> index, int n) {
        List<F> sorted = new ArrayList<>(features);
        sorted.sort(Comparator.comparing(name));
        int[] lastFeature = new int[n];
        Arrays.fill(lastFeature, -1);
        int[] sizes = new int[n];
        int[][] ids = new int[n][];
        int[][] counts = new int[n][];
        List<String> vocabulary = new ArrayList<>();
        String previous = null;
        for (F f : sorted) {
            String named = name.apply(f);
            for (M m : mentions.apply(f)) {
                Integer s = index.get(speech.apply(m));
                if (s == null) {
                    continue;
                }
                if (!named.equals(previous)) {
                    vocabulary.add(named); // a feature is named once some speech of the corpus has it
                    previous = named;
                }
                int id = vocabulary.size() - 1;
                if (lastFeature[s] == id) {
                    counts[s][sizes[s] - 1]++;
                    continue;
                }
                lastFeature[s] = id;
                if (ids[s] == null) {
                    ids[s] = new int[4];
                    counts[s] = new int[4];
                } else if (sizes[s] == ids[s].length) {
                    ids[s] = Arrays.copyOf(ids[s], 2 * sizes[s]);
                    counts[s] = Arrays.copyOf(counts[s], 2 * sizes[s]);
                }
                ids[s][sizes[s]] = id;
                counts[s][sizes[s]++] = 1;
            }
        }
        for (int s = 0; s < n; s++) {
            ids[s] = ids[s] == null ? new int[0] : Arrays.copyOf(ids[s], sizes[s]);
            counts[s] = counts[s] == null ? new int[0] : Arrays.copyOf(counts[s], sizes[s]);
        }
        return new SignalCounts(vocabulary.toArray(String[]::new), ids, counts);
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
