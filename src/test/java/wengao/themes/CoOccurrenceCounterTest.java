package wengao.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import wengao.model.CoOccurrence;

/** Co-occurrence sorted as packed numbers gives what sorting with the comparator gives. */
class CoOccurrenceCounterTest {

    @Test
    void packedSortIsTheComparedSort() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            int themes = 2 + random.nextInt(60);
            String[] slugs = new String[themes];
            for (int i = 0; i < themes; i++) {
                // Slugs out of number order, some sharing prefixes, so the rank is not the number.
                slugs[i] = "t-" + Integer.toHexString(random.nextInt(1 << 16)) + "-" + i;
            }
            CoOccurrenceCounter counter = new CoOccurrenceCounter(slugs);
            int speeches = 1 + random.nextInt(40);
            for (int s = 0; s < speeches; s++) {
                int units = random.nextInt(12);
                for (int u = 0; u < units; u++) {
                    int mentions = random.nextInt(5);
                    for (int m = 0; m < mentions; m++) {
                        counter.add(random.nextInt(Math.min(themes, 8 + round)));
                    }
                    counter.endUnit();
                }
                counter.endSpeech();
            }
            List<List<CoOccurrence>> compared = counter.resultCompared();
            assertEquals(compared, counter.resultPacked());
            assertEquals(compared, counter.result());
            assertTrue(round < 5 || compared.stream().anyMatch(l -> l.size() > 2), "the lists are not all trivial");
        }
    }
}
