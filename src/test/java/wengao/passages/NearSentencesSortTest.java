package wengao.passages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The variant keys' bucket sort orders them as {@link Arrays#sort(long[])} does: groups are read in that order. */
class NearSentencesSortTest {

    @Test
    void keysComeOutInTheOrderOfASort() {
        Random random = new Random(3);
        for (int n : new int[] {0, 1, 2, 17, 5_000, 200_000}) {
            long[] keys = new long[n + 7];
            for (int i = 0; i < n; i++) {
                // Hashes across the whole range, negatives among them, with repeats and a few crowded buckets.
                keys[i] = switch (random.nextInt(4)) {
                    case 0 -> i > 0 ? keys[random.nextInt(i)] : random.nextLong();
                    case 1 -> Long.MIN_VALUE + random.nextInt(1000);
                    case 2 -> Long.MAX_VALUE - random.nextInt(1000);
                    default -> random.nextLong();
                };
            }
            Arrays.fill(keys, n, keys.length, 42L); // past n: left as it is
            long[] expected = keys.clone();
            Arrays.sort(expected, 0, n);
            NearSentences.sort(keys, n);
            assertArrayEquals(expected, keys, "n = " + n);
        }
    }
}
