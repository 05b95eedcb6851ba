package wengao.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The trigrams of a normalized text padded with two {@link Fields#PAD}, one token per character offset, so that a
 * token's position is the offset of its first character. Trigrams at fixed distances then match a phrase exactly,
 * with no word segmentation.
 */
final class GramTokenStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    /** Code points, not UTF-16 units: a trigram never splits a character outside the basic plane. */
    private final int[] text;
    private int offset;

    GramTokenStream(String normalized) {
        this.text = normalized.isEmpty() ? new int[0]
                : (normalized + Fields.PAD + Fields.PAD).codePoints().toArray();
    }

    @Override
    public boolean incrementToken() {
        if (offset + 3 > text.length) {
            return false;
        }
        clearAttributes();
        for (int i = offset; i < offset + 3; i++) {
            if (Character.isBmpCodePoint(text[i])) {
                term.append((char) text[i]);
            } else {
                term.append(Character.highSurrogate(text[i])).append(Character.lowSurrogate(text[i]));
            }
        }
        increment.setPositionIncrement(1);
        offset++;
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        offset = 0;
    }
}
