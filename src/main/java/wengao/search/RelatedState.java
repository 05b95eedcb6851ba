package wengao.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What related speeches found and what it found it from, kept for the next build: the speeches (by slug, in reading
 * order), each signal's counts and weights, the shared passages' pairs, and each speech's ranking. The next build
 * compares its own counts and pairs with these to tell which speeches changed ({@link RelatedUpdate}). Written as
 * blocks of numbers, which read back at the speed of the disk.
 */
final class RelatedState {

    /** The signals weighed in a {@link FeatureSpace}, by their ordinals: all but the shared passages. */
    static final int SPACES = 3;

    final String[] slugs;
    final SignalCounts[] counts;
    /** How each signal's names read in the reasons ({@link Wording#shown}), by vocabulary. */
    final String[][] shown;
    final FeatureSpace[] spaces;
    final PairTable pairs;
    final List<List<Ranked>> ranked;

    RelatedState(String[] slugs, SignalCounts[] counts, String[][] shown, FeatureSpace[] spaces, PairTable pairs,
                 List<List<Ranked>> ranked) {
        this.slugs = slugs;
        this.counts = counts;
        this.shown = shown;
        this.spaces = spaces;
        this.pairs = pairs;
        this.ranked = ranked;
    }

    void write(DataOutputStream out) throws IOException {
        int n = slugs.length;
        strings(out, slugs);
        for (int sig = 0; sig < SPACES; sig++) {
            SignalCounts c = counts[sig];
            strings(out, c.vocabulary);
            strings(out, shown[sig]);
            rows(out, c.ids);
            rows(out, c.counts);
            int[][] features = new int[n][];
            double[][] weights = new double[n][];
            for (int s = 0; s < n; s++) {
                features[s] = spaces[sig].features(s);
                weights[s] = spaces[sig].weights(s);
            }
            rows(out, features);
            int total = 0;
            for (double[] w : weights) {
                total += w.length;
            }
            ByteBuffer flat = ByteBuffer.allocate(total * Double.BYTES);
            for (double[] w : weights) {
                for (double x : w) {
                    flat.putLong(Double.doubleToRawLongBits(x));
                }
            }
            block(out, flat.array());
        }
        strings(out, pairs.slugs);
        ints(out, pairs.starts);
        ints(out, pairs.partners);
        ints(out, pairs.counts);
        IntList flat = new IntList();
        List<String> because = new ArrayList<>();
        for (List<Ranked> list : ranked) {
            flat.add(list.size());
            for (Ranked r : list) {
                flat.add(r.speech());
                flat.add(r.score());
                because.add(r.because());
            }
        }
        ints(out, flat.toArray());
        strings(out, because.toArray(String[]::new));
    }

