package wengao.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the salutation, the landmark between a speech's head and its body: 同志们：, 各位代表：, or a block of
 * several lines (尊敬的萨苏总统， / 各位议员， / 女士们，先生们，朋友们：), blank lines between them or not. A speech that opens
 * with 女士们、先生们、朋友们！ has that as its salutation when no body text comes before it.
 */
final class SalutationFinder {

    static final int HEADER_SCAN_LIMIT = 60;
    static final String ADDRESS_WORDS = "(尊敬的|各位|同志们|女士们|先生们|亲爱的|老师们|同学们|朋友们|在座的|同胞们|青年朋友们)";
    private static final Pattern SALUTATION = Pattern.compile("(" + ADDRESS_WORDS + "[^：:。！？]{0,40}?)[：:](.*)");
    private static final Pattern EXCLAIMED = Pattern.compile("((?:女士们|先生们|朋友们|同志们|同胞们|各位\\p{IsHan}{1,6})(?:[、，,](?:女士们|先生们|朋友们|同志们|同胞们|各位\\p{IsHan}{1,6}))*)[！!]()");

    /** The salutation's first and last line, the colon's offset in the last, and body text sharing that line. */
    record Found(int start, int end, int colon, String rest) {
    }

    private SalutationFinder() {
    }

    static Found find(String[] text, boolean[] droppedAt, boolean[] chapter) {
        int seen = 0;
        boolean bodySeen = false;
        for (int i = 0; i < text.length && seen < HEADER_SCAN_LIMIT; i++) {
            String t = text[i];
            if (t.isEmpty() || droppedAt[i]) {
                continue;
            }
            seen++;
            HeadingLine heading = HeadingLine.parse(t);
            if (heading != null && heading.level() <= 2 && !chapter[i]) {
                return null;
            }
            Matcher m = SALUTATION.matcher(t);
            if (!m.matches() && !bodySeen) {
                m = EXCLAIMED.matcher(t);
            }
            if (m.matches() && m.group(1).length() <= 40) {
                return new Found(startFor(text, droppedAt, i), i, m.end(1), SourceLine.trim(m.group(m.groupCount())));
            }
            bodySeen |= t.length() > 60 && HeaderReader.hasSentenceEnd(t);
        }
        return null;
    }

    static boolean isSalutation(String t) {
        return SALUTATION.matcher(t).matches();
    }

    /** Address lines above the last one end with a comma (尊敬的…， / 崔世安行政长官先生， / 各位议员，). */
    private static int startFor(String[] text, boolean[] droppedAt, int end) {
        int start = end;
        for (int i = end - 1; i >= 0; i--) {
            String t = text[i];
            if (t.isEmpty()) {
                continue;
            }
            if (!droppedAt[i] && t.length() <= 60 && !HeaderReader.hasSentenceEnd(t)
                    && (t.endsWith("、") || t.endsWith("，") || t.endsWith(","))) {
                start = i;
            } else {
                break;
            }
        }
        return start;
    }
}
