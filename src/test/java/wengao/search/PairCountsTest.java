package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import wengao.model.SpeechPairCount;
import wengao.model.SpeechPairs;

class PairCountsTest {

    @Test
    void everyPairReadsBothWaysWhateverTheCorpusOrder() {
        Random random = new Random(7);
        int n = 40;
        // The corpus in an order of its own (not the slugs'), one speech without a pair, one pair with a stranger.
        List<String> corpus = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            corpus.add(String.format("s%02d", (i * 17) % n));
        }
        Map<String, Integer> index = new HashMap<>();
        corpus.forEach(slug -> index.put(slug, index.size()));
        Map<String, Integer> expected = new HashMap<>();
        List<SpeechPairCount> given = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            String a = corpus.get(random.nextInt(n - 1));
            String b = corpus.get(random.nextInt(n - 1));
            int count = 1 + random.nextInt(9);
            given.add(new SpeechPairCount(a, b, count));
            if (!a.equals(b)) {
                expected.merge(a + "+" + b, count, Math::max);
                expected.put(b + "+" + a, expected.get(a + "+" + b));
            }
        }
        given.add(new SpeechPairCount(corpus.get(0), "not-in-the-corpus", 4));
        PairCounts counts = new PairCounts(SpeechPairs.of(given), index, n);
        for (int a = 0; a < n; a++) {
            double[] similarities = new double[n];
            counts.similarities(a, similarities);
            for (int b = 0; b < n; b++) {
                int want = expected.getOrDefault(corpus.get(a) + "+" + corpus.get(b), 0);
                assertEquals(want, counts.count(a, b), corpus.get(a) + " with " + corpus.get(b));
                assertEquals(want / (want + 1.0), similarities[b], 1e-12);
            }
        }
    }
}
