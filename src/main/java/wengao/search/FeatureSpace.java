package wengao.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The speeches as vectors of one kind of feature (themes, words, documents): tf·idf weights, (1 + ln tf) ·
 * ln((N + 1) / df), scaled to unit length, so the dot product of two speeches is their cosine similarity, from 0 to 1.
 * A feature of one speech alone relates it to nothing and is left out; {@code maxPerSpeech} keeps only a speech's
 * heaviest features, the way Lucene's MoreLikeThis picks a document's most interesting terms.
 */
final class FeatureSpace {

    private final String[] names;
    private final int[][] features;
    private final double[][] weights;
    private final int[][] postingSpeeches;
    private final double[][] postingWeights;

    private FeatureSpace(String[] names, int[][] features, double[][] weights, int[][] postingSpeeches,
                         double[][] postingWeights) {
        this.names = names;
        this.features = features;
        this.weights = weights;
        this.postingSpeeches = postingSpeeches;
        this.postingWeights = postingWeights;
    }

    /**
     * {@code counts.get(i)}: how often speech i has each feature. Features are numbered in the order of their names,
     * and each speech's weights summed in that order, so the similarities do not depend on the maps' order.
     */
    static FeatureSpace of(List<Map<String, Integer>> counts, int maxPerSpeech) {
        return of(SignalCounts.of(counts), maxPerSpeech);
    }

    /** As {@link #of(List, int)}, from the counts as numbers. */
    static FeatureSpace of(SignalCounts counts, int maxPerSpeech) {
        int n = counts.speeches();
        int[] df = counts.documentFrequencies();
        int[] spaceId = new int[df.length]; // a feature of one speech alone is left out: -1
        int named = 0;
        for (int v = 0; v < df.length; v++) {
            spaceId[v] = df[v] >= 2 ? named++ : -1;
        }
        String[] names = new String[named];
        double[] idf = new double[named];
        for (int v = 0; v < df.length; v++) {
            if (spaceId[v] >= 0) {
                names[spaceId[v]] = counts.vocabulary[v];
                idf[spaceId[v]] = Math.log((n + 1.0) / df[v]);
            }
        }
        int[][] features = new int[n][];
        double[][] weights = new double[n][];
        int[] postingSize = new int[names.length];
        int[] ids = new int[16];
        double[] ws = new double[16];
        for (int s = 0; s < n; s++) {
            int m = 0;
            int[] vocabularyIds = counts.ids[s];
            for (int k = 0; k < vocabularyIds.length; k++) {
                int id = spaceId[vocabularyIds[k]];
                int count = counts.counts[s][k];
                if (id >= 0 && count > 0) {
                    if (m == ids.length) {
                        ids = Arrays.copyOf(ids, 2 * m);
                        ws = Arrays.copyOf(ws, 2 * m);
                    }
                    ids[m] = id;
                    ws[m++] = (1 + Math.log(count)) * idf[id];
                }
            }
            weigh(ids, ws, m, maxPerSpeech, features, weights, s);
            for (int f : features[s]) {
                postingSize[f]++;
            }
        }
        int[][] postingSpeeches = new int[names.length][];
        double[][] postingWeights = new double[names.length][];
        for (int f = 0; f < names.length; f++) {
            postingSpeeches[f] = new int[postingSize[f]];
            postingWeights[f] = new double[postingSize[f]];
        }
        int[] fill = new int[names.length];
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < features[s].length; k++) {
                int f = features[s][k];
                postingSpeeches[f][fill[f]] = s;
                postingWeights[f][fill[f]++] = weights[s][k];
            }
        }
        return new FeatureSpace(names, features, weights, postingSpeeches, postingWeights);
    }

    /** Speech {@code s}'s heaviest features of the {@code m} weighed, scaled to unit length. */
    private static void weigh(int[] ids, double[] ws, int m, int maxPerSpeech, int[][] features, double[][] weights,
                              int s) {
        int[] order = heaviest(ids, ws, m, maxPerSpeech);
        int kept = order.length;
        double[] squares = new double[kept];
        for (int k = 0; k < kept; k++) {
            squares[k] = ws[order[k]] * ws[order[k]];
        }
        double norm = Math.sqrt(Arrays.stream(squares).sum());
        features[s] = new int[kept];
        weights[s] = new double[kept];
        for (int k = 0; k < kept; k++) {
            features[s][k] = ids[order[k]];
            weights[s][k] = norm == 0 ? 0 : ws[order[k]] / norm;
        }
    }

    /**
     * Of the {@code m} features {@code ids[i]} weighing {@code ws[i]}, the places of the {@code most} heaviest (ties
     * to the lower id), in the order of their ids.
     */
    private static int[] heaviest(int[] ids, double[] ws, int m, int most) {
        int[] picked;
        if (m > most) {
            Integer[] byWeight = new Integer[m];
            for (int i = 0; i < m; i++) {
                byWeight[i] = i;
            }
            Arrays.sort(byWeight, Comparator.comparingDouble((Integer i) -> -ws[i]).thenComparingInt(i -> ids[i]));
            picked = new int[most];
            for (int i = 0; i < most; i++) {
                picked[i] = byWeight[i];
            }
        } else {
            picked = new int[m];
            for (int i = 0; i < m; i++) {
                picked[i] = i;
            }
        }
        long[] byId = new long[picked.length];
        for (int i = 0; i < picked.length; i++) {
            byId[i] = (long) ids[picked[i]] << 32 | picked[i];
        }
        Arrays.sort(byId);
        for (int i = 0; i < picked.length; i++) {
            picked[i] = (int) byId[i];
        }
        return picked;
    }

    /** Adds speech {@code s}'s cosine with every speech to {@code into} (indexed by speech). */
    void similarities(int s, double[] into) {
        for (int k = 0; k < features[s].length; k++) {
            int f = features[s][k];
            double w = weights[s][k];
            int[] speeches = postingSpeeches[f];
            double[] ws = postingWeights[f];
            for (int j = 0; j < speeches.length; j++) {
                into[speeches[j]] += w * ws[j];
            }
        }
    }

    /** The features speeches {@code a} and {@code b} share, those that add most to their similarity first. */
    List<String> shared(int a, int b, int limit) {
        List<double[]> both = new ArrayList<>();
        int i = 0;
        int j = 0;
        int[] fa = features[a];
        int[] fb = features[b];
        while (i < fa.length && j < fb.length) {
            if (fa[i] == fb[j]) {
                both.add(new double[] {fa[i], weights[a][i] * weights[b][j]});
                i++;
                j++;
            } else if (fa[i] < fb[j]) {
                i++;
            } else {
                j++;
            }
        }
        both.sort(Comparator.comparingDouble((double[] f) -> -f[1]).thenComparingDouble(f -> f[0]));
        return both.stream().limit(limit).map(f -> names[(int) f[0]]).toList();
    }
}
