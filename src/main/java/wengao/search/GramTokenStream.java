package wengao.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The n-grams of a normalized text, one token per character offset, so that a token's position is the offset of
 * its first character. Trigrams at fixed distances then match a phrase exactly, with no word segmentation.
 */
final class GramTokenStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final String text;
    private final int n;
    private int offset;

    GramTokenStream(String normalized, int n) {
        this.text = normalized;
        this.n = n;
    }

    @Override
    public boolean incrementToken() {
        if (offset + n > text.length()) {
            return false;
        }
        clearAttributes();
        term.append(text, offset, offset + n);
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
