package wengao.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.text.ChineseNumber;

/**
 * A line that opens with an outline number, or is one (a bare 一 numbers a part, level 1): a part {@code 第一个问题：},
 * {@code 第一部分}, a lecture's {@code 第一讲} or a book's {@code 第一章} (level 0, above
 * {@code 一、} when a speech has both), {@code 一、} (level 1), {@code （一）} (level 2), {@code 1.}, {@code 1、} or
 * {@code （1）} (level 3). The title runs to the first sentence end; what follows on the same
 * line is the heading's first paragraph (a run-in heading: {@code （一）标题。正文…}).
 */
record HeadingLine(int level, int ordinal, String label, String title, String terminator, String body) {

    private static final Pattern PART = Pattern.compile(
            "第([一二三四五六七八九十]{1,3})(?:个问题|部分|讲|章)(?:\\s*[：:，,、.．]|[\\s\u3000]+)\\s*");
    /** A part number alone on its line (一, 二), as excerpts of several speeches number their parts. */
    private static final Pattern BARE_NUMBER = Pattern.compile("[一二三四五六七八九十]{1,3}");
    /** 一、 as the standard writes it; 一． and 一. as word processors' lists do. */
    private static final Pattern LEVEL1 = Pattern.compile("([一二三四五六七八九十]{1,3})\\s*(?:、|[.．](?![0-9０-９]))\\s*");
    private static final Pattern LEVEL2 = Pattern.compile("[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]\\s*");
    private static final Pattern LEVEL3 = Pattern.compile(
            "(?:([0-9０-９]{1,2})\\s*[.．、](?![0-9０-９])|[（(]([0-9０-９]{1,2})[）)]|([①-⑳]))\\s*");
    private static final Pattern NUMBER_LIST = Pattern.compile("[一二三四五六七八九十]{1,2}[、等]");
    private static final String TERMINATORS = "。！？；!?;";

    static HeadingLine parse(String text) {
        if (BARE_NUMBER.matcher(text).matches()) {
            return new HeadingLine(1, ChineseNumber.parse(text), text, "", "", "");
        }
        HeadingLine h = tryLevel(text, PART, 0);
        if (h == null) {
            h = tryLevel(text, LEVEL1, 1);
        }
        if (h == null) {
            h = tryLevel(text, LEVEL2, 2);
        }
        if (h == null) {
            h = tryLevel(text, LEVEL3, 3);
        }
        return h;
    }

    boolean hasBody() {
        return !body.isEmpty();
    }

    private static HeadingLine tryLevel(String text, Pattern pattern, int level) {
        Matcher m = pattern.matcher(text);
        if (!m.lookingAt() || m.end() >= text.length()) {
            return null;
        }
        String numeral = null;
        for (int g = 1; g <= m.groupCount() && numeral == null; g++) {
            numeral = m.group(g);
        }
        int ordinal = numeral != null && numeral.length() == 1 && numeral.charAt(0) >= '①' && numeral.charAt(0) <= '⑳'
                ? numeral.charAt(0) - '①' + 1 : ChineseNumber.parse(numeral);
        if (ordinal < 1) {
            return null;
        }
        // "一、二等奖" or "1、2月": a number of the label's own kind right after it means a list of numbers, not a
        // heading; "一、2025年工作回顾" is a heading.
        String after = text.substring(m.end());
        if (level < 3 ? NUMBER_LIST.matcher(after).lookingAt() : Character.isDigit(after.charAt(0))) {
            return null;
        }
        int end = text.length();
        for (int i = m.end(); i < text.length(); i++) {
            if (TERMINATORS.indexOf(text.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        String terminator = end < text.length() ? text.substring(end, end + 1) : "";
        String body = end < text.length() ? SourceLine.trim(text.substring(end + 1)) : "";
        String label = text.substring(0, m.end()).strip();
        if (level == 0 && m.end() > label.length()) {
            label += text.charAt(label.length()); // 第一部分 总结: the space is the part's separator
        }
        return new HeadingLine(level, ordinal, label, text.substring(m.end(), end), terminator, body);
    }
}
