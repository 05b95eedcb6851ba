package wengao.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** {@code counts.get(i)}: how often speech i has each feature. */
    static FeatureSpace of(List<Map<String, Integer>> counts, int maxPerSpeech) {
        int n = counts.size();
        TreeMap<String, Integer> df = new TreeMap<>();
        for (Map<String, Integer> c : counts) {
            c.keySet().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        df.values().removeIf(d -> d < 2);
        String[] names = df.keySet().toArray(new String[0]);
        TreeMap<String, Integer> ids = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            ids.put(names[i], i);
        }
        int[][] features = new int[n][];
        double[][] weights = new double[n][];
        int[] postingSize = new int[names.length];
        for (int s = 0; s < n; s++) {
            List<double[]> kept = new ArrayList<>(); // {feature id, weight}
            for (Map.Entry<String, Integer> e : counts.get(s).entrySet()) {
                Integer id = ids.get(e.getKey());
                if (id != null && e.getValue() > 0) {
                    double idf = Math.log((n + 1.0) / df.get(e.getKey()));
                    kept.add(new double[] {id, (1 + Math.log(e.getValue())) * idf});
                }
            }
            kept.sort(Comparator.comparingDouble((double[] f) -> -f[1]).thenComparingDouble(f -> f[0]));
            if (kept.size() > maxPerSpeech) {
                kept = kept.subList(0, maxPerSpeech);
            }
            kept.sort(Comparator.comparingDouble(f -> f[0]));
            double norm = Math.sqrt(kept.stream().mapToDouble(f -> f[1] * f[1]).sum());
            features[s] = new int[kept.size()];
            weights[s] = new double[kept.size()];
            for (int k = 0; k < kept.size(); k++) {
                features[s][k] = (int) kept.get(k)[0];
                weights[s][k] = norm == 0 ? 0 : kept.get(k)[1] / norm;
                postingSize[features[s][k]]++;
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
