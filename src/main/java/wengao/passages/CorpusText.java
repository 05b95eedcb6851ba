package wengao.passages;

import java.util.List;
import wengao.model.Speech;
import wengao.model.TextUnit;
import wengao.text.NormalizedText;

/**
 * The normalized text of every paragraph of the corpus in one array, each unit preceded by a separator that no
 * normalized text contains (normalized text is letters and numbers only), so a run never crosses two paragraphs and
 * a position maps back to its speech, unit and source offsets. Speeches are in corpus order, so the speech of a
 * position grows with the position.
 */
final class CorpusText {

    static final char SEP = '\0';

    final List<Speech> speeches;
    final char[] text;
    /** Per unit of this text: where it starts in {@link #text}, its speech, and its {@link TextUnit}. */
    final int[] unitStart;
    final int[] unitSpeech;
    final TextUnit[] units;
    /**
     * Each unit's normalized text with where its characters came from, made when first asked for where the
     * characters were taken from the last build's ({@link Kept}): most units' are never asked for.
     */
    private final NormalizedText[] normalized;
    /** Each unit's normalized length. */
    private final int[] unitLength;
    /** The units of speech {@code s} are {@code [firstUnit[s], firstUnit[s + 1])}. */
    private final int[] firstUnit;
    /**
     * The unit of each block of {@code 1 << BLOCK_BITS} positions' first position: a position's unit is then a few
     * steps on from its block's, where a search of all units' starts would miss the cache at every step.
     */
    private final int[] blockUnit;
    private static final int BLOCK_BITS = 6;

    private CorpusText(List<Speech> speeches, char[] text, int[] unitStart, int[] unitLength, int[] unitSpeech,
                       TextUnit[] units, NormalizedText[] normalized) {
        this.speeches = speeches;
        this.text = text;
        this.unitStart = unitStart;
        this.unitLength = unitLength;
        this.unitSpeech = unitSpeech;
        this.units = units;
        this.normalized = normalized;
        this.firstUnit = new int[speeches.size() + 1];
        for (int s = 0, u = 0; s <= speeches.size(); s++) {
            while (u < unitSpeech.length && unitSpeech[u] < s) {
                u++;
            }
            firstUnit[s] = u;
        }
        this.blockUnit = new int[(text.length >>> BLOCK_BITS) + 1];
        for (int b = 0, u = 0; b < blockUnit.length; b++) {
            int pos = b << BLOCK_BITS;
            while (u + 1 < unitStart.length && unitStart[u + 1] <= pos) {
                u++;
            }
            blockUnit[b] = u;
        }
    }

    /**
     * The normalized text of the speeches as the last build kept it, to be taken again for a speech that is the
     * same: the text ({@link #SEP} before each unit and after the last), each kept speech's first unit ({@code
     * firstUnit}, one more at the end) and each unit's start. {@link #text} is a speech's unchanged normalized text
     * only as long as the normalizing is the same: the version a kept file names covers wengao's code, and the
     * Java release, whose Unicode tables decide what NFKC makes, is named too.
     */
    record Kept(char[] text, int[] firstUnit, int[] unitStart) {

        int speeches() {
            return firstUnit.length - 1;
        }

        /** Whether the arrays describe a text as {@link CorpusText} writes one (a lying file gives no exception). */
        boolean fits() {
            int units = unitStart.length;
            if (firstUnit.length < 1 || firstUnit[0] != 0 || firstUnit[firstUnit.length - 1] != units) {
                return false;
            }
            for (int s = 0; s + 1 < firstUnit.length; s++) {
                if (firstUnit[s + 1] < firstUnit[s]) {
                    return false;
                }
            }
            if (text.length == 0 || text[0] != SEP || text[text.length - 1] != SEP || units == 0 && text.length != 1) {
                return false;
            }
            for (int u = 0; u < units; u++) {
                int end = u + 1 < units ? unitStart[u + 1] - 1 : text.length - 1;
                if (unitStart[u] < 1 || unitStart[u] > end || text[unitStart[u] - 1] != SEP || text[end] != SEP) {
                    return false;
                }
            }
            return true;
        }

        int length(int unit) {
            return (unit + 1 < unitStart.length ? unitStart[unit + 1] : text.length) - 1 - unitStart[unit];
        }
    }

    /** Body paragraphs and closings only: titles and headings are labels, not passages a speaker reuses. */
    static CorpusText of(List<Speech> speeches) {
        return of(speeches, units(speeches), null, null);
    }

    /** The units of each speech that the passages read. */
    static List<List<TextUnit>> units(List<Speech> speeches) {
        return speeches.parallelStream()
                .map(s -> s.textUnits().stream().filter(u -> u.kind() == TextUnit.Kind.PARAGRAPH
                        || u.kind() == TextUnit.Kind.CLOSING).toList()).toList();
    }

