package wengao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fingerprint is MurmurHash3 x64 128 as Guava computes it, however the input is cut into pieces. */
class FingerprintTest {

    @Test
    void bytesFingerprintAsTheReferenceDoesAtEveryLength() {
        Random random = new Random(7);
        for (int length = 0; length < 100; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertEquals(Hashing.murmur3_128().hashBytes(bytes).toString(), Fingerprint.of(bytes), "length " + length);
        }
    }

    @Test
    void textIsItsUtf16LittleEndianBytes() {
        for (String s : new String[] {"", "a", "要坚持", "全面从严治党永远在路上。", "𠀀x" + "作风建设".repeat(9)}) {
            assertEquals(Hashing.murmur3_128().hashBytes(s.getBytes(StandardCharsets.UTF_16LE)).toString(),
                    Fingerprint.of(s), s);
        }
    }

    @Test
    void piecesAddUpToTheWhole() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            Fingerprint pieces = new Fingerprint();
            int at = 0;
            while (at < bytes.length) {
                int n = Math.min(bytes.length - at, random.nextInt(40));
                if (n == 1) {
                    pieces.add(bytes[at]);
                } else {
                    pieces.add(bytes, at, n);
                }
                at += n;
            }
            assertEquals(Fingerprint.of(bytes), pieces.hex());
        }
        String text = "一二三四五六七八九十壹贰叁";
        Fingerprint mixed = new Fingerprint().add(new byte[] {1, 2, 3}).add(text).add(42L);
        byte[] expected = new byte[3 + text.length() * 2 + 8];
        expected[0] = 1;
        expected[1] = 2;
        expected[2] = 3;
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(utf16, 0, expected, 3, utf16.length);
        expected[3 + utf16.length] = 42;
        assertEquals(Fingerprint.of(expected), mixed.hex());
        assertNotEquals(Fingerprint.of("ab"), Fingerprint.of("ba"));
    }
}
