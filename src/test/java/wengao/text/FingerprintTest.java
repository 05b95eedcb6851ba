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

    @Test
    void smallValuesFedOneByOneAreTheirBytesEndToEnd() {
        // Bytes, numbers and text mixed, as a page's description feeds them, against the reference's fingerprint
        // of the same bytes laid end to end: a number is its eight bytes little-endian, text its UTF-16LE units.
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Fingerprint fed = new Fingerprint();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int values = random.nextInt(200);
            for (int v = 0; v < values; v++) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        byte b = (byte) random.nextInt();
                        fed.add(b);
                        bytes.write(b);
                    }
                    case 1 -> {
                        long l = random.nextLong();
                        fed.add(l);
                        for (int i = 0; i < 8; i++) {
                            bytes.write((int) (l >>> (8 * i)));
                        }
                    }
                    default -> {
                        StringBuilder text = new StringBuilder();
                        for (int i = random.nextInt(random.nextInt(4) == 0 ? 3000 : 20); i > 0; i--) {
                            text.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x4e00 + random.nextInt(0x5000)));
                        }
                        if (random.nextBoolean()) {
                            fed.add(text);
                        } else {
                            fed.add(text.toString());
                        }
                        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_16LE));
                    }
                }
            }
            byte[] all = bytes.toByteArray();
            assertEquals(java.util.HexFormat.of().formatHex(Hashing.murmur3_128().hashBytes(all).asBytes()), fed.hex(),
                    "round " + round);
        }
    }

    @Test
    void stringsReadInBlocksAreTheirUnitsAtEveryAlignmentAndLength() {
        // A string's characters are copied out a block at a time: ASCII-only (one byte a character inside the string)
        // and wider strings, across block ends, after a tail of every length.
        for (String unit : new String[] {"a", "文"}) {
            for (int length : new int[] {0, 7, 8, 9, 15, 16, 17, 255, 256, 257, 600}) {
                String text = unit.repeat(length) + "z";
                for (int lead = 0; lead < 16; lead++) {
                    byte[] before = new byte[lead];
                    java.util.Arrays.fill(before, (byte) lead);
                    Fingerprint fed = new Fingerprint().add(before).add(text).add(text.substring(1));
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                    bytes.writeBytes(before);
                    bytes.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
                    bytes.writeBytes(text.substring(1).getBytes(StandardCharsets.UTF_16LE));
                    assertEquals(java.util.HexFormat.of().formatHex(Hashing.murmur3_128().hashBytes(bytes.toByteArray())
                            .asBytes()), fed.hex(), unit + " x " + length + " after " + lead);
                }
            }
        }
    }
}
