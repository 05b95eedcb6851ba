package wengao.text;

/**
 * The normalized form that exact matching works on. Each code point is taken on its own: NFKC (full-width letters
 * and digits become ASCII), lower case, and kept only if it is a letter or a number of any kind (〇 included);
 * punctuation, symbols, marks and whitespace go. A phrase matches wherever its normalized form is a substring of
 * the normalized text, so quotation marks or line breaks inside a phrase never hide it. The search page
 * implements the same function in JavaScript; the two must agree character for character.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(CharSequence text) {
        return NormalizedText.of(text.toString()).text();
    }

    /** Letters and numbers count (Unicode L* and N*); everything else is not part of a match. */
    public static boolean isKept(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
