package wengao.search;

/**
 * The one encoder of the client index's numbers, shared by every file kind: a bit stream (most significant bit
 * first, the last byte padded with zeros) {@link #pack packed} into printable ASCII, so that it sits in a
 * JavaScript string at one byte a character. Search-index.js's {@code unpack} and {@code Bits} are the decoder,
 * read for read.
 * <ul>
 * <li>{@link #gamma}: Elias gamma of v ≥ 1: as many 0 bits as v has bits after its leading 1, then v's bits;</li>
 * <li>{@link #rice}: Rice code of v ≥ 0 with parameter k: v &gt;&gt; k as that many 1 bits and a 0, then the low
 * k bits of v;</li>
 * <li>{@link #bits}: n raw bits.</li>
 * </ul>
 * Lists (the {@code list} methods below) start with their length in gamma (length + 1, so an empty list is
 * allowed) and each Rice parameter in 5 bits. Rice with a per-list parameter costs about log2(mean gap) + 2 bits a
 * number, where byte varints cost 8 bits for anything below 128: most of the index is small gaps.
 */
final class WireEncoder {

    /**
     * The 89 digits of {@link #pack}: printable ASCII but for the space (it separates codes) and the characters a
     * JSON string in a script escapes ({@code " \ < > &}).
     */
    static final String DIGITS;

