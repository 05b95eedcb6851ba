package wengao.passages;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;
import wengao.text.KeptFile;

/**
 * What the last build's shared-passages stage found, so that a build redoes only the groups of equal grams a change
 * touches ({@link RunUpdate}): the key of each speech ({@link CorpusText#key}), and every maximal run with its
 * group, its length, and each occurrence as a speech and an offset into that speech's text (which other speeches'
 * changes leave alone), with the clause span shown when the run was a passage and which occurrence before it (or
 * itself) first said the same words; and the sentences of each speech
 * that near-identical variants are found among ({@link SentencePlaces}); and, unless the corpus is large for the
 * heap, the normalized text of every speech, so that an unchanged speech is not normalized again. Read when the
 * stage first asks,
 * not before: the rest of the build does not hold it. A file of another version, or damaged, is not trusted: the
 * stage finds every passage afresh and {@link #note()} says why.
 */
public final class PassageCache {

    /** The Java release is named for its Unicode tables, which decide the kept normalized text ({@link CorpusText.Kept}). */
    private static final String FORMAT = "wengao-passage-cache-5 java " + Runtime.version().feature();
    /** More ints than this in one array of the file is damage, not a corpus. */
    private static final int MOST = 1 << 28;
    /** Characters written or read at a time. */
    private static final int PIECE = 1 << 16;

    /**
     * A stage's findings: speech keys (two longs each, in corpus order); per run, in the order of their groups, its
     * group, length and first occurrence in the per-occurrence arrays ({@code firsts} has one more, the end); per
     * occurrence its speech, offset, shown span of its unit's text and the run's first occurrence with the same words
     * (counted from the run's first; {@code -1} each when the run was no passage); each speech's sentences; the
     * classes of variant keys that two or more keys fell in ({@link NearSentences.Found#shared}); and the
     * normalized text of the speeches, or null when it was too large to hold until the cache is written.
     */
    record Kept(long[] speechKeys, long[] groups, int[] lengths, int[] firsts, int[] speech, int[] offset,
                int[] spanStart, int[] spanEnd, int[] sameText, SentencePlaces sentences, int[] nearClasses,
                CorpusText.Kept text) {

        int runs() {
            return groups.length;
        }

        int speeches() {
            return speechKeys.length / 2;
        }
    }

    private final Path file;
    private final String version;
    private boolean read;
    private Kept last;
    private Kept found;
    private String note;
    private boolean reused;

    private PassageCache(Path file, String version) {
        this.file = file;
        this.version = version;
    }

    /** A cache that remembers nothing from before ({@code build --full}). */
    public static PassageCache empty(String version) {
        return new PassageCache(null, version);
    }

    /** The cache {@link #save} wrote to {@code file}, read when first asked for. */
    public static PassageCache at(Path file, String version) {
        return new PassageCache(file, version);
    }

    /** Why the last build's passages were not used, once the stage has asked for them and they were not. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** The last build's findings, or null when there are none that can be trusted. */
    Kept last() {
        if (!read) {
            read = true;
            if (file != null) {
                KeptFile.Read<Kept> kept = KeptFile.read(file, FORMAT, version, PassageCache::readBody);
                last = kept.value();
                if (kept.distrust() != null) {
                    note = "the passage cache " + file + " " + kept.distrust() + ": every shared passage is found again";
                }
            }
        }
        return last;
    }

    /** This build's findings, for the next; the last build's are let go of. {@code used}: they served it. */
    void remember(Kept kept, boolean used) {
        read = true;
        last = null;
        found = kept;
        reused = used;
    }

    /** Whether the last search found its passages from what the last build kept (not afresh). */
    boolean reused() {
        return reused;
    }

    /** Writes this build's findings, if the stage ran, and lets go of them. */
    public void save(Path to) throws IOException {
        Kept k = found;
        found = null;
        if (k == null) {
            return;
        }
        KeptFile.write(to, FORMAT, version, out -> {
            longs(out, k.speechKeys());
            longs(out, k.groups());
            for (int[] a : new int[][] {k.lengths(), k.firsts(), k.speech(), k.offset(), k.spanStart(), k.spanEnd(),
                k.sameText()}) {
                ints(out, a);
            }
            SentencePlaces p = k.sentences();
            for (int[] a : new int[][] {p.firsts, p.unitLength, p.start, p.end, p.from}) {
                ints(out, a);
            }
            ints(out, k.nearClasses());
            CorpusText.Kept t = k.text();
            out.writeBoolean(t != null);
            if (t != null) {
                chars(out, t.text());
                ints(out, t.firstUnit());
                ints(out, t.unitStart());
            }
        });
    }

