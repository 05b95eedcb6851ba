package wengao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bit codes, worked by hand, and decoded back as the page decodes them for values small and large. */
class WireEncoderTest {

    @Test
    void codesWorkedByHand() {
        // gamma(1) = 1, k = 00000: 100000 = 32 = 'g'.
        assertEquals("g", WireEncoder.plain(new int[0]));
        // gaps 0 1 1, k = 0: gamma(4) 00100, k 00000, rice 0 | 10 | 10, padded: 001000 000001 010000 = I B Q.
        assertEquals("IBQ", WireEncoder.ascending(new int[] {0, 1, 2}));
        // unit 3 (gap 3 from -1, less one) with frequency 1: gamma(2) 010, k 00001, rice(3, 1) = 10 then 1,
        // gamma(1) 1: 010000 011011 = Q b.
        assertEquals("Qb", WireEncoder.unitsWithFrequencies(new int[] {3}, new int[] {1}, 1));
    }

    @Test
    void valuesOfEverySizeComeBack() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(50);
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(4) == 0 ? random.nextInt(1 << 30) : random.nextInt(1 << (1 + random.nextInt(12)));
            }
            assertArrayEquals(values, ClientIndexReader.plain(WireEncoder.plain(values)));
            int[] ascending = values.clone();
            java.util.Arrays.sort(ascending);
            assertArrayEquals(ascending, ClientIndexReader.ascending(WireEncoder.ascending(ascending)));
        }
    }
}
