package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The similarities are the tf·idf cosines of the definition to the last bit, whatever order the speeches' maps
 * iterate in: related speeches round scores to thousandths, so a sum taken in another order could move a speech
 * past a rounding edge. Checked against the definition written out plainly, on random speeches.
 */
class FeatureSpaceTest {

    @Test
    void similaritiesAreTheCosinesOfTheDefinitionToTheLastBit() {
        Random random = new Random(5);
        for (int round = 0; round < 6; round++) {
            int n = 30 + random.nextInt(40);
            int vocabulary = 20 + random.nextInt(200);
            List<Map<String, Integer>> counts = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                Map<String, Integer> c = new HashMap<>();
                int features = random.nextInt(40);
                for (int f = 0; f < features; f++) {
                    // Names in an order unlike their numbers', some counts zero, some features of one speech alone.
                    c.merge("词" + Integer.toString(random.nextInt(vocabulary), 7), random.nextInt(4), Integer::sum);
                }
                counts.add(c);
            }
            for (int most : new int[] {Integer.MAX_VALUE, 25, 3}) {
                FeatureSpace space = FeatureSpace.of(counts, most);
                double[][] expected = definition(counts, most);
                boolean someShared = false;
                for (int a = 0; a < n; a++) {
                    double[] row = new double[n];
                    space.similarities(a, row);
                    for (int b = 0; b < n; b++) {
                        assertEquals(Double.doubleToLongBits(expected[a][b]), Double.doubleToLongBits(row[b]),
                                "speeches " + a + " and " + b + ", at most " + most + " features: " + expected[a][b]
                                        + " vs " + row[b]);
                        someShared |= a != b && row[b] > 0;
                    }
                }
                assertTrue(someShared, "the speeches share features");
            }
        }
    }

    /** Each speech's cosine with every other, as a tree of names and lists of pairs compute it. */
    private static double[][] definition(List<Map<String, Integer>> counts, int most) {
        int n = counts.size();
        TreeMap<String, Integer> df = new TreeMap<>();
        for (Map<String, Integer> c : counts) {
            c.keySet().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        df.values().removeIf(d -> d < 2);
        Map<String, Integer> ids = new HashMap<>();
        for (String name : df.keySet()) {
            ids.put(name, ids.size());
        }
        List<List<double[]>> vectors = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            List<double[]> kept = new ArrayList<>();
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                Integer id = ids.get(e.getKey());
                if (id != null && e.getValue() > 0) {
                    double idf = Math.log((n + 1.0) / df.get(e.getKey()));
                    kept.add(new double[] {id, (1 + Math.log(e.getValue())) * idf});
                }
            }
            kept.sort(Comparator.comparingDouble((double[] f) -> -f[1]).thenComparingDouble(f -> f[0]));
            if (kept.size() > most) {
                kept = new ArrayList<>(kept.subList(0, most));
            }
            kept.sort(Comparator.comparingDouble(f -> f[0]));
            double norm = Math.sqrt(kept.stream().mapToDouble(f -> f[1] * f[1]).sum());
            for (double[] f : kept) {
                f[1] = norm == 0 ? 0 : f[1] / norm;
            }
            vectors.add(kept);
        }
        // Summed as the postings are walked: a's features in the order of their ids, each adding to every speech.
        double[][] out = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (double[] f : vectors.get(a)) {
                for (int b = 0; b < n; b++) {
                    for (double[] g : vectors.get(b)) {
                        if (g[0] == f[0]) {
                            out[a][b] += f[1] * g[1];
                        }
                    }
                }
            }
        }
        return out;
    }
}
