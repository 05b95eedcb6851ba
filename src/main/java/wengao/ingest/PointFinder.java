package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.text.ChineseNumber;

/**
 * Finds the numbered points of this genre inside a paragraph: 一是…, 二要…, 三是要…, 第一，…, 其二，….
 * A point starts a paragraph or follows a clause boundary (。；：！？，、); 一是一、二是二 and the like are not
 * points. Whether a candidate really is a point is decided by the outline, which checks the numbering.
 */
final class PointFinder {

    /** A point candidate: {@code [start, markerEnd)} is its number (一是), {@code [markerEnd, titleEnd)} its title. */
    record Candidate(int start, int markerEnd, int titleEnd, int spanEnd, int ordinal, String label, String title) {
    }

    private static final String NUM = "([一二三四五六七八九十]{1,3})";
    private static final Pattern MARKER = Pattern.compile(
            NUM + "(是要|是|要)|第" + NUM + "[，、,]|其" + NUM + "[，、,是]");
    /** Every marker begins with one of these (the numerals of {@link #NUM}, 第, 其). */
    private static final String FIRST = "一二三四五六七八九十第其";
    private static final String BOUNDARY = "。；：！？，、;:!?,";
    private static final String TERMINATORS = "。；：！？;:!?";
    private static final String NOT_AFTER_YAO = "求素件务点领";
    private static final int MAX_TITLE = 60;

    private PointFinder() {
    }

    static List<Candidate> find(String text) {
        List<int[]> markers = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        int from = 0;
        while (from < text.length()) {
            // Only where a marker can start is the pattern tried: scanning for its first characters is much
            // cheaper than the pattern's own search, which tries every alternative at every position.
            int start = nextFirst(text, from);
            if (start < 0) {
                break;
            }
            from = start + 1;
            if (!m.region(start, text.length()).lookingAt()) {
                continue;
            }
            if (start > 0 && BOUNDARY.indexOf(text.charAt(start - 1)) < 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                continue;
            }
            String numeral = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
            int ordinal = ChineseNumber.parse(numeral);
            if (ordinal < 1) {
                continue;
            }
            int end = m.end();
            if (end >= text.length()) {
                continue;
            }
            char next = text.charAt(end);
            if (ChineseNumber.isNumeral(next) || BOUNDARY.indexOf(next) >= 0) {
                continue;
            }
            if ("要".equals(m.group(2)) && NOT_AFTER_YAO.indexOf(next) >= 0) {
                continue;
            }
            if (m.group(3) != null && next == '第' && end + 1 < text.length() && ChineseNumber.isNumeral(text.charAt(end + 1))) {
                continue; // 第一、第三产业: ordinals listed, not a point
            }
            markers.add(new int[] {start, end, ordinal});
            from = end;
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            int[] mk = markers.get(i);
            int limit = i + 1 < markers.size() ? markers.get(i + 1)[0] : text.length();
            out.add(candidate(text, mk[0], mk[1], mk[2], limit));
        }
        return out;
    }

    /** Where a marker may begin at or after {@code from}: one of its first characters; -1 when none is left. */
    private static int nextFirst(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (FIRST.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Candidate candidate(String text, int start, int markerEnd, int ordinal, int limit) {
        int end = limit;
        for (int i = markerEnd; i < limit; i++) {
            if (TERMINATORS.indexOf(text.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        if (end - markerEnd > MAX_TITLE) {
            int comma = firstOf(text, "，,", markerEnd + 4, end);
            end = comma >= 0 && comma - markerEnd <= MAX_TITLE ? comma : markerEnd + MAX_TITLE;
        }
        int titleEnd = end;
        while (titleEnd > markerEnd && "，、, ".indexOf(text.charAt(titleEnd - 1)) >= 0) {
            titleEnd--;
        }
        int spanEnd = end < text.length() && TERMINATORS.indexOf(text.charAt(end)) >= 0 ? end + 1 : titleEnd;
        return new Candidate(start, markerEnd, titleEnd, spanEnd, ordinal, text.substring(start, markerEnd),
                text.substring(markerEnd, titleEnd));
    }

    /** The shape of a point's number, whatever the number: 一是 and 三是 are 是-points, 第一， and 第四、 第-points. */
    static String family(String label) {
        return label.replaceAll("[一二三四五六七八九十]+", "#").replace('、', '，').replace(',', '，');
    }

    private static int firstOf(String text, String chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
