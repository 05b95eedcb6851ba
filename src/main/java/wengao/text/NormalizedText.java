package wengao.text;

import java.text.Normalizer;

/**
 * A text in {@link TextNormalizer} form that remembers where each of its characters came from, so that a match
 * found in the normalized text (where 不敢腐、不能腐、不想腐 reads 不敢腐不能腐不想腐) maps back to the exact span of
 * the source that a page highlights or links.
 */
public final class NormalizedText {

    private final String text;
    private final int[] sourceStart;
    private final int[] sourceEnd;

    private NormalizedText(String text, int[] sourceStart, int[] sourceEnd) {
        this.text = text;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    public static NormalizedText of(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int[] starts = new int[source.length() + 8];
        int[] ends = new int[source.length() + 8];
        int i = 0;
        while (i < source.length()) {
            int cp = source.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isPlainIdeograph(cp)) {
                starts = grow(starts, out.length());
                ends = grow(ends, out.length());
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.appendCodePoint(cp);
            } else {
                String n = cp < 0x80 ? String.valueOf((char) cp) : Normalizer.normalize(source.substring(i, next), Normalizer.Form.NFKC);
                for (int k = 0; k < n.length(); ) {
                    int c = n.codePointAt(k);
                    k += Character.charCount(c);
                    if (!TextNormalizer.isKept(c)) {
                        continue;
                    }
                    String lower = new String(Character.toChars(Character.toLowerCase(c)));
                    for (int j = 0; j < lower.length(); j++) {
                        starts = grow(starts, out.length());
                        ends = grow(ends, out.length());
                        starts[out.length()] = i;
                        ends[out.length()] = next;
                        out.append(lower.charAt(j));
                    }
                }
            }
            i = next;
        }
        return new NormalizedText(out.toString(), starts, ends);
    }

    /** CJK unified ideographs are their own NFKC form and need no lookup; most of a speech is these. */
    private static boolean isPlainIdeograph(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF;
    }

    private static int[] grow(int[] a, int index) {
        return index < a.length ? a : java.util.Arrays.copyOf(a, Math.max(16, a.length * 2));
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Start in the source of the normalized characters {@code [from, to)}. */
    public int sourceStart(int from) {
        return sourceStart[from];
    }

    /** End in the source (exclusive) of the normalized characters {@code [from, to)}. */
    public int sourceEnd(int to) {
        return sourceEnd[to - 1];
    }
}