    static {
        StringBuilder d = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            if ("\"\\<>&".indexOf(c) < 0) {
                d.append(c);
            }
        }
        DIGITS = d.toString();
    }

    /** Unsynchronised, unlike ByteArrayOutputStream: codes are written a byte at a time by the million. */
    private byte[] out = new byte[64];
    private int size;
    private long acc;
    private int pending;

    void bits(int value, int n) {
        longBits(value, n);
    }

    void gamma(int v) {
        if (v < 1) {
            throw new IllegalArgumentException("gamma of " + v);
        }
        int length = 32 - Integer.numberOfLeadingZeros(v);
        if (2 * length - 1 <= 56) {
            longBits(v, 2 * length - 1); // length − 1 zeros, then v's length bits: v itself, in one step
            return;
        }
        bits(0, length - 1);
        bits(v, length);
    }

    void rice(int v, int k) {
        if (v < 0) {
            throw new IllegalArgumentException("rice of " + v);
        }
        int q = v >>> k;
        if (q + 1 + k <= 56) {
            // q ones, a zero, then k bits of v, written in one step.
            long code = ((1L << q) - 1) << (k + 1) | (v & ((1L << k) - 1));
            longBits(code, q + 1 + k);
            return;
        }
        for (; q > 0; q -= Math.min(q, 24)) {
            bits(-1, Math.min(q, 24));
        }
        bits(0, 1);
        bits(v, k);
    }

    /** The low {@code n} bits of {@code value}, for up to 56 at once (the accumulator holds at most 7 pending). */
    private void longBits(long value, int n) {
        if (n == 0) {
            return;
        }
        acc = (acc << n) | (value & ((1L << n) - 1));
        pending += n;
        while (pending >= 8) {
            pending -= 8;
            if (size == out.length) {
                out = java.util.Arrays.copyOf(out, size * 2);
            }
            out[size++] = (byte) (acc >>> pending);
        }
    }

    /** The code of the bits written, the last byte padded: the encoder is finished with. */
    String finish() {
        if (pending > 0) {
            bits(0, 8 - pending);
        }
        return pack(java.util.Arrays.copyOf(out, size));
    }

    /**
     * Bytes as base-89 digits ({@link #DIGITS}), as Ascii85 does it: every four bytes, big-endian, are five digits,
     * most significant first (89^5 &gt; 2^32); a last group of m &lt; 4 bytes is padded with zero bytes and written
     * as its first m + 1 digits (the decoder pads them with the highest digit). 6.4 bits a character, where base64
     * carries 6.
     */
    static String pack(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 5 / 4 + 5);
        char[] group = new char[5];
        for (int i = 0; i < bytes.length; i += 4) {
            int m = Math.min(4, bytes.length - i);
            long v = 0;
            for (int j = 0; j < 4; j++) {
                v = (v << 8) | (j < m ? bytes[i + j] & 0xFF : 0);
            }
            for (int j = 4; j >= 0; j--) {
                group[j] = DIGITS.charAt((int) (v % 89));
                v /= 89;
            }
            s.append(group, 0, m == 4 ? 5 : m + 1);
        }
        return s.toString();
    }

    /** The Rice parameter that codes {@code values[from, to)} in the fewest bits. */
    static int riceParameter(int[] values, int from, int to) {
        if (to <= from) {
            return 0;
        }
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        int guess = Math.max(0, 63 - Long.numberOfLeadingZeros(Math.max(1, sum / (to - from))));
        int best = guess;
        long bestCost = Long.MAX_VALUE;
        for (int k = Math.max(0, guess - 1); k <= Math.min(30, guess + 1); k++) {
            long cost = (long) (to - from) * (k + 1);
            for (int i = from; i < to; i++) {
                cost += values[i] >>> k;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = k;
            }
        }
        return best;
    }

    /** An ascending list of values ≥ 0 (repeats allowed): gamma(n + 1), k, then Rice gaps from 0. */
    static String ascending(int[] values) {
        int[] gaps = new int[values.length];
        for (int i = 0, previous = 0; i < values.length; i++) {
            gaps[i] = values[i] - previous;
            previous = values[i];
        }
        return plain(gaps);
    }

    /** Values ≥ 0 in order: gamma(n + 1), k, then each value in Rice. */
    static String plain(int[] values) {
        WireEncoder e = new WireEncoder();
        int k = riceParameter(values, 0, values.length);
        e.gamma(values.length + 1);
        e.bits(k, 5);
        for (int v : values) {
            e.rice(v, k);
        }
        return e.finish();
    }

    /**
     * A one- or two-character gram's postings, {@code n} units ascending with the gram's frequency in each:
     * gamma(n + 1), k, then per unit Rice(unit − previous − 1, k) (previous starts at −1) and gamma(frequency).
     */
    static String unitsWithFrequencies(int[] units, int[] freqs, int n) {
        int[] gaps = new int[n];
        for (int i = 0, previous = -1; i < n; i++) {
            gaps[i] = units[i] - previous - 1;
            previous = units[i];
        }
        int k = riceParameter(gaps, 0, n);
        WireEncoder e = new WireEncoder();
        e.gamma(n + 1);
        e.bits(k, 5);
        for (int i = 0; i < n; i++) {
            e.rice(gaps[i], k);
            e.gamma(freqs[i]);
        }
        return e.finish();
    }

    /**
     * A trigram's postings, rows of (unit, its positions) by unit ascending, the positions of all rows in one
     * array in row order: gamma(rows + 1), the unit parameter,
     * the position parameter, then per row Rice(unit − previous − 1), gamma(count), Rice(first position), and
     * Rice(gap − 1) for each further position.
     */
    static String rows(int[] units, int[] counts, int[] positions, int n) {
        int[] gaps = new int[n];
        int total = 0;
        for (int i = 0, previous = -1; i < n; i++) {
            gaps[i] = units[i] - previous - 1;
            previous = units[i];
            total += counts[i];
        }
        int[] steps = new int[total];
        for (int i = 0, s = 0; i < n; i++) {
            for (int j = 0; j < counts[i]; j++, s++) {
                steps[s] = j == 0 ? positions[s] : positions[s] - positions[s - 1] - 1;
            }
        }
        int kUnit = riceParameter(gaps, 0, n);
        int kPos = riceParameter(steps, 0, total);
        WireEncoder e = new WireEncoder();
        e.gamma(n + 1);
        e.bits(kUnit, 5);
        e.bits(kPos, 5);
        for (int i = 0, s = 0; i < n; i++) {
            e.rice(gaps[i], kUnit);
            e.gamma(counts[i]);
            for (int j = 0; j < counts[i]; j++) {
                e.rice(steps[s++], kPos);
            }
        }
        return e.finish();
    }
}