    static RelatedState read(DataInputStream in) throws IOException {
        String[] slugs = strings(in);
        int n = slugs.length;
        SignalCounts[] counts = new SignalCounts[SPACES];
        String[][] shown = new String[SPACES][];
        FeatureSpace[] spaces = new FeatureSpace[SPACES];
        for (int sig = 0; sig < SPACES; sig++) {
            String[] vocabulary = strings(in);
            shown[sig] = strings(in);
            int[][] ids = rows(in, n);
            int[][] values = rows(in, n);
            for (int s = 0; s < n; s++) {
                if (ids[s].length != values[s].length) {
                    throw new IOException("counts unlike their names");
                }
                for (int id : ids[s]) {
                    if (id < 0 || id >= vocabulary.length) {
                        throw new IOException("a name out of the vocabulary");
                    }
                }
            }
            counts[sig] = new SignalCounts(vocabulary, ids, values);
            int[][] features = rows(in, n);
            ByteBuffer flat = ByteBuffer.wrap(block(in));
            double[][] weights = new double[n][];
            for (int s = 0; s < n; s++) {
                weights[s] = new double[features[s].length];
                for (int k = 0; k < weights[s].length; k++) {
                    weights[s][k] = Double.longBitsToDouble(flat.getLong());
                }
            }
            if (flat.hasRemaining()) {
                throw new IOException("weights unlike their features");
            }
            spaces[sig] = FeatureSpace.kept(features, weights);
        }
        PairTable pairs = new PairTable(strings(in), ints(in), ints(in), ints(in));
        if (pairs.starts.length != pairs.slugs.length + 1 || pairs.partners.length != pairs.counts.length
                || pairs.starts[pairs.slugs.length] != pairs.partners.length) {
            throw new IOException("pairs unlike their rows");
        }
        for (int p : pairs.partners) {
            if (p < 0 || p >= pairs.slugs.length) {
                throw new IOException("a partner out of the rows");
            }
        }
        IntBuffer flat = new IntBuffer(ints(in));
        String[] because = strings(in);
        int reason = 0;
        List<List<Ranked>> ranked = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            int size = flat.next(RelatedSpeeches.LIMIT + 1);
            Ranked[] list = new Ranked[size];
            for (int i = 0; i < size; i++) {
                if (reason == because.length) {
                    throw new IOException("fewer reasons than related speeches");
                }
                list[i] = new Ranked(flat.next(n), flat.next(Integer.MAX_VALUE), because[reason++]);
            }
            ranked.add(List.of(list));
        }
        if (flat.at != flat.values.length || reason != because.length) {
            throw new IOException("more rankings than speeches");
        }
        return new RelatedState(slugs, counts, shown, spaces, pairs, ranked);
    }

    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Numbers read in order, each checked against what it may be. */
    private static final class IntBuffer {
        private final int[] values;
        private int at;

        IntBuffer(int[] values) {
            this.values = values;
        }

        /** The next number, from 0 to {@code below} (excluded). */
        int next(int below) throws IOException {
            if (at == values.length) {
                throw new IOException("cut short");
            }
            int v = values[at++];
            if (v < 0 || v >= below) {
                throw new IOException("a number out of range: " + v);
            }
            return v;
        }
    }

    private static void rows(DataOutputStream out, int[][] rows) throws IOException {
        int[] lengths = new int[rows.length];
        int total = 0;
        for (int i = 0; i < rows.length; i++) {
            lengths[i] = rows[i].length;
            total += lengths[i];
        }
        int[] flat = new int[total];
        int at = 0;
        for (int[] row : rows) {
            System.arraycopy(row, 0, flat, at, row.length);
            at += row.length;
        }
        ints(out, lengths);
        ints(out, flat);
    }

    private static int[][] rows(DataInputStream in, int n) throws IOException {
        int[] lengths = ints(in);
        int[] flat = ints(in);
        if (lengths.length != n) {
            throw new IOException(lengths.length + " rows for " + n + " speeches");
        }
        int[][] rows = new int[n][];
        int at = 0;
        for (int i = 0; i < n; i++) {
            if (lengths[i] < 0 || lengths[i] > flat.length - at) {
                throw new IOException("rows longer than their numbers");
            }
            rows[i] = Arrays.copyOfRange(flat, at, at + lengths[i]);
            at += lengths[i];
        }
        if (at != flat.length) {
            throw new IOException("numbers beyond the rows");
        }
        return rows;
    }

    private static void ints(DataOutputStream out, int[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Integer.BYTES);
        bytes.asIntBuffer().put(values);
        block(out, bytes.array());
    }

    private static int[] ints(DataInputStream in) throws IOException {
        byte[] bytes = block(in);
        if (bytes.length % Integer.BYTES != 0) {
            throw new IOException("a block of numbers cut short");
        }
        int[] values = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }

    private static void strings(DataOutputStream out, String[] values) throws IOException {
        out.writeInt(values.length);
        for (String s : values) {
            block(out, s.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String[] strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("count " + n);
        }
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = new String(block(in), StandardCharsets.UTF_8);
        }
        return values;
    }

    private static void block(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] block(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 30) {
            throw new IOException("length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("cut short");
        }
        return bytes;
    }
}
