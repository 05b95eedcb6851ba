package wengao.themes;

import java.util.List;

/**
 * The pairs of neighbouring characters a speech's normalized text holds, as a Bloom filter (two bits a pair, about
 * six bits a character): a term whose every pair is not there cannot occur in the speech, so a term new to the
 * build needs no scan of it. It may answer yes for a term that is not there (then the speech is scanned, which is
 * only slower), never no for one that is.
 */
final class Bigrams {

    private final byte[] bits;

    private Bigrams(byte[] bits) {
        this.bits = bits;
    }

    /** The filter of these normalized texts (a speech's units: no pair spans two, as no match does). */
    static Bigrams of(List<String> texts) {
        int chars = 0;
        for (String t : texts) {
            chars += t.length();
        }
        Bigrams b = new Bigrams(new byte[Math.max(8, (6 * chars + 7) / 8)]);
        for (String t : texts) {
            for (int i = 0; i + 1 < t.length(); i++) {
                long h = hash(t.charAt(i), t.charAt(i + 1));
                b.set(index(h, b.bits.length));
                b.set(index(h >>> 32, b.bits.length));
            }
        }
        return b;
    }

    static Bigrams of(byte[] bits) {
        return new Bigrams(bits);
    }

    byte[] bits() {
        return bits;
    }

    /** False only when {@code term} (normalized) cannot occur in the texts; a single character may always. */
    boolean mayContain(String term) {
        if (term.length() < 2) {
            return true;
        }
        for (int i = 0; i + 1 < term.length(); i++) {
            long h = hash(term.charAt(i), term.charAt(i + 1));
            if (!isSet(index(h, bits.length)) || !isSet(index(h >>> 32, bits.length))) {
                return false;
            }
        }
        return true;
    }

    private static long hash(char a, char b) {
        long h = ((long) a << 16 | b) * 0x9E3779B97F4A7C15L;
        return h ^ h >>> 29;
    }

    /** A bit of {@code bytes * 8}, from the low 32 bits of {@code h}, without a division. */
    private static int index(long h, int bytes) {
        return (int) (((h & 0xffffffffL) * (bytes * 8L)) >>> 32);
    }

    private void set(int bit) {
        bits[bit >>> 3] |= (byte) (1 << (bit & 7));
    }

    private boolean isSet(int bit) {
        return (bits[bit >>> 3] & 1 << (bit & 7)) != 0;
    }
}
