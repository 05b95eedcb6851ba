package wengao.passages;

import wengao.text.TextNormalizer;

/**
 * Widens a matched span of a paragraph to whole clauses where a clause boundary is only a few characters away
 * (做到真管真严… matched inside 切实做到真管真严… reads from 切实), and trims punctuation and quotation marks from
 * its ends, so a passage reads as a piece of text rather than a cut.
 */
final class ClauseSpan {

    /** Letters or numbers a boundary may lie beyond and still be reached. */
    static final int REACH = 3;

    private ClauseSpan() {
    }

    /** {@code [start, end)} of {@code text} widened and trimmed, as two ints packed in a long. */
    static long widen(String text, int start, int end) {
        int s = start;
        int letters = 0;
        for (int i = start - 1; ; i--) {
            if (i < 0 || isBoundary(text.charAt(i))) {
                s = i + 1;
                break;
            }
            if (kept(text, i) && ++letters > REACH) {
                break;
            }
        }
        int e = end;
        letters = 0;
        for (int i = end; ; i++) {
            if (i >= text.length() || isBoundary(text.charAt(i))) {
                e = i;
                break;
            }
            if (kept(text, i) && ++letters > REACH) {
                break;
            }
        }
        return trim(text, s, e);
    }

    /** Without punctuation, quotation marks and spaces at either end. */
    static long trim(String text, int s, int e) {
        while (s < e && !kept(text, s)) {
            s++;
        }
        while (e > s && !kept(text, e - 1)) {
            e--;
        }
        return ((long) s << 32) | e;
    }

    private static boolean isBoundary(char c) {
        return switch (c) {
            case '，', '。', '；', '：', '！', '？', '、', ',', '.', ';', ':', '!', '?', '…', '—', '\n' -> true;
            default -> false;
        };
    }

    private static boolean kept(String text, int i) {
        char c = text.charAt(i);
        return Character.isSurrogate(c) || TextNormalizer.isKept(c);
    }

    static int start(long span) {
        return (int) (span >>> 32);
    }

    static int end(long span) {
        return (int) span;
    }
}
