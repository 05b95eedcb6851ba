package wengao.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wengao.text.Fingerprint;

/**
 * What related speeches found, and fingerprints ({@link Fingerprint}) of what it found it from, kept for the next
 * build: the speeches (by slug, in reading order); per speech, one fingerprint of the names it has of each signal
 * (their places in the signals' vocabularies) and one of their counts and its shared passages; one of the
 * vocabularies and how their names read in the reasons; and each speech's ranking. The next build compares its own fingerprints with these to tell which speeches changed
 * ({@link RelatedUpdate}): fingerprints, not the counts and pairs themselves, which are megabytes to read back.
 */
final class RelatedState {

    /** The signals weighed in a {@link FeatureSpace}, by their ordinals: all but the shared passages. */
    static final int SPACES = 3;

    final String[] slugs;
    final String[] names;
    final String[] values;
    /** A fingerprint of the signals' vocabularies and how their names read: {@code names} are places in them. */
    final String vocabularies;
    final List<List<Ranked>> ranked;

    RelatedState(String[] slugs, String[] names, String[] values, String vocabularies, List<List<Ranked>> ranked) {
        this.slugs = slugs;
        this.names = names;
        this.values = values;
        this.vocabularies = vocabularies;
        this.ranked = ranked;
    }

    /**
     * The fingerprints of the inputs, with no ranking yet; {@code passages}: per speech, a fingerprint of what its
     * counts of shared passages with others are made of.
     */
    static RelatedState of(String[] slugs, SignalCounts[] counts, String[] passages, Wording wording) {
        int n = slugs.length;
        String[] names = new String[n];
        String[] values = new String[n];
        for (int s = 0; s < n; s++) {
            Fingerprint named = new Fingerprint();
            Fingerprint counted = new Fingerprint();
            for (SignalCounts c : counts) {
                int[] ids = c.ids[s];
                named.add((long) ids.length);
                counted.add((long) ids.length);
                for (int k = 0; k < ids.length; k++) {
                    named.add((long) ids[k]); // places in the vocabulary, which the words fingerprint
                    counted.add((long) c.counts[s][k]);
                }
            }
            names[s] = named.hex();
            values[s] = counted.add(passages[s]).hex();
        }
        // The vocabularies, and how their names read in the reasons.
        Fingerprint words = new Fingerprint();
        for (int sig = 0; sig < SPACES; sig++) {
            for (String[] list : List.of(counts[sig].vocabulary, wording.shown(Signal.values()[sig],
                    counts[sig].vocabulary))) {
                words.add((long) list.length);
                for (String w : list) {
                    words.add((long) w.length()).add(w);
                }
            }
        }
        return new RelatedState(slugs, names, values, words.hex(), List.of());
    }

    RelatedState ranked(List<List<Ranked>> ranked) {
        return new RelatedState(slugs, names, values, vocabularies, ranked);
    }

    void write(DataOutputStream out) throws IOException {
        strings(out, slugs);
        strings(out, names);
        strings(out, values);
        strings(out, new String[] {vocabularies});
        int[] flat = new int[slugs.length + 2 * ranked.stream().mapToInt(List::size).sum()];
        List<String> because = new ArrayList<>();
        int at = 0;
        for (List<Ranked> list : ranked) {
            flat[at++] = list.size();
            for (Ranked r : list) {
                flat[at++] = r.speech();
                flat[at++] = r.score();
                because.add(r.because());
            }
        }
        ints(out, flat);
        strings(out, because.toArray(String[]::new));
    }

    static RelatedState read(DataInputStream in) throws IOException {
        String[] slugs = strings(in);
        int n = slugs.length;
        String[] names = strings(in);
        String[] values = strings(in);
        String[] vocabularies = strings(in);
        if (names.length != n || values.length != n || vocabularies.length != 1) {
            throw new IOException("fingerprints unlike the speeches");
        }
        int[] flat = ints(in);
        String[] because = strings(in);
        int at = 0;
        int reason = 0;
        List<List<Ranked>> ranked = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            int size = flat[at++];
            if (size < 0 || size > RelatedSpeeches.LIMIT) {
                throw new IOException("a ranking of " + size);
            }
            Ranked[] list = new Ranked[size];
            for (int i = 0; i < size; i++) {
                int speech = flat[at++];
                int score = flat[at++];
                if (speech < 0 || speech >= n || score < 0) {
                    throw new IOException("a related speech out of range");
                }
                list[i] = new Ranked(speech, score, because[reason++]);
            }
            ranked.add(List.of(list));
        }
        if (at != flat.length || reason != because.length) {
            throw new IOException("more rankings than speeches");
        }
        return new RelatedState(slugs, names, values, vocabularies[0], ranked);
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

    /** As one block of UTF-8 and one of their lengths: a string at a time reads slowly. */
    private static void strings(DataOutputStream out, String[] values) throws IOException {
        int[] lengths = new int[values.length];
        byte[][] encoded = new byte[values.length][];
        int total = 0;
        for (int i = 0; i < values.length; i++) {
            encoded[i] = values[i].getBytes(StandardCharsets.UTF_8);
            lengths[i] = encoded[i].length;
            total += lengths[i];
        }
        byte[] all = new byte[total];
        int at = 0;
        for (byte[] e : encoded) {
            System.arraycopy(e, 0, all, at, e.length);
            at += e.length;
        }
        ints(out, lengths);
        block(out, all);
    }

    private static String[] strings(DataInputStream in) throws IOException {
        int[] lengths = ints(in);
        byte[] all = block(in);
        String[] values = new String[lengths.length];
        int at = 0;
        for (int i = 0; i < values.length; i++) {
            if (lengths[i] < 0 || lengths[i] > all.length - at) {
                throw new IOException("strings longer than their bytes");
            }
            values[i] = new String(all, at, lengths[i], StandardCharsets.UTF_8);
            at += lengths[i];
        }
        if (at != all.length) {
            throw new IOException("bytes beyond the strings");
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

    /** Same fingerprints of the names of every speech, as the same speeches in the same order, read the same way. */
    boolean sameNames(RelatedState now) {
        return Arrays.equals(slugs, now.slugs) && Arrays.equals(names, now.names) && vocabularies.equals(now.vocabularies);
    }
}
