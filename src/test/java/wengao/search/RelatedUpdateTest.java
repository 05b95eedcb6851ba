package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.model.Citations;
import wengao.model.SpeechPairCount;
import wengao.model.SpeechPairs;
import wengao.model.ThemeMap;

/**
 * Rankings updated from the last build's are those of every speech ranked afresh, on random corpora of few names
 * (so that scores tie and speeches come into and leave each other's five), through random edits: counts that keep
 * each speech's names, shared passages that change, come and go, and names that move (which rank everything again).
 */
class RelatedUpdateTest {

    @TempDir
    Path dir;

    /** A corpus as the signals see it: per speech and signal, names and counts; and the shared passages. */
    private static final class Signals {
        final String[] slugs;
        final List<List<Map<String, Integer>>> counts = new ArrayList<>();
        final Map<String, Integer> pairs = new HashMap<>(); // "a b" (a < b) to count

        Signals(int n, Random random) {
            slugs = new String[n];
            for (int i = 0; i < n; i++) {
                slugs[i] = String.format("s%02d", (i * 7) % n); // reading order unlike the slugs'
            }
            int[] vocabulary = {6, 25, 4};
            for (int sig = 0; sig < RelatedState.SPACES; sig++) {
                List<Map<String, Integer>> bySpeech = new ArrayList<>();
                for (int s = 0; s < n; s++) {
                    Map<String, Integer> c = new HashMap<>();
                    int features = random.nextInt(sig == 1 ? 30 : 4);
                    for (int f = 0; f < features; f++) {
                        c.put("f" + random.nextInt(vocabulary[sig]), 1 + random.nextInt(2));
                    }
                    bySpeech.add(c);
                }
                counts.add(bySpeech);
            }
            for (int k = 0; k < n; k++) {
                setPair(random.nextInt(n), random.nextInt(n), 1 + random.nextInt(3));
            }
        }

        void setPair(int a, int b, int count) {
            if (a == b) {
                return;
            }
            String x = slugs[Math.min(a, b)].compareTo(slugs[Math.max(a, b)]) < 0 ? slugs[Math.min(a, b)] : slugs[Math.max(a, b)];
            String y = x.equals(slugs[a]) ? slugs[b] : slugs[a];
            if (count == 0) {
                pairs.remove(x + " " + y);
            } else {
                pairs.put(x + " " + y, count);
            }
        }

        List<List<Ranked>> rankings(RelatedCache cache) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < slugs.length; i++) {
                index.put(slugs[i], i);
            }
            SignalCounts[] signalCounts = new SignalCounts[RelatedState.SPACES];
            for (int sig = 0; sig < RelatedState.SPACES; sig++) {
                signalCounts[sig] = SignalCounts.of(counts.get(sig));
            }
            List<SpeechPairCount> given = new ArrayList<>();
            pairs.forEach((ab, count) -> {
                String[] two = ab.split(" ");
                given.add(new SpeechPairCount(two[0], two[1], count));
            });
            return RelatedSpeeches.rankings(slugs, index, signalCounts, SpeechPairs.of(given),
                    new Wording(ThemeMap.EMPTY, Citations.EMPTY), cache);
        }
    }

    @Test
    void updatedRankingsAreThoseOfEverySpeechRankedAfresh() throws IOException {
        Random random = new Random(11);
        int updated = 0;
        int fellBack = 0;
        int left = 0;
        int ties = 0;
        for (int corpus = 0; corpus < 12; corpus++) {
            int n = 30 + random.nextInt(30);
            Signals signals = new Signals(n, random);
            Path file = dir.resolve("related-" + corpus + ".bin");
            RelatedCache first = RelatedCache.empty("v1");
            List<List<Ranked>> before = signals.rankings(first);
            first.save(file);
            for (int step = 0; step < 25; step++) {
                boolean namesMove = edit(signals, random, n);
                List<List<Ranked>> fresh = signals.rankings(RelatedCache.empty("v1"));
                RelatedCache kept = RelatedCache.at(file, "v1");
                List<List<Ranked>> again = signals.rankings(kept);
                for (int s = 0; s < n; s++) {
                    assertEquals(fresh.get(s), again.get(s), "corpus " + corpus + ", step " + step + ", speech " + s);
                }
                if (namesMove) {
                    assertEquals(n, kept.rankedAgain(), "names moved: every speech ranked again");
                    fellBack++;
                } else if (kept.rankedAgain() < n) {
                    updated++;
                }
                left += leavings(before, fresh);
                for (List<Ranked> list : fresh) {
                    for (int i = 1; i < list.size(); i++) {
                        ties += list.get(i - 1).score() == list.get(i).score() ? 1 : 0;
                    }
                }
                kept.save(file);
                before = fresh;
            }
        }
        assertTrue(updated > 100, updated + " updates");
        assertTrue(fellBack > 10, fellBack + " edits that moved names");
        assertTrue(left > 50, left + " speeches left another's five");
        assertTrue(ties > 50, ties + " ties");
    }

    /** Edits the signals at random; true when a speech's names changed (not only their counts). */
    private static boolean edit(Signals signals, Random random, int n) {
        int kind = random.nextInt(10);
        int speeches = 1 + random.nextInt(random.nextInt(8) == 0 ? 6 : 2);
        boolean namesMove = false;
        for (int k = 0; k < speeches; k++) {
            int s = random.nextInt(n);
            if (kind < 6) {
                Map<String, Integer> c = signals.counts.get(random.nextInt(RelatedState.SPACES)).get(s);
                c.replaceAll((f, count) -> random.nextInt(3) == 0 ? 1 + random.nextInt(4) : count);
            } else if (kind < 9) {
                signals.setPair(s, random.nextInt(n), random.nextInt(4));
            } else {
                Map<String, Integer> c = signals.counts.get(random.nextInt(RelatedState.SPACES)).get(s);
                String name = "f" + random.nextInt(40);
                namesMove |= c.containsKey(name) ? c.remove(name) != null : c.put(name, 1) == null;
            }
        }
        return namesMove;
    }

    /** How many times a speech in one's five before is not after, though both are still in the corpus. */
    private static int leavings(List<List<Ranked>> before, List<List<Ranked>> after) {
        int left = 0;
        for (int s = 0; s < before.size(); s++) {
            List<Integer> now = after.get(s).stream().map(Ranked::speech).toList();
            for (Ranked r : before.get(s)) {
                left += now.contains(r.speech()) ? 0 : 1;
            }
        }
        return left;
    }
}
