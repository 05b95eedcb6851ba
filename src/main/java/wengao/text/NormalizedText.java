package wengao.text;

import java.text.Normalizer;

/**
 * A text in {@link TextNormalizer} form that remembers where each of its characters came from, so that a match
 * found in the normalized text (where 不敢腐、不能腐、不想腐 reads 不敢腐不能腐不想腐) maps back to the exact span of
 * the source that a page highlights or links.
 */
public final class NormalizedText {

    /** {@link #runEnd} of a run of characters each one source character wide, the next one's follower. */
    private static final int PLAIN = -1;

    private final String text;
    /**
     * Where each normalized character came from, in runs, since a corpus holds one of these per paragraph at once:
     * run r begins at normalized character {@code runAt[r]}. A plain run's characters come one to one from the
     * source characters from {@code runFrom[r]} on; any other character (one of several a source character
     * normalizes to, or half of a surrogate pair) is a run of its own, from {@code runFrom[r]} to {@code runEnd[r]}.
     * Text runs plain between the punctuation normalizing drops, so there are a few runs per sentence.
     */
    private final int[] runAt;
    private final int[] runFrom;
    private final int[] runEnd;

    private NormalizedText(String text, int[] runAt, int[] runFrom, int[] runEnd) {
        this.text = text;
        this.runAt = runAt;
        this.runFrom = runFrom;
        this.runEnd = runEnd;
    }

    public static NormalizedText of(String source) {
        char[] out = new char[source.length() + 16];
        int length = 0;
        Runs runs = new Runs(source.length() / 8 + 4);
        int i = 0;
        while (i < source.length()) {
            char ch = source.charAt(i);
            if (isPlainIdeograph(ch)) { // most of a speech
                runs.add(length, i, i + 1);
                if (length == out.length) {
                    out = java.util.Arrays.copyOf(out, 2 * out.length);
                }
                out[length++] = ch;
                i++;
                continue;
            }
            int cp = source.codePointAt(i);
            int next = i + Character.charCount(cp);
            String form = cp < FORMS.length() ? FORMS.get(cp) : null;
            if (form == null) {
                form = form(cp);
                if (cp < FORMS.length()) {
                    FORMS.set(cp, form);
                }
            }
            if (length + form.length() > out.length) {
                out = java.util.Arrays.copyOf(out, 2 * out.length + form.length());
            }
            for (int j = 0; j < form.length(); j++) {
                runs.add(length, i, next);
                out[length++] = form.charAt(j);
            }
            i = next;
        }
        return new NormalizedText(new String(out, 0, length), runs.at(), runs.from(), runs.end());
    }

    /**
     * What each character of the Basic Multilingual Plane normalizes to, filled in as met: each code point is
     * normalized on its own, and looking up NFKC for every punctuation mark is most of the time of normalizing.
     */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<String> FORMS =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(0x10000);

    /** The normalized characters of one code point: NFKC, letters and numbers only, lower case. */
    private static String form(int cp) {
        String n = cp < 0x80 ? String.valueOf((char) cp) : Normalizer.normalize(new String(Character.toChars(cp)),
                Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        for (int k = 0; k < n.length(); ) {
            int c = n.codePointAt(k);
            k += Character.charCount(c);
            if (TextNormalizer.isKept(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The runs as they are found, one normalized character at a time. */
    private static final class Runs {
        private int[] at;
        private int[] from;
        private int[] end;
        private int count;
        /** The source start of the last character added, when it ended a plain run; else -2. */
        private int plainLast = -2;

        Runs(int capacity) {
            at = new int[capacity];
            from = new int[capacity];
            end = new int[capacity];
        }

        /** The normalized character at {@code index} came from the source characters [start, stop). */
        void add(int index, int start, int stop) {
            boolean plain = stop == start + 1;
            if (plain && plainLast >= 0 && start == plainLast + 1) {
                plainLast = start;
                return;
            }
            if (count == at.length) {
                int grown = Math.max(8, count * 2);
                at = java.util.Arrays.copyOf(at, grown);
                from = java.util.Arrays.copyOf(from, grown);
                end = java.util.Arrays.copyOf(end, grown);
            }
            at[count] = index;
            from[count] = start;
            end[count] = plain ? PLAIN : stop;
            count++;
            plainLast = plain ? start : -2;
        }

        int[] at() {
            return java.util.Arrays.copyOf(at, count);
        }

        int[] from() {
            return java.util.Arrays.copyOf(from, count);
        }

        int[] end() {
            return java.util.Arrays.copyOf(end, count);
        }
    }

    /** CJK unified ideographs are their own NFKC form and need no lookup; most of a speech is these. */
    private static boolean isPlainIdeograph(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Start in the source of the normalized characters {@code [from, to)}. */
    public int sourceStart(int from) {
        int r = run(from);
        return runEnd[r] == PLAIN ? runFrom[r] + from - runAt[r] : runFrom[r];
    }

    /** End in the source (exclusive) of the normalized characters {@code [from, to)}. */
    public int sourceEnd(int to) {
        int last = to - 1;
        int r = run(last);
        return runEnd[r] == PLAIN ? runFrom[r] + last - runAt[r] + 1 : runEnd[r];
    }

    /** The run holding normalized character {@code index}. */
    private int run(int index) {
        if (index < 0 || index >= text.length()) {
            throw new IndexOutOfBoundsException("normalized character " + index + " of " + text.length());
        }
        return Starts.pieceOf(runAt, index);
    }
}