    private static Kept readBody(DataInputStream in) throws IOException {
        long[] keys = longs(in);
        long[] groups = longs(in);
        int[] lengths = ints(in);
        int[] firsts = ints(in);
        int[] speech = ints(in);
        int[] offset = ints(in);
        int[] spanStart = ints(in);
        int[] spanEnd = ints(in);
        int[] sameText = ints(in);
        SentencePlaces sentences = new SentencePlaces(ints(in), ints(in), ints(in), ints(in), ints(in));
        int[] nearClasses = ints(in);
        CorpusText.Kept text = in.readBoolean() ? new CorpusText.Kept(chars(in), ints(in), ints(in)) : null;
        int runs = groups.length;
        int occurrences = speech.length;
        if (keys.length % 2 != 0 || lengths.length != runs || firsts.length != runs + 1 || firsts[0] != 0
                || firsts[runs] != occurrences || offset.length != occurrences || spanStart.length != occurrences
                || spanEnd.length != occurrences || sameText.length != occurrences) {
            throw new IOException("inconsistent");
        }
        int speeches = keys.length / 2;
        for (int r = 0; r < runs; r++) {
            if (firsts[r + 1] - firsts[r] < 2 || (r > 0 && groups[r] < groups[r - 1]) || lengths[r] < 1) {
                throw new IOException("inconsistent");
            }
            for (int i = firsts[r]; i < firsts[r + 1]; i++) {
                boolean shown = spanStart[i] >= 0;
                if (shown ? sameText[i] < 0 || sameText[i] > i - firsts[r] : sameText[i] != -1) {
                    throw new IOException("inconsistent");
                }
            }
        }
        for (int i = 0; i < occurrences; i++) {
            if (speech[i] < 0 || speech[i] >= speeches || offset[i] < 0) {
                throw new IOException("inconsistent");
            }
        }
        int[] at = sentences.firsts;
        int places = sentences.unitLength.length;
        if (at.length != speeches + 1 || at[0] != 0 || at[speeches] != places || sentences.start.length != places
                || sentences.end.length != places || sentences.from.length != places) {
            throw new IOException("inconsistent");
        }
        for (int s = 0; s < speeches; s++) {
            if (at[s + 1] < at[s]) {
                throw new IOException("inconsistent");
            }
        }
        for (int i = 1; i < nearClasses.length; i++) {
            if (nearClasses[i] <= nearClasses[i - 1]) {
                throw new IOException("inconsistent");
            }
        }
        if (text != null && (text.speeches() != speeches || !text.fits())) {
            throw new IOException("inconsistent");
        }
        return new Kept(keys, groups, lengths, firsts, speech, offset, spanStart, spanEnd, sameText, sentences,
                nearClasses, text);
    }

    private static void longs(DataOutputStream out, long[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * 8);
        b.asLongBuffer().put(a);
        out.writeInt(a.length);
        out.write(b.array());
    }

    private static void ints(DataOutputStream out, int[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * 4);
        b.asIntBuffer().put(a);
        out.writeInt(a.length);
        out.write(b.array());
    }

    /** In pieces, so that a large text is not copied whole into bytes first. */
    private static void chars(DataOutputStream out, char[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(2 * Math.min(a.length, PIECE));
        for (int at = 0; at < a.length; at += PIECE) {
            int n = Math.min(PIECE, a.length - at);
            b.clear();
            b.asCharBuffer().put(a, at, n);
            out.write(b.array(), 0, 2 * n);
        }
    }

    private static char[] chars(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MOST) {
            throw new IOException("size");
        }
        char[] a = new char[n];
        byte[] piece = new byte[2 * Math.min(n, PIECE)];
        for (int at = 0; at < n; at += PIECE) {
            int m = Math.min(PIECE, n - at);
            if (in.readNBytes(piece, 0, 2 * m) != 2 * m) {
                throw new IOException("cut short");
            }
            ByteBuffer.wrap(piece, 0, 2 * m).asCharBuffer().get(a, at, m);
        }
        return a;
    }

    private static long[] longs(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MOST / 2) {
            throw new IOException("size");
        }
        byte[] bytes = in.readNBytes(n * 8);
        if (bytes.length != n * 8) {
            throw new IOException("cut short");
        }
        long[] a = new long[n];
        ByteBuffer.wrap(bytes).asLongBuffer().get(a);
        return a;
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MOST) {
            throw new IOException("size");
        }
        byte[] bytes = in.readNBytes(n * 4);
        if (bytes.length != n * 4) {
            throw new IOException("cut short");
        }
        int[] a = new int[n];
        ByteBuffer.wrap(bytes).asIntBuffer().get(a);
        return a;
    }
}
