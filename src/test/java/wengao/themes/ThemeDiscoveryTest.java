package wengao.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bar a discovered theme must clear grows with the corpus, but one speech more or less does not move it. */
class ThemeDiscoveryTest {

    @Test
    void smallCorporaNeedTwoSpeeches() {
        for (int n : new int[] {0, 1, 5, 199, 200, 401, 799}) {
            assertEquals(2, ThemeDiscovery.minSpeeches(n), "corpus of " + n);
        }
    }

    @Test
    void theBarStepsOnlyWhenTheCorpusDoubles() {
        assertEquals(4, ThemeDiscovery.minSpeeches(800));
        assertEquals(4, ThemeDiscovery.minSpeeches(1599));
        assertEquals(8, ThemeDiscovery.minSpeeches(1600));
        assertEquals(64, ThemeDiscovery.minSpeeches(20_000));
        List<Integer> steps = new ArrayList<>();
        for (int n = 1; n <= 50_000; n++) {
            int before = ThemeDiscovery.minSpeeches(n - 1);
            int after = ThemeDiscovery.minSpeeches(n);
            assertTrue(after >= before, "never falls as the corpus grows: " + n);
            if (after != before) {
                steps.add(n);
            }
        }
        assertEquals(List.of(800, 1_600, 3_200, 6_400, 12_800, 25_600), steps);
    }

    @Test
    void aTypicalCorpusKeepsItsBarWhenOneSpeechComesOrGoes() {
        for (int n : new int[] {1_000, 2_000, 5_000, 10_000, 20_000}) {
            assertEquals(ThemeDiscovery.minSpeeches(n), ThemeDiscovery.minSpeeches(n + 1), "adding to " + n);
            assertEquals(ThemeDiscovery.minSpeeches(n), ThemeDiscovery.minSpeeches(n - 1), "deleting from " + n);
        }
    }
}
