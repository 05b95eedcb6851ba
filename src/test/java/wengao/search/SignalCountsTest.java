package wengao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SignalCountsTest {

    private record Feature(String name, List<String> mentions) {
    }

    /** Counted from the mentions as from maps of counts: features in any order, a name twice, a stranger's mention. */
    @Test
    void mentionsCountAsTheirMapsDo() {
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            int n = 5 + random.nextInt(30);
            Map<String, Integer> index = new HashMap<>();
            for (int s = 0; s < n; s++) {
                index.put("s" + s, s);
            }
            List<Feature> features = new ArrayList<>();
            List<Map<String, Integer>> maps = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                maps.add(new HashMap<>());
            }
            int count = random.nextInt(20);
            for (int f = 0; f < count; f++) {
                String name = "主题" + random.nextInt(15);
                List<String> mentions = new ArrayList<>();
                int m = random.nextInt(12);
                for (int k = 0; k < m; k++) {
                    int s = random.nextInt(n + 2); // two speeches outside the corpus
                    mentions.add("s" + s);
                    if (s < n) {
                        maps.get(s).merge(name, 1, Integer::sum);
                    }
                }
                features.add(new Feature(name, mentions));
            }
            SignalCounts fromMaps = SignalCounts.of(maps);
            SignalCounts fromMentions = SignalCounts.ofMentions(features, Feature::name, Feature::mentions, m -> m,
                    index, n);
            assertArrayEquals(fromMaps.vocabulary, fromMentions.vocabulary);
            for (int s = 0; s < n; s++) {
                assertArrayEquals(fromMaps.ids[s], fromMentions.ids[s], "speech " + s);
                assertArrayEquals(fromMaps.counts[s], fromMentions.counts[s], "speech " + s);
            }
        }
    }
}
