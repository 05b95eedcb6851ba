package wengao.search;

/**
 * Reads back what {@link WireEncoder} wrote, as search-index.js does: an incremental export takes the last build's
 * codes apart, changes the units that changed, and codes them again. Read for read the page's decoder, but on a
 * 64-bit buffer: it decodes every code an update touches.
 */
final class WireDecoder {

    private static final byte[] DIGIT_VALUE = new byte[128];

    static {
        java.util.Arrays.fill(DIGIT_VALUE, (byte) -1);
        for (int i = 0; i < WireEncoder.DIGITS.length(); i++) {
            DIGIT_VALUE[WireEncoder.DIGITS.charAt(i)] = (byte) i;
        }
    }

    /** A one- or two-character gram's postings, or an unexported term's: units ascending, a frequency each. */
    record Units(int[] units, int[] freqs) {
        int size() {
            return units.length;
        }
    }

    /** A trigram's rows: units ascending, each with {@code counts[i]} positions, all rows' positions in one array. */
    record Rows(int[] units, int[] counts, int[] positions) {
        int size() {
            return units.length;
        }
    }

    private final byte[] bytes;
    private int next;
    private long acc;
    private int left;

    private WireDecoder(String code) {
        this.bytes = unpack(code);
    }

    /** Base-89 digits back to bytes ({@link WireEncoder#pack}): a last group of m + 1 digits is m bytes. */
    static byte[] unpack(String code) {
        int n = code.length();
        int rest = n % 5;
        byte[] out = new byte[n / 5 * 4 + (rest > 0 ? rest - 1 : 0)];
        int o = 0;
        for (int i = 0; i < n; i += 5) {
            int m = Math.min(5, n - i);
            long v = 0;
            for (int j = 0; j < 5; j++) {
                v = v * 89 + (j < m ? digit(code.charAt(i + j)) : 88);
            }
            for (int k = 0; k < (m == 5 ? 4 : m - 1); k++) {
                out[o++] = (byte) (v >>> (8 * (3 - k)));
            }
        }
        return out;
    }

    private static int digit(char c) {
        int v = c < 128 ? DIGIT_VALUE[c] : -1;
        if (v < 0) {
            throw new IllegalArgumentException("not a code digit: " + c);
        }
        return v;
    }

    /** {@link WireEncoder#unitsWithFrequencies}: its blocks in order. */
    static Units units(String code) {
        WireDecoder b = new WireDecoder(code);
        Growing out = new Growing();
        int previous = -1;
        while (true) {
            long start = b.position();
            boolean more = b.bits(1) == 1;
            int groups = more ? b.gamma() : 0;
            int last = more ? previous + b.gamma() : Integer.MAX_VALUE;
            previous = b.entries(previous, out);
            if (!more) {
                b.end(code);
                return out.units();
            }
            b.close(start, groups, previous, last);
        }
    }

    /**
     * A block of a list of units ({@link WireEncoder#unitsWithFrequencies}): its digits [from, to) in the code,
     * the unit before it (−1 for the first), its last unit ({@link Integer#MAX_VALUE} for the list's last block,
     * which runs to the code's end and whose last unit its header does not give).
     */
    record Block(int from, int to, int previous, int last) {
        boolean endsList() {
            return last == Integer.MAX_VALUE;
        }
    }

    /** The blocks of a list of units, from their headers alone: what an update can keep is not decoded. */
    static java.util.List<Block> blocks(String code) {
        java.util.List<Block> out = new java.util.ArrayList<>();
        int at = 0;
        int previous = -1;
        while (true) {
            WireDecoder b = new WireDecoder(code.substring(at, Math.min(code.length(), at + 25)));
            if (b.bits(1) == 0) {
                out.add(new Block(at, code.length(), previous, Integer.MAX_VALUE));
                return out;
            }
            long groups = b.gamma();
            int last = previous + b.gamma();
            long to = at + 5 * groups;
            if (to >= code.length() || last <= previous) {
                throw new IllegalArgumentException("a block runs past the end of a code of " + code.length() + " digits");
            }
            out.add(new Block(at, (int) to, previous, last));
            previous = last;
            at = (int) to;
        }
    }

    /** One block's units and frequencies. */
    static Units units(String code, Block block) {
        WireDecoder b = new WireDecoder(code.substring(block.from(), block.to()));
        Growing out = new Growing();
        boolean more = b.bits(1) == 1;
        if (more != !block.endsList()) {
            throw new IllegalArgumentException("a block is not where its list put it");
        }
        int groups = more ? b.gamma() : 0;
        if (more) {
            b.gamma();
        }
        int unit = b.entries(block.previous(), out);
        if (more) {
            b.close(0, groups, unit, block.last());
        } else {
            b.end(code);
        }
        return out.units();
    }

    /** A block's entries after its header, appended to {@code out}; returns the block's last unit. */
    private int entries(int previous, Growing out) {
        int n = gamma() - 1;
        int k = bits(5);
        int unit = previous;
        for (int i = 0; i < n; i++) {
            unit += rice(k) + 1;
            out.add(unit, gamma());
        }
        return unit;
    }

    /** The end of a block that more follow: its last unit as its header said, then zeros to its length. */
    private void close(long start, int groups, int unit, int last) {
        if (unit != last) {
            throw new IllegalArgumentException("a block does not end at the unit its header gives");
        }
        long rest = start + 32L * groups - position();
        if (rest < 0) {
            throw new IllegalArgumentException("a block runs past its length");
        }
        for (; rest > 0; rest -= Math.min(rest, 24)) {
            if (bits((int) Math.min(rest, 24)) != 0) {
                throw new IllegalArgumentException("a block's padding is not zeros");
            }
        }
    }

