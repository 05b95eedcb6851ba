package wengao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechPairsTest {

    /** Every pair as {@code first+second=count}, rows in slug order. */
    static List<String> rows(SpeechPairs pairs) {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < pairs.speeches(); a++) {
            for (int k = pairs.start(a); k < pairs.start(a + 1); k++) {
                out.add(pairs.slug(a) + "+" + pairs.slug(pairs.partner(k)) + "=" + pairs.count(k));
            }
        }
        assertEquals(out.size(), pairs.size());
        return out;
    }

    @Test
    void pairsGivenEitherWayRoundAreOnePairWithTheLargerCount() {
        SpeechPairs pairs = SpeechPairs.of(List.of(
                new SpeechPairCount("c", "a", 2),
                new SpeechPairCount("a", "c", 5),
                new SpeechPairCount("b", "a", 1),
                new SpeechPairCount("d", "d", 9), // a speech with itself is no pair
                new SpeechPairCount("e", "b", 0))); // nor is a count of nothing
        assertEquals(List.of("a+b=1", "a+c=5"), rows(pairs));
        assertEquals(List.of("a", "b", "c"), List.of(pairs.slug(0), pairs.slug(1), pairs.slug(2)));
    }

    @Test
    void manyRowsGrowTheirArrays() {
        List<SpeechPairCount> given = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
            for (int b = a + 1; b < 30; b++) {
                given.add(new SpeechPairCount(String.format("s%02d", b), String.format("s%02d", a), a + b));
                expected.add(String.format("s%02d+s%02d=%d", a, b, a + b));
            }
        }
        assertEquals(expected, rows(SpeechPairs.of(given)));
        assertEquals(List.of(), rows(SpeechPairs.NONE));
    }
}
