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
     * The blocks of a list of units ({@link #unitsWithFrequencies}) hold about this many ({@link BlockCuts}). The
     * page never needs to know it (it reads blocks in order); it is the export's default ({@code Layout.unitBlock}),
     * which tests make small to have many blocks in a small corpus.
     */
    static final int BLOCK = 1024;

    /** MurmurHash3's finalizer: every bit of the unit moves every bit of the result. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /**
     * A one- or two-character gram's postings, {@code n} units ascending with the gram's frequency in each, in
     * blocks: a block ends after each unit that {@code cuts} says ends one, the list's last unit excepted. A block is 1 bit, "more blocks follow"; when set, gamma(the block's length in 32-bit groups) and gamma(its last
     * unit − the unit before it); then gamma(entries + 1), k, and per unit Rice(unit − previous − 1, k) and
     * gamma(frequency), previous starting at the unit before the block (−1 for the first). A block that more
     * follow is padded with zeros to its length in groups, so each starts on a group of five digits: the blocks
     * a change does not touch keep their digits, which an incremental export copies ({@link PostingsReplay}).
     */
    static String unitsWithFrequencies(int[] units, int[] freqs, int n, BlockCuts cuts) {
        StringBuilder out = new StringBuilder();
        unitBlocks(units, freqs, 0, n, -1, true, cuts, out);
        return out.toString();
    }

    /**
     * The blocks of entries [from, to) of a list, appended to {@code out}: {@code previous}, the unit before
     * {@code from} (−1 at the list's start); {@code listEnd}, whether {@code to} is the list's end (else entry
     * {@code to − 1} is a unit that ends a block).
     */
    static void unitBlocks(int[] units, int[] freqs, int from, int to, int previous, boolean listEnd, BlockCuts cuts,
                           StringBuilder out) {
        if (listEnd && from == to) {
            block(units, freqs, from, to, previous, false, out); // an empty list: one block of no units
            return;
        }
        int start = from;
        for (int i = from; i < to; i++) {
            boolean lastOfList = listEnd && i == to - 1;
            if (lastOfList || cuts.endsBlock(units[i])) {
                block(units, freqs, start, i + 1, previous, !lastOfList, out);
                previous = units[i];
                start = i + 1;
            }
        }
        if (start < to) {
            throw new IllegalArgumentException("a run of blocks must end where a block ends");
        }
    }

    private static void block(int[] units, int[] freqs, int from, int to, int previous, boolean more,
                              StringBuilder out) {
        int n = to - from;
        int[] gaps = new int[n];
        for (int i = 0, p = previous; i < n; i++) {
            gaps[i] = units[from + i] - p - 1;
            p = units[from + i];
        }
        int k = riceParameter(gaps, 0, n);
        WireEncoder e = new WireEncoder();
        long body = gammaLength(n + 1) + 5;
        for (int i = 0; i < n; i++) {
            body += (gaps[i] >>> k) + 1 + k + gammaLength(freqs[from + i]);
        }
        int groups = 0;
        if (more) {
            int lastStep = units[to - 1] - previous;
            long head = 1 + gammaLength(lastStep);
            // The length counts its own gamma: the least fixed point, reached from below.
            groups = (int) ((head + 1 + body + 31) / 32);
            for (int g = -1; g != groups; ) {
                g = groups;
                groups = (int) ((head + gammaLength(g) + body + 31) / 32);
            }
            e.bits(1, 1);
            e.gamma(groups);
            e.gamma(lastStep);
        } else {
            e.bits(0, 1);
        }
        e.gamma(n + 1);
        e.bits(k, 5);
        for (int i = 0; i < n; i++) {
            e.rice(gaps[i], k);
            e.gamma(freqs[from + i]);
        }
        if (more) {
            long padding = (long) groups * 32 - e.written();
            for (; padding > 0; padding -= Math.min(padding, 24)) {
                e.bits(0, (int) Math.min(padding, 24));
            }
        }
        out.append(e.finish());
    }

    /** How many bits gamma(v) takes. */
    static int gammaLength(int v) {
        return 2 * (31 - Integer.numberOfLeadingZeros(v)) + 1;
    }

    /** The bits written so far. */
    private long written() {
        return (long) size * 8 + pending;
    }

    /**
     * A trigram's postings, rows of (unit, its positions) by unit ascending, the positions of all rows in one
     * array in row order: gamma(rows + 1), the unit parameter, the position parameter, then per row its unit (the
     * first row's in {@code unitBits} plain bits, every other's as Rice(unit − previous − 1)), gamma(count),
     * Rice(first position), and Rice(gap − 1) for each further position. The first unit stands apart, at a fixed
     * place and width, so that when every unit of a code moves by the same step (a speech added or deleted before
     * them) only those bits change ({@link #shiftedRows}); the unit parameter is chosen over the other gaps.
     */
    static String rows(int[] units, int[] counts, int[] positions, int n, int unitBits) {
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
        int kUnit = riceParameter(gaps, 1, n);
        int kPos = riceParameter(steps, 0, total);
        WireEncoder e = new WireEncoder();
        e.gamma(n + 1);
        e.bits(kUnit, 5);
        e.bits(kPos, 5);
        for (int i = 0, s = 0; i < n; i++) {
            if (i == 0) {
                e.plainBits(units[0], unitBits);
            } else {
                e.rice(gaps[i], kUnit);
            }
            e.gamma(counts[i]);
            for (int j = 0; j < counts[i]; j++) {
                e.rice(steps[s++], kPos);
            }
        }
        return e.finish();
    }

    /**
     * {@code old}'s rows with their units now {@code units} (as many, ascending), of which only the first and the
     * gap before row {@code changed} (≥ 1) differ from the old: the other bits are copied as they were. Null when the
     * new gaps call for another unit parameter (the rows must then be coded again).
     */
    static String regapped(WireDecoder.RowFields old, int[] units, int changed, int unitBits) {
        int n = units.length;
        int[] gaps = new int[n];
        for (int i = 1; i < n; i++) {
            gaps[i] = units[i] - units[i - 1] - 1;
        }
        int k = riceParameter(gaps, 1, n);
        if (k != old.kUnit()) {
            return null;
        }
        WireEncoder e = new WireEncoder();
        e.copy(old.bits(), 0, old.unitFrom()[0]);
        e.plainBits(units[0], unitBits);
        e.copy(old.bits(), old.unitTo()[0], old.unitFrom()[changed]);
        e.rice(gaps[changed], k);
        e.copy(old.bits(), old.unitTo()[changed], old.end());
        return e.finish();
    }

    /** Bits [from, to) of {@code bytes} (most significant first), as they are. */
    private void copy(byte[] bytes, long from, long to) {
        long at = from;
        // Up to the next byte boundary bit by bit, then whole bytes, then the rest.
        while (at < to && (at & 7) != 0) {
            longBits(bytes[(int) (at >>> 3)] >>> (7 - (at & 7)) & 1, 1);
            at++;
        }
        while (at + 8 <= to) {
            longBits(bytes[(int) (at >>> 3)] & 0xFF, 8);
            at += 8;
        }
        while (at < to) {
            longBits(bytes[(int) (at >>> 3)] >>> (7 - (at & 7)) & 1, 1);
            at++;
        }
    }

    /**
     * The bits a unit number takes in a code of rows: enough for every number below {@code bound}, and never fewer
     * than {@link #MIN_UNIT_BITS}. A change of them changes every code (the next export reads Lucene), so a small
     * corpus, whose bound crosses a power of two every few speeches, does not change them at all.
     */
    static int unitBits(int bound) {
        return Math.max(MIN_UNIT_BITS, 32 - Integer.numberOfLeadingZeros(Math.max(0, bound - 1)));
    }

    static final int MIN_UNIT_BITS = 16;

    /** The low {@code n} ≤ 32 bits of {@code value}, which must fit in them. */
    private void plainBits(int value, int n) {
        if (value < 0 || n < 32 && value >>> n != 0) {
            throw new IllegalArgumentException(value + " does not fit in " + n + " bits");
        }
        longBits(value & 0xFFFFFFFFL, n);
    }

    /**
     * {@link #rows}'s code with its first unit {@code first} instead: what coding the rows again, every unit moved
     * by the same step, would give, since the other gaps, and with them the parameters, are the same. Only the
     * digit groups that hold the first unit's bits are packed again; the others are copied.
     */
    static String shiftedRows(String code, int unitBits, int first) {
        // The first unit's bits start after gamma(rows + 1) and the two parameters: read the gamma's zeros.
        byte[] head = WireDecoder.unpack(code.substring(0, Math.min(code.length(), 10)));
        int zeros = 0;
        while ((head[zeros >>> 3] >>> (7 - (zeros & 7)) & 1) == 0) {
            zeros++;
        }
        int from = 2 * zeros + 1 + 10;
        int to = from + unitBits; // exclusive
        int firstGroup = from / 32;
        int lastGroup = (to - 1) / 32;
        int digitsFrom = firstGroup * 5;
        int digitsTo = Math.min(code.length(), (lastGroup + 1) * 5);
        byte[] bytes = WireDecoder.unpack(code.substring(digitsFrom, digitsTo));
        int base = firstGroup * 32;
        for (int b = 0; b < unitBits; b++) {
            int at = from - base + b;
            int bit = first >>> (unitBits - 1 - b) & 1;
            int mask = 1 << (7 - (at & 7));
            bytes[at >>> 3] = (byte) (bit == 1 ? bytes[at >>> 3] | mask : bytes[at >>> 3] & ~mask);
        }
        return code.substring(0, digitsFrom) + pack(bytes) + code.substring(digitsTo);
    }
}
