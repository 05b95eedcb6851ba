package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import wengao.text.Fingerprint;

/** A fingerprint fed through the buffer is the fingerprint fed directly, whatever the values and the buffer's size. */
class FingerprintBufferTest {

    @Test
    void theSameValuesGiveTheSameFingerprintAsFedDirectly() {
        Random random = new Random(7);
        for (int size : new int[] {64, 100, 256, 8192}) {
            for (int round = 0; round < 50; round++) {
                Fingerprint direct = new Fingerprint();
                FingerprintBuffer buffered = new FingerprintBuffer(size);
                int values = random.nextInt(200);
                for (int v = 0; v < values; v++) {
                    switch (random.nextInt(4)) {
                        case 0 -> {
                            byte b = (byte) random.nextInt();
                            direct.add(b);
                            buffered.add(b);
                        }
                        case 1 -> {
                            long l = random.nextLong();
                            direct.add(l);
                            buffered.add(l);
                        }
                        case 2 -> {
                            String s = text(random, random.nextInt(4) == 0 ? 5000 : 20);
                            direct.add(s);
                            buffered.add(s);
                        }
                        default -> {
                            StringBuilder s = new StringBuilder(text(random, 300));
                            direct.add(s);
                            buffered.add(s);
                        }
                    }
                }
                assertEquals(direct.hex(), buffered.hex(), "buffer of " + size + ", round " + round);
            }
        }
    }

    @Test
    void differentTextGivesADifferentFingerprint() {
        assertNotEquals(new FingerprintBuffer(64).add("四风").hex(), new FingerprintBuffer(64).add("四凤").hex());
    }

    private static String text(Random random, int longest) {
        int n = random.nextInt(longest + 1);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(random.nextBoolean() ? (char) ('a' + random.nextInt(26)) : (char) (0x4e00 + random.nextInt(0x5000)));
        }
        return s.toString();
    }
}
