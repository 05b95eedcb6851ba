package wengao.search;

import java.io.IOException;

/** The unigram or bigram whose postings are being summed, unit by unit. */
final class GramPrefix {

    /** Where a finished gram's postings go. */
    interface Sink {
        /** {@code first} and {@code last}: the gram's first and last unit; {@code code} null when not asked for. */
        void add(String gram, String code, int first, int last) throws IOException;
    }

    private final int[] tf;
    private final BlockCuts cuts;
    private int[] touched = new int[64];
    private int touchedCount;
    private int[] gram;

    /** {@code cuts}: how its lists are cut into blocks ({@link WireEncoder#unitsWithFrequencies}). */
    GramPrefix(int units, BlockCuts cuts) {
        tf = new int[units];
        this.cuts = cuts;
    }

    void add(int unit, int freq) {
        if (gram == null) {
            return;
        }
        if (tf[unit] == 0) {
            if (touchedCount == touched.length) {
                touched = java.util.Arrays.copyOf(touched, touched.length * 2);
            }
            touched[touchedCount++] = unit;
        }
        tf[unit] += freq;
    }

    /** Moves to the prefix of {@code length} code points of {@code next} (null: none), flushing the last one. */
    void moveTo(int[] next, int length, Sink out) throws IOException {
        moveTo(next, length, out, true);
    }

    /** The same; {@code coded}: whether the last one is wanted with its code (else it is sent without). */
    void moveTo(int[] next, int length, Sink out, boolean coded) throws IOException {
        if (next != null && gram != null && java.util.Arrays.equals(next, 0, length, gram, 0, length)) {
            return;
        }
        if (next == null && gram == null) {
            return;
        }
        if (gram != null && touchedCount > 0 && !coded) {
            out.add(new String(gram, 0, gram.length), null, -1, -1);
            for (int i = 0; i < touchedCount; i++) {
                tf[touched[i]] = 0;
            }
        } else if (gram != null && touchedCount > 0) {
            ascending();
            int[] freqs = new int[touchedCount];
            for (int i = 0; i < touchedCount; i++) {
                freqs[i] = tf[touched[i]];
                tf[touched[i]] = 0;
            }
            out.add(new String(gram, 0, gram.length),
                    WireEncoder.unitsWithFrequencies(touched, freqs, touchedCount, cuts), touched[0],
                    touched[touchedCount - 1]);
        }
        touchedCount = 0;
        gram = next == null ? null : java.util.Arrays.copyOf(next, length);
    }

    /**
     * Puts the touched units in ascending order: sorted when few, read off the table in order when so many (a
     * common character's) that sorting them would cost more than a pass over every unit.
     */
    private void ascending() {
        int n = touchedCount;
        if ((long) n * (32 - Integer.numberOfLeadingZeros(n)) < tf.length) {
            java.util.Arrays.sort(touched, 0, n);
            return;
        }
        int k = 0;
        for (int unit = 0; unit < tf.length && k < n; unit++) {
            if (tf[unit] != 0) {
                touched[k++] = unit;
            }
        }
    }
}
