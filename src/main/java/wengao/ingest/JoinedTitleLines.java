package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a head line that holds two lines of a title block, as scraped pages join them: the title and its subtitle
 * (政府工作报告——２００９年３月５日在…会议上), the title and its occasion (…新篇章在刚果共和国议会的演讲), the subtitle and the speaker (——2015年3月5日在…会议上国务院总理 李克强), a
 * page's headline and the title (1956年国务院政府工作报告关于…的报告). The pieces keep the line's number. Only the head is read: a line of the body never has these forms.
 */
final class JoinedTitleLines {

    /** Characters a headline and the title joined to it have at least. */
    private static final int MIN_HEADLINE = 6;
    private static final Pattern TITLE_AND_SUBTITLE = Pattern.compile("(\\S.{1,59}?)[\\s\u3000]*((?:——|――).{4,})");
    /** A title and its occasion line, joined when a scraper dropped the break: 共同谱写…新篇章在刚果共和国议会的演讲. */
    private static final Pattern TITLE_AND_OCCASION = Pattern.compile(
            "(\\S.{3,59}?)[\\s\u3000]*(在[^，,。、：:！？\\s]{2,60}?的(?:主旨|重要|书面)?(?:讲话|演讲|致辞|发言|贺词|报告))");

    private JoinedTitleLines() {
    }

    static List<SourceLine> split(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size() + 2);
        int seen = 0;
        boolean head = true;
        List<String> above = new ArrayList<>();
        for (SourceLine line : lines) {
            String t = line.text();
            if (!head || t.isEmpty()) {
                out.add(line);
                continue;
            }
            if (++seen > SalutationFinder.HEADER_SCAN_LIMIT || SalutationFinder.isSalutation(t)
                    || t.length() > 60 && HeaderReader.hasSentenceEnd(t)) {
                head = false;
                out.add(line);
                continue;
            }
            int joined = afterHeadline(t, above);
            above.add(t);
            if (joined > 0) {
                // the page's headline again, then the report's own title: two lines, the first a repeat of the headline
                out.add(new SourceLine(line.number(), t.substring(0, joined), t.substring(0, joined)));
                t = SourceLine.trim(t.substring(joined));
                line = new SourceLine(line.number(), t, t);
            }
            List<String> pieces = pieces(t);
            if (pieces.size() == 1) {
                out.add(line);
                continue;
            }
            for (String piece : pieces) {
                out.add(new SourceLine(line.number(), piece, piece));
            }
        }
        return out;
    }

    /**
     * Where the title starts in a line that opens with a title line above it and goes on with a title of its own, as
     * a portal joins its headline to the report's title (1956年国务院政府工作报告关于1955年国家决算和1956年国家预算的报告
     * under 1956年国务院政府工作报告); 0 otherwise.
     */
    private static int afterHeadline(String t, List<String> above) {
        for (String headline : above) {
            if (headline.length() >= MIN_HEADLINE && t.length() >= headline.length() + MIN_HEADLINE && t.startsWith(headline)
                    && TitleBlockForms.isTitleLike(headline) && TitleBlockForms.isTitleLike(t.substring(headline.length()).strip())) {
                return headline.length();
            }
        }
        return 0;
    }

    /** The line's pieces: itself, or a title and its subtitle, or a subtitle and its speaker (each split once). */
    static List<String> pieces(String t) {
        List<String> out = new ArrayList<>(3);
        Matcher m = TITLE_AND_SUBTITLE.matcher(t);
        String rest = t;
        if (m.matches() && !m.group(1).contains("——") && TitleBlockForms.isTitleLike(m.group(1))
                && TitleBlockForms.isSubtitle(m.group(2)) && statesDateOrOccasion(m.group(2))) {
            out.add(SourceLine.trim(m.group(1)));
            rest = m.group(2);
        } else if (rest.indexOf('在') > 0) {
            m = TITLE_AND_OCCASION.matcher(t);
            // 习近平在…的讲话 is the speaker's headline, one line; 习近平：…未来在…的演讲 is a headline and an occasion
            if (m.matches() && TitleBlockForms.isTitleLike(m.group(1)) && !HeadlineRule.titleOf(t).equals(m.group(2))
                    && !m.group(1).endsWith("关于")) {
                out.add(SourceLine.trim(m.group(1)));
                rest = m.group(2);
            }
        }
        int speakerAt = speakerAt(rest);
        if (speakerAt > 0) {
            out.add(SourceLine.trim(rest.substring(0, speakerAt)));
            out.add(SourceLine.trim(rest.substring(speakerAt)));
        } else {
            out.add(rest);
        }
        return out;
    }

    /** Where a speaker line joined to the end of a dash subtitle starts (after its last 上 or bracket), or -1. */
    private static int speakerAt(String t) {
        if (!(t.startsWith("——") || t.startsWith("――"))) {
            return -1;
        }
        for (int k = t.length() - 2; k > 2; k--) {
            char before = t.charAt(k - 1);
            if ((before == '上' || before == '）' || before == ')') && TitleBlockForms.isOfficeAndName(t.substring(k).strip())) {
                return statesDateOrOccasion(t.substring(0, k)) ? k : -1;
            }
        }
        return -1;
    }

    private static boolean statesDateOrOccasion(String subtitle) {
        return DateReader.fullDate(subtitle) != null || subtitle.matches("(——|――)\\s*在.{2,60}(上|时|期间)(的\\p{IsHan}{0,6}(讲话|报告|发言|致辞|演讲|讲稿|党课))?[）)]?");
    }
}