    /** The bits read so far. */
    private long position() {
        return (long) next * 8 - left;
    }

    /** Units and frequencies as they are read. */
    private static final class Growing {
        private int[] units = new int[16];
        private int[] freqs = new int[16];
        private int size;

        void add(int unit, int freq) {
            if (size == units.length) {
                units = java.util.Arrays.copyOf(units, size * 2);
                freqs = java.util.Arrays.copyOf(freqs, size * 2);
            }
            units[size] = unit;
            freqs[size++] = freq;
        }

        Units units() {
            return new Units(java.util.Arrays.copyOf(units, size), java.util.Arrays.copyOf(freqs, size));
        }
    }

    /** {@link WireEncoder#rows}, its first unit in {@code unitBits} bits. */
    static Rows rows(String code, int unitBits) {
        WireDecoder b = new WireDecoder(code);
        RowsHead head = b.rowsHead();
        int n = head.rows();
        int[] units = new int[n];
        int[] counts = new int[n];
        int[] positions = new int[Math.max(16, n * 2)];
        int used = 0;
        for (int i = 0, unit = -1; i < n; i++) {
            unit = b.rowUnit(i, unit, unitBits, head.kUnit());
            units[i] = unit;
            int count = b.gamma();
            counts[i] = count;
            if (used + count > positions.length) {
                positions = java.util.Arrays.copyOf(positions, Math.max(positions.length * 2, used + count));
            }
            int p = b.rice(head.kPos());
            positions[used++] = p;
            for (int j = 1; j < count; j++) {
                p += b.rice(head.kPos()) + 1;
                positions[used++] = p;
            }
        }
        b.end(code);
        return new Rows(units, counts, java.util.Arrays.copyOf(positions, used));
    }

    /**
     * A code of rows ({@link WireEncoder#rows}) as its bits, its unit parameter, each row's unit and where that
     * row's unit field lies in the bits, [{@code unitFrom[i]}, {@code unitTo[i]}), and where the last value ends:
     * what an update that changes one gap needs to write the rest as it was ({@link WireEncoder#regapped}).
     */
    record RowFields(byte[] bits, int kUnit, int[] units, long[] unitFrom, long[] unitTo, long end) {
    }

    static RowFields rowFields(String code, int unitBits) {
        WireDecoder b = new WireDecoder(code);
        RowsHead head = b.rowsHead();
        int n = head.rows();
        int[] units = new int[n];
        long[] from = new long[n];
        long[] to = new long[n];
        for (int i = 0, unit = -1; i < n; i++) {
            from[i] = b.position();
            unit = b.rowUnit(i, unit, unitBits, head.kUnit());
            to[i] = b.position();
            units[i] = unit;
            int count = b.gamma();
            for (int j = 0; j < count; j++) {
                b.rice(head.kPos());
            }
        }
        long end = b.position();
        b.end(code);
        return new RowFields(b.bytes, head.kUnit(), units, from, to, end);
    }

    /** How a code of rows begins: its number of rows (gamma of one more), the Rice parameters of units and positions. */
    private record RowsHead(int rows, int kUnit, int kPos) {
    }

    private RowsHead rowsHead() {
        int rows = gamma() - 1;
        return new RowsHead(rows, bits(5), bits(5));
    }

    /** Row {@code i}'s unit in a code of rows: the first in {@code unitBits} plain bits, the others as Rice gaps. */
    private int rowUnit(int i, int previous, int unitBits, int kUnit) {
        return i == 0 ? bits(unitBits) : previous + rice(kUnit) + 1;
    }

    /** Loads whole bytes while the buffer has room for one more. */
    private void refill() {
        while (left <= 56 && next < bytes.length) {
            acc = (acc << 8) | (bytes[next++] & 0xFF);
            left += 8;
        }
    }

    int bits(int n) {
        if (left < n) {
            refill();
            if (left < n) {
                throw new IllegalArgumentException("a code ends before its list");
            }
        }
        left -= n;
        return (int) ((acc >>> left) & ((1L << n) - 1));
    }

    /** The bits still buffered, most significant first, at the top of a long (zeros below them). */
    private long window() {
        if (left == 0) {
            refill();
            if (left == 0) {
                throw new IllegalArgumentException("a code ends before its list");
            }
        }
        return acc << (64 - left);
    }

    int gamma() {
        int zeros = run(false);
        return (1 << zeros) + bits(zeros);
    }

    int rice(int k) {
        return (run(true) << k) + bits(k);
    }

    /** The length of a run of equal bits ({@code ones} or zeros), consumed with the other bit that ends it. */
    private int run(boolean ones) {
        int length = 0;
        while (true) {
            long w = window();
            int here = Math.min(Long.numberOfLeadingZeros(ones ? ~w : w), left);
            length += here;
            if (here < left) {
                left -= here + 1;
                return length;
            }
            left = 0;
        }
    }

    /** Nothing but the zero padding of the last byte may follow the list. */
    private void end(String code) {
        if (next != bytes.length || left >= 8 || (acc & ((1L << left) - 1)) != 0) {
            throw new IllegalArgumentException("bits left over in a code of " + code.length() + " digits");
        }
    }
}
