package wengao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The decoder reads back what the encoder wrote, for lists of every shape the index has: empty, one entry, dense
 * (gaps of 0, the unigram of a common character), sparse, and with one gap far longer than the rest (a Rice
 * quotient that runs over many 64-bit windows); and it refuses a code with anything but padding after its list.
 */
class WireDecoderTest {

    private static int[] ascending(Random r, int n, int spread, boolean oneFarGap) {
        int[] units = new int[n];
        int unit = -1;
        for (int i = 0; i < n; i++) {
            unit += 1 + r.nextInt(spread);
            if (oneFarGap && i == n / 2) {
                unit += 5_000_000;
            }
            units[i] = unit;
        }
        return units;
    }

    @Test
    void unitsWithFrequenciesComeBackAsWritten() {
        Random r = new Random(7);
        int[][] shapes = {{0, 1}, {1, 1}, {500, 1}, {2_000, 40}, {300, 100_000}, {64, 3}};
        for (int[] shape : shapes) {
            for (boolean far : new boolean[] {false, true}) {
                int n = shape[0];
                int[] units = ascending(r, n, shape[1], far && n > 2);
                int[] freqs = new int[n];
                for (int i = 0; i < n; i++) {
                    freqs[i] = 1 + (r.nextInt(10) == 0 ? r.nextInt(5_000) : r.nextInt(3));
                }
                for (int block : new int[] {WireEncoder.BLOCK, 8}) {
                    String code = WireEncoder.unitsWithFrequencies(units, freqs, n, BlockCuts.byNumber(block));
                    WireDecoder.Units back = WireDecoder.units(code);
                    assertArrayEquals(units, back.units(), Arrays.toString(shape));
                    assertArrayEquals(freqs, back.freqs(), Arrays.toString(shape));
                    IndexView.Matches page = ClientIndexReader.unitsWithFrequencies(code);
                    assertArrayEquals(units, page.units(), "as the page reads it: " + Arrays.toString(shape));
                    // Block by block, from the headers: the same units, each block ending where the rule says.
                    java.util.List<WireDecoder.Block> blocks = WireDecoder.blocks(code);
                    int at = 0;
                    for (WireDecoder.Block b : blocks) {
                        WireDecoder.Units part = WireDecoder.units(code, b);
                        assertArrayEquals(Arrays.copyOfRange(units, at, at + part.size()), part.units());
                        at += part.size();
                        if (!b.endsList()) {
                            assertEquals(b.last(), part.units()[part.size() - 1]);
                            assertTrue(BlockCuts.byNumber(block).endsBlock(b.last()));
                            assertEquals(0, b.from() % 5, "a block starts on a group of five digits");
                        }
                    }
                    assertEquals(n, at);
                    int cuts = 0;
                    for (int i = 0; i + 1 < n; i++) {
                        cuts += BlockCuts.byNumber(block).endsBlock(units[i]) ? 1 : 0;
                    }
                    assertEquals(cuts + 1, blocks.size(), "a block ends at every unit the rule picks but the last");
                }
            }
        }
    }

    @Test
    void trigramRowsComeBackAsWritten() {
        Random r = new Random(11);
        for (int round = 0; round < 40; round++) {
            int n = round == 0 ? 0 : 1 + r.nextInt(300);
            int[] units = ascending(r, n, 1 + r.nextInt(2_000), round % 7 == 3 && n > 2);
            int[] counts = new int[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                counts[i] = 1 + (r.nextInt(8) == 0 ? r.nextInt(60) : 0);
                total += counts[i];
            }
            int[] positions = new int[total];
            for (int i = 0, at = 0; i < n; i++) {
                int p = r.nextInt(round % 5 == 0 ? 3_000_000 : 400);
                for (int j = 0; j < counts[i]; j++) {
                    positions[at++] = p;
                    p += 1 + r.nextInt(50);
                }
            }
            int bits = WireEncoder.unitBits((n == 0 ? 0 : units[n - 1] + 1) + r.nextInt(3_000));
            WireDecoder.Rows back = WireDecoder.rows(WireEncoder.rows(units, counts, positions, n, bits), bits);
            assertArrayEquals(units, back.units(), "round " + round);
            assertArrayEquals(counts, back.counts(), "round " + round);
            assertArrayEquals(positions, back.positions(), "round " + round);
        }
    }

