package wengao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bit codes, worked by hand, and decoded back as the page decodes them for values small and large. */
class WireEncoderTest {

    @Test
    void codesWorkedByHand() {
        // The digits are ! # $ % ' ( ) * + , … (89 of them); one byte b is the first two digits of b·2^24 in base 89.
        assertEquals("!#", WireEncoder.pack(new byte[] {0, 0, 0, 1}).substring(3));
        // gamma(1) = 1, k = 00000: the byte 10000000 = 128, packed: G 7.
        assertEquals("G7", WireEncoder.plain(new int[0]));
        // gaps 0 1 1, k = 0: gamma(4) 00100, k 00000, rice 0 | 10 | 10, padded: 00100000 00010100 = 0x20 0x14.
        assertEquals("+XI", WireEncoder.ascending(new int[] {0, 1, 2}));
        // unit 3 (gap 3 from -1, less one) with frequency 1, one block: 0 (no more blocks), gamma(2) 010,
        // k 00001, rice(3, 1) = 10 then 1, gamma(1) 1, padded: 00100000 11011000 = 0x20 0xD8.
        assertEquals("+k^", WireEncoder.unitsWithFrequencies(new int[] {3}, new int[] {1}, 1, BlockCuts.byNumber(WireEncoder.BLOCK)));
        // Two units, the first one that ends a block: two blocks.
        int ends = 0;
        while (!BlockCuts.byNumber(WireEncoder.BLOCK).endsBlock(ends)) {
            ends++;
        }
        // [ends, ends + 1], frequencies 1 and 1: the first block ends at `ends`. Its bits: 1 (more follow),
        // gamma(1) 1 (one group), gamma(ends + 1) (its last unit less the unit before, −1), gamma(2) 010, k, the
        // gap ends in Rice, gamma(1) 1, zeros to 32 bits; then the last block: 0, gamma(2) 010, k 00000, Rice(0) 0,
        // gamma(1) 1.
        WireEncoder head = new WireEncoder();
        head.bits(1, 1);
        head.gamma(1);
        head.gamma(ends + 1);
        int k = WireEncoder.riceParameter(new int[] {ends}, 0, 1);
        head.gamma(2);
        head.bits(k, 5);
        head.rice(ends, k);
        head.gamma(1);
        String first = head.finish();
        assertEquals(true, first.length() <= 5, "the first block fits one group of 32 bits: " + first);
        // 0 010 00000 0 1, padded: 00100000 00100000.
        String last = WireEncoder.pack(new byte[] {0x20, 0x20});
        String code = WireEncoder.unitsWithFrequencies(new int[] {ends, ends + 1}, new int[] {1, 1}, 2, BlockCuts.byNumber(WireEncoder.BLOCK));
        assertEquals(5 + last.length(), code.length(), code);
        assertEquals(last, code.substring(5));
        assertEquals(first, code.substring(0, first.length()), "the first block's digits, zeros to a whole group");
    }

    @Test
    void packedBytesComeBackForEveryLength() {
        Random random = new Random(3);
        for (int n = 0; n < 40; n++) {
            byte[] bytes = new byte[n];
            random.nextBytes(bytes);
            if (n % 3 == 0) {
                java.util.Arrays.fill(bytes, (byte) 0xFF);
            }
            String packed = WireEncoder.pack(bytes);
            assertEquals(n / 4 * 5 + (n % 4 == 0 ? 0 : n % 4 + 1), packed.length());
            assertArrayEquals(bytes, ClientIndexReader.unpack(packed));
        }
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

    @Test
    void gammaAndRiceWriteTheBitsTheirDefinitionsSay() {
        // Against a bit-by-bit writing of the definitions: gamma(v) = (length − 1) zeros, then v in length bits;
        // Rice(v, k) = v >> k ones, a zero, then the low k bits of v. Sizes on both sides of one-step writing.
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            WireEncoder e = new WireEncoder();
            StringBuilder bits = new StringBuilder();
            for (int op = 0; op < 40; op++) {
                int v = random.nextInt(3) == 0 ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(1 << (1 + random.nextInt(20)));
                if (random.nextBoolean()) {
                    int g = Math.max(1, v);
                    e.gamma(g);
                    String b = Integer.toBinaryString(g);
                    bits.append("0".repeat(b.length() - 1)).append(b);
                } else {
                    int k = random.nextInt(31);
                    int q = v >>> k;
                    if (q > 200) {
                        continue;
                    }
                    e.rice(v, k);
                    bits.append("1".repeat(q)).append('0');
                    for (int i = k - 1; i >= 0; i--) {
                        bits.append((v >>> i) & 1);
                    }
                }
            }
            while (bits.length() % 8 != 0) {
                bits.append('0');
            }
            byte[] expected = new byte[bits.length() / 8];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = (byte) Integer.parseInt(bits.substring(8 * i, 8 * i + 8), 2);
            }
            assertEquals(WireEncoder.pack(expected), e.finish());
        }
    }
}
