package wengao.search;

import wengao.model.Speech;

/**
 * The corpus's reading order (dated speeches oldest first, then undated ones; ties by title, then slug) as a key
 * that sorts the same as plain ASCII text, so that an index elsewhere can order and count speeches without the
 * rest of the corpus. Titles and slugs are spelt as four hex digits per UTF-16 unit, which sorts as Java compares
 * strings, and end with '.', which sorts before any digit: a title sorts before the titles it begins.
 */
final class ReadingOrderKey {

    /** Years are shifted so that any int sorts by its digits. */
    private static final long YEAR_SHIFT = 1L << 31;

    private ReadingOrderKey() {
    }

    static String of(Speech s) {
        StringBuilder key = new StringBuilder();
        if (s.date() == null) {
            key.append("1.").append(String.format("%010d%02d%02d", YEAR_SHIFT, 0, 0));
        } else {
            key.append("0.").append(String.format("%010d%02d%02d", s.date().year() + YEAR_SHIFT,
                    s.date().month(), s.date().day()));
        }
        key.append('.');
        hex(key, s.title());
        hex(key, s.slug());
        return key.toString();
    }

    private static void hex(StringBuilder key, String text) {
        for (int i = 0; i < text.length(); i++) {
            key.append(String.format("%04x", (int) text.charAt(i)));
        }
        key.append('.');
    }
}
