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
    private static final Pattern SALUTATION = Pattern.compile("(" + ADDRESS_WORDS + "[^：:。！？]{0,100}?)[：:](.*)");
    /**
     * A salutation without an address word: addressees ending like one (主席先生，各位同事：, “硬骨头六连”全体官兵：,
     * 乡亲们：), short, before a colon; not a pronoun, which a sentence quoting someone ends with (毛主席常常告诉我们：).
     */
    private static final Pattern ADDRESSED = Pattern.compile(
            "([^：:。！？]{2,60}?(?:(?<![我你他她它咱])们|先生|女士|同事|同志|代表|官兵|党员|学生|朋友|嘉宾|来宾|阁下|理事|成员|乡亲))[：:](.*)");
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
            if (!m.matches()) {
                m = ADDRESSED.matcher(t);
            }
            if (!m.matches() && !bodySeen) {
                m = EXCLAIMED.matcher(t);
            }
            if (m.matches() && fitsASalutation(m.group(1))) {
                return new Found(startFor(text, droppedAt, i), i, m.end(1), SourceLine.trim(m.group(m.groupCount())));
            }
            bodySeen |= t.length() > 60 && HeaderReader.hasSentenceEnd(t);
        }
        return null;
    }

    static boolean isSalutation(String t) {
        Matcher m = SALUTATION.matcher(t);
        if (!m.matches()) {
            m = ADDRESSED.matcher(t);
        }
        return m.matches() && fitsASalutation(m.group(1));
    }

    /** Up to 40 characters, or a longer list of addressees (尊敬的各位国家元首、政府首脑，尊敬的…，各位来宾，女士们…). */
    private static boolean fitsASalutation(String addressees) {
        return addressees.length() <= 40 || addressees.split("[，,]").length >= 3;
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