    /** Rows' position counts: mostly one, now and then more. */
    private static int[] counts(Random r, int n) {
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            counts[i] = 1 + (r.nextInt(6) == 0 ? r.nextInt(9) : 0);
        }
        return counts;
    }

    /** Ascending positions for each row, all rows' in one array. */
    private static int[] positions(Random r, int[] counts) {
        int[] positions = new int[Arrays.stream(counts).sum()];
        for (int i = 0, at = 0; i < counts.length; i++) {
            int p = r.nextInt(500);
            for (int j = 0; j < counts[i]; j++) {
                positions[at++] = p;
                p += 1 + r.nextInt(40);
            }
        }
        return positions;
    }

    @Test
    void rowsWhoseUnitsAllMoveByOneStepDifferOnlyInTheirFirstUnit() {
        Random r = new Random(23);
        int coded = 0;
        for (int round = 0; round < 400; round++) {
            // Short codes too: their first unit's bits then reach into the last, shorter digit group.
            int n = 1 + (round % 3 == 0 ? r.nextInt(3) : r.nextInt(200));
            int bits = 1 + r.nextInt(24); // any width: the codec takes what it is given
            int[] units = ascending(r, n, 1 + r.nextInt(Math.max(1, ((1 << bits) - 1) / (n + 1))), false);
            if (units[n - 1] >= 1 << bits) {
                continue; // more units than the bits can number: no code of these
            }
            coded++;
            int[] counts = counts(r, n);
            int[] positions = positions(r, counts);
            int room = (1 << bits) - 1 - units[n - 1];
            int step = r.nextBoolean() ? r.nextInt(room + 1) : -r.nextInt(units[0] + 1);
            int[] moved = new int[n];
            for (int i = 0; i < n; i++) {
                moved[i] = units[i] + step;
            }
            String code = WireEncoder.rows(units, counts, positions, n, bits);
            assertEquals(WireEncoder.rows(moved, counts, positions, n, bits),
                    WireEncoder.shiftedRows(code, bits, moved[0]), "round " + round + ", step " + step);
        }
        assertTrue(coded > 300, coded + " rounds coded");
    }

    @Test
    void rowsWhoseUnitsMoveByOneStepBeforeAPointAndAnotherAfterAreRewrittenInOneGap() {
        Random r = new Random(31);
        int bits = 20;
        int same = 0;
        for (int round = 0; round < 300; round++) {
            int n = 2 + r.nextInt(round % 4 == 0 ? 3 : 150);
            int[] units = ascending(r, n, 1 + r.nextInt(2_000), false);
            int[] counts = counts(r, n);
            int[] positions = positions(r, counts);
            // A speech added (or deleted) between rows changed - 1 and changed, another before them all.
            int changed = 1 + r.nextInt(n - 1);
            int before = r.nextInt(3) == 0 ? 0 : r.nextInt(500);
            int gap = units[changed] - units[changed - 1] - 1;
            int between = r.nextBoolean() ? r.nextInt(20_000) : -r.nextInt(gap + 1);
            int[] moved = new int[n];
            for (int i = 0; i < n; i++) {
                moved[i] = units[i] + before + (i >= changed ? between : 0);
            }
            if (between == 0) {
                continue;
            }
            String code = WireEncoder.rows(units, counts, positions, n, bits);
            String regapped = WireEncoder.regapped(WireDecoder.rowFields(code, bits), moved, changed, bits);
            String coded = WireEncoder.rows(moved, counts, positions, n, bits);
            if (regapped != null) {
                assertEquals(coded, regapped, "round " + round);
                same++;
            } else {
                // Refused only when the new gap calls for another parameter: the codes then differ in it.
                assertNotEquals(WireDecoder.rowFields(code, bits).kUnit(), WireDecoder.rowFields(coded, bits).kUnit(),
                        "round " + round);
            }
        }
        assertTrue(same > 150, same + " rewritten");
    }

    @Test
    void aFirstUnitTooWideForItsBitsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> WireEncoder.rows(new int[] {8}, new int[] {1}, new int[] {0}, 1, 3));
    }

    @Test
    void aCodeWithMoreThanItsListIsRefused() {
        String code = WireEncoder.unitsWithFrequencies(new int[] {3, 9}, new int[] {1, 2}, 2, BlockCuts.byNumber(WireEncoder.BLOCK));
        assertEquals(2, WireDecoder.units(code).size());
        // Five more digits are four more bytes after the list.
        assertThrows(IllegalArgumentException.class, () -> WireDecoder.units(code + "!!!!#"));
        assertThrows(IllegalArgumentException.class, () -> WireDecoder.units(code.substring(0, code.length() - 1)));
    }
}
