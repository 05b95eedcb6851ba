package wengao.text;

import java.text.Normalizer;

/**
 * The normalized form that exact matching works on: NFKC (full-width letters and digits become ASCII),
 * lower case, and no punctuation, symbols or whitespace. A phrase matches wherever its normalized form is a
 * substring of the normalized text, so quotation marks or line breaks inside a phrase never hide it.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(CharSequence text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (isKept(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return out.toString();
    }

    /** Letters, digits and ideographs count; punctuation, symbols, marks and whitespace do not. */
    public static boolean isKept(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }
}
