package wengao.passages;

import java.util.ArrayList;
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
    final NormalizedText[] normalized;
    /** The units of speech {@code s} are {@code [firstUnit[s], firstUnit[s + 1])}. */
    private final int[] firstUnit;
    /**
     * The unit of each block of {@code 1 << BLOCK_BITS} positions' first position: a position's unit is then a few
     * steps on from its block's, where a search of all units' starts would miss the cache at every step.
     */
    private final int[] blockUnit;
    private static final int BLOCK_BITS = 6;

    private CorpusText(List<Speech> speeches, char[] text, int[] unitStart, int[] unitSpeech, TextUnit[] units,
                       NormalizedText[] normalized) {
        this.speeches = speeches;
        this.text = text;
        this.unitStart = unitStart;
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

    /** Body paragraphs and closings only: titles and headings are labels, not passages a speaker reuses. */
    static CorpusText of(List<Speech> speeches) {
        List<List<TextUnit>> perSpeech = speeches.parallelStream()
                .map(s -> s.textUnits().stream().filter(u -> u.kind() == TextUnit.Kind.PARAGRAPH
                        || u.kind() == TextUnit.Kind.CLOSING).toList()).toList();
        List<List<NormalizedText>> norms = perSpeech.parallelStream()
                .map(us -> us.stream().map(u -> NormalizedText.of(u.text())).toList()).toList();
        List<TextUnit> units = new ArrayList<>();
        List<NormalizedText> normalized = new ArrayList<>();
        List<Integer> speechOf = new ArrayList<>();
        long total = 1;
        for (int s = 0; s < speeches.size(); s++) {
            for (int i = 0; i < perSpeech.get(s).size(); i++) {
                units.add(perSpeech.get(s).get(i));
                normalized.add(norms.get(s).get(i));
                speechOf.add(s);
                total += norms.get(s).get(i).length() + 1;
            }
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("corpus too large for shared passages: " + total + " characters");
        }
        char[] text = new char[(int) total];
        int[] starts = new int[units.size()];
        int[] speechIds = new int[units.size()];
        int at = 0;
        text[at++] = SEP;
        for (int u = 0; u < units.size(); u++) {
            String t = normalized.get(u).text();
            starts[u] = at;
            speechIds[u] = speechOf.get(u);
            t.getChars(0, t.length(), text, at);
            at += t.length();
            text[at++] = SEP;
        }
        return new CorpusText(speeches, text, starts, speechIds, units.toArray(new TextUnit[0]),
                normalized.toArray(new NormalizedText[0]));
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
        return unitStart[unit] + normalized[unit].length();
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
        wengao.text.Fingerprint f = new wengao.text.Fingerprint();
        String slug = speeches.get(speech).slug();
        f.add(slug).add(slug.length());
        f.add(endUnit(speech) - firstUnit(speech));
        for (int u = firstUnit(speech); u < endUnit(speech); u++) {
            TextUnit unit = units[u];
            f.add(unit.index()).add(unit.anchor()).add(unit.anchor().length()).add(unit.text()).add(unit.text().length());
        }
        String hex = f.hex();
        return new long[] {java.util.HexFormat.fromHexDigitsToLong(hex, 0, 16),
                java.util.HexFormat.fromHexDigitsToLong(hex, 16, 32)};
    }
}