    /**
     * The text of {@code speeches}, whose units {@link #units} gave: a speech {@code keptAs} names (its place in
     * {@code kept}, or -1) takes its normalized characters from there, as they are when its units are as many as
     * there; every other is normalized.
     */
    static CorpusText of(List<Speech> speeches, List<List<TextUnit>> perSpeech, Kept kept, int[] keptAs) {
        boolean usable = kept != null && keptAs != null && kept.fits();
        int[] from = new int[speeches.size()]; // the kept speech a speech takes its text from, or -1
        for (int s = 0; s < speeches.size(); s++) {
            int k = usable ? keptAs[s] : -1;
            from[s] = k >= 0 && k < kept.speeches()
                    && kept.firstUnit[k + 1] - kept.firstUnit[k] == perSpeech.get(s).size() ? k : -1;
        }
        List<NormalizedText[]> norms = java.util.stream.IntStream.range(0, speeches.size()).parallel()
                .mapToObj(s -> from[s] >= 0 ? null
                        : perSpeech.get(s).stream().map(u -> NormalizedText.of(u.text())).toArray(NormalizedText[]::new))
                .toList();
        int unitCount = 0;
        for (List<TextUnit> us : perSpeech) {
            unitCount += us.size();
        }
        TextUnit[] units = new TextUnit[unitCount];
        NormalizedText[] normalized = new NormalizedText[unitCount];
        int[] lengths = new int[unitCount];
        int[] speechIds = new int[unitCount];
        long total = 1;
        for (int s = 0, u = 0; s < speeches.size(); s++) {
            List<TextUnit> us = perSpeech.get(s);
            for (int i = 0; i < us.size(); i++, u++) {
                units[u] = us.get(i);
                speechIds[u] = s;
                if (from[s] >= 0) {
                    lengths[u] = kept.length(kept.firstUnit[from[s]] + i);
                } else {
                    normalized[u] = norms.get(s)[i];
                    lengths[u] = normalized[u].length();
                }
                total += lengths[u] + 1;
            }
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("corpus too large for shared passages: " + total + " characters");
        }
        char[] text = new char[(int) total];
        int[] starts = new int[unitCount];
        int at = 0;
        text[at++] = SEP;
        for (int s = 0, u = 0; s < speeches.size(); s++) {
            int n = perSpeech.get(s).size();
            if (from[s] >= 0 && n > 0) { // the speech's units and the separators after them, in one copy
                int first = kept.firstUnit[from[s]];
                int origin = kept.unitStart[first];
                int last = first + n - 1;
                int end = kept.unitStart[last] + kept.length(last) + 1;
                System.arraycopy(kept.text, origin, text, at, end - origin);
                for (int i = 0; i < n; i++) {
                    starts[u + i] = at + kept.unitStart[first + i] - origin;
                }
                at += end - origin;
                u += n;
                continue;
            }
            for (int i = 0; i < n; i++, u++) {
                String t = normalized[u].text();
                starts[u] = at;
                t.getChars(0, t.length(), text, at);
                at += t.length();
                text[at++] = SEP;
            }
        }
        return new CorpusText(speeches, text, starts, lengths, speechIds, units, normalized);
    }

    /** What the next build may take again: this text, by speech and unit. */
    Kept kept() {
        return new Kept(text, firstUnit.clone(), unitStart.clone());
    }

    /** Unit {@code u}'s normalized text, with where each character came from. */
    NormalizedText normalized(int u) {
        NormalizedText n = normalized[u];
        if (n == null) { // its fields are final: a thread that sees it sees it whole
            n = NormalizedText.of(units[u].text());
            normalized[u] = n;
        }
        return n;
    }

    int unitLength(int u) {
        return unitLength[u];
    }

    int unitCount() {
        return unitStart.length;
    }

    /** The unit a position of {@link #text} lies in. */
    int unitOf(int pos) {
        int u = blockUnit[pos >>> BLOCK_BITS];
        int last = unitStart.length - 1;
        while (u < last && unitStart[u + 1] <= pos) {
            u++;
        }
        return u;
    }

    /** The speech of a position. */
    int speechOf(int pos) {
        return unitStart.length == 0 ? 0 : unitSpeech[unitOf(pos)];
    }

    int unitEnd(int unit) {
        return unitStart[unit] + unitLength[unit];
    }

    int firstUnit(int speech) {
        return firstUnit[speech];
    }

    int endUnit(int speech) {
        return firstUnit[speech + 1];
    }

    /**
     * Where speech {@code s}'s text starts (its first unit's start, or where it would be), so that a position is
     * also a speech and an offset from this, which do not change when other speeches do.
     */
    int speechOrigin(int speech) {
        int u = firstUnit[speech];
        return u < unitStart.length ? unitStart[u] : text.length;
    }

    /**
     * What the passages of speech {@code s} are made from: its slug, and the index, anchor and text of each unit the
     * passages read. Two speeches with the same key give the same passages wherever they stand in the corpus.
     */
    long[] key(int speech) {
        return key(speeches.get(speech), java.util.Arrays.asList(units).subList(firstUnit(speech), endUnit(speech)));
    }

    /** The key of {@code speech}, whose units {@link #units} gave. */
    static long[] key(Speech speech, List<TextUnit> units) {
        wengao.text.Fingerprint f = new wengao.text.Fingerprint();
        String slug = speech.slug();
        f.add(slug).add(slug.length());
        f.add(units.size());
        Utf16 bytes = new Utf16();
        for (TextUnit unit : units) {
            f.add(unit.index()).add(unit.anchor()).add(unit.anchor().length());
            bytes.add(unit.text(), f).add(unit.text().length());
        }
        String hex = f.hex();
        return new long[] {java.util.HexFormat.fromHexDigitsToLong(hex, 0, 16),
                java.util.HexFormat.fromHexDigitsToLong(hex, 16, 32)};
    }

    /**
     * A text's UTF-16 code units, little-endian, the bytes {@link wengao.text.Fingerprint#add(CharSequence)} takes,
     * copied out in bulk: the build's C1 compiler reads a string a checked character at a time, which made the keys
     * a fifth of the stage.
     */
    private static final class Utf16 {
        private char[] chars = new char[256];
        private java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(512).order(java.nio.ByteOrder.LITTLE_ENDIAN);

        wengao.text.Fingerprint add(String text, wengao.text.Fingerprint f) {
            int n = text.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
                bytes = java.nio.ByteBuffer.allocate(2 * chars.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            }
            text.getChars(0, n, chars, 0);
            bytes.clear();
            bytes.asCharBuffer().put(chars, 0, n);
            return f.add(bytes.array(), 0, 2 * n);
        }
    }
}
