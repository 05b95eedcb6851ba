package wengao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageMapTest {

    static SharedPassage passage(boolean stock, String... speeches) {
        List<PassageOccurrence> occurrences = new ArrayList<>();
        for (String s : speeches) {
            occurrences.add(new PassageOccurrence(s, 1, "p1", 0, 4, "四个字儿"));
        }
        return new SharedPassage("四个字儿", "四个字儿", speeches.length, occurrences, false, stock);
    }

    static List<String> rows(PassageMap map) {
        return SpeechPairsTest.rows(map.pairCounts());
    }

    @Test
    void countsEachPairOfSpeechesOncePerPassageStockPhrasesLeftOut() {
        PassageMap map = new PassageMap(List.of(
                passage(false, "c", "a", "b"),
                passage(false, "b", "a", "a"), // a speech using the passage twice is one speech of the pair
                passage(true, "a", "b", "c", "d"),
                passage(false, "d", "c")));
        assertEquals(List.of("a+b=2", "a+c=1", "b+c=1", "c+d=1"), rows(map));
    }

    @Test
    void aPassageOfMoreSpeechesThanTheBoundCountsForNoPair() {
        String[] bound = new String[PassageMap.PAIR_SPEECHES];
        for (int i = 0; i < bound.length; i++) {
            bound[i] = String.format("s%03d", i);
        }
        String[] beyond = java.util.Arrays.copyOf(bound, bound.length + 1);
        beyond[bound.length] = "s999";
        List<String> atTheBound = rows(new PassageMap(List.of(passage(false, bound))));
        assertEquals(bound.length * (bound.length - 1) / 2, atTheBound.size());
        assertEquals("s000+s001=1", atTheBound.get(0));
        assertEquals(List.of("s000+s001=1"), rows(new PassageMap(List.of(passage(false, beyond),
                passage(false, "s001", "s000")))));
        String[] again = java.util.Arrays.copyOf(bound, bound.length + 1);
        again[bound.length] = "s000"; // more occurrences than the bound, of as many speeches as the bound
        assertEquals(atTheBound, rows(new PassageMap(List.of(passage(false, again)))));
    }

    @Test
    void theOrderOfThePassagesDoesNotMatter() {
        List<SharedPassage> passages = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            passages.add(passage(false, "s" + (i % 7), "s" + (i % 5), "s" + (i % 3)));
        }
        List<String> forward = rows(new PassageMap(passages));
        Collections.reverse(passages);
        assertEquals(forward, rows(new PassageMap(passages)));
        assertEquals(List.of(), rows(PassageMap.EMPTY));
    }
}
