package wengao.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The forms of the lines of a title block: subtitle, date line, speaker line, and what reads like a title. */
final class TitleBlockForms {

    static final Pattern TITLE_WORDS = Pattern.compile(
            ".*(讲话|报告|发言|致辞|党课|讲稿|演讲|总结|纪要|提纲|辅导|体会|心得|讲座|主持词|述职|述责|述廉|汇报|动员|部署会).*");
    private static final Pattern SUBTITLE = Pattern.compile(
            "(——|――|--|—|―|－－|﹣﹣).*|[（(].{4,80}[）)]|(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日在.*|在.{2,60}上[）)]?");
    static final String DATE = "(((19|20)\\d{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"
            + "|[〇零○0一二三四五六七八九]{4}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日)";
    /** （2015年9月28日，纽约）, （2015年1月8日上午）, (2014年9月9日). */
    private static final String DATE_PAREN = "[（(]\\s*(?:" + DATE + "|" + DateReader.DOTTED + ")[^（）()]{0,30}[）)]";
    /** A date line: a bracketed date or a date alone (2014年9月9日). */
    private static final Pattern DATE_LINE = Pattern.compile(DATE_PAREN + "|" + DATE + "\\s*(?:上午|下午|晚上|早上|晚)?(?:\\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?");
    /** The label of a line that names who speaks: 主讲人：市委书记 张三. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^(?:主讲人|主讲|报告人|授课人|讲课人|宣讲人|讲话人|发言人|述职人|述责人|述廉人|汇报人)[\\s\u3000]*[：:][\\s\u3000]*");
    /** The label of a line that names where: 地点：市委党校报告厅. */
    private static final Pattern PLACE_LABEL = Pattern.compile("^(?:会议地点|地点)[\\s\u3000]*[：:][\\s\u3000]*(.{2,40})$");
    /** A speaker line that carries its date line: 市委书记 张三（2024年10月23日）, ·市委书记张三（2024年10 月23 日下午）. */
    private static final Pattern DATED_SPEAKER = Pattern.compile("(.{2,30}?)[\\s\u3000]*" + DATE_PAREN);
    /** A space a conversion from GBK lost and wrote as a question mark: 国务院总理?李克强. */
    private static final String LOST_SPACE = "[?？]";
    /** The offices a speaker line names before the name. */
    static final String OFFICE = "(书记|市长|省长|主席|总理|部长|局长|主任|县长|区长|厅长|处长|院长|校长|委员|行长|董事长|总经理|镇长|乡长|队长|政委|司令员|秘书长|主讲人|报告人)";
    private static final Pattern SPEAKER = Pattern.compile(
            ".{0,24}?" + OFFICE + "[\\s\u3000\u00a0:：]*[\\p{IsHan}·•][\\p{IsHan}·•\\s\u3000\u00a0]{0,12}");
    /** An office at the end of a note's words: 中共某某县委书记, 某某市人民政府副市长. */
    static final Pattern OFFICE_AT_END = Pattern.compile(OFFICE + "$");
    /** 张三同志 under a title: the speaker is 张三. */
    private static final Pattern NAME_AND_COMRADE = Pattern.compile("(\\p{IsHan}{2,3})同志");
    /** 张三（县委书记）: the name, then the office in brackets. */
    private static final Pattern NAME_THEN_OFFICE = Pattern.compile("(\\p{IsHan}{2,3})\\s*[（(]\\s*([^（）()]{0,20}" + OFFICE + ")\\s*[）)]");
    /** 县委书记：张三: the office and the name, a colon between. */
    private static final Pattern OFFICE_COLON = Pattern.compile(OFFICE + "\\s*[：:]\\s*");
    private static final Pattern WRAPPED = Pattern.compile("(?:——|—|--|－－)\\s*(.{3,40})|[（(]\\s*([^（）()]{3,40}?)\\s*[）)]");
    private static final Pattern OCCASION_WORDS = Pattern.compile("^在|会议|大会|会上|讲话|[上时]$");
    /** A two-character name set as wide as a three-character one (上海市市长 龚 正): the name is 龚正. */
    private static final Pattern SPACED_NAME = Pattern.compile("(^|\\s)(\\p{IsHan}) (\\p{IsHan})$");
    private static final Pattern NAME_ONLY = Pattern.compile("[\\p{IsHan}·]{2,5}");
    private static final Pattern SHORT_NAME = Pattern.compile("[\\p{IsHan}·]{2,3}");

    private TitleBlockForms() {
    }

    static boolean isDateLine(String t) {
        return DATE_LINE.matcher(Normalizer.normalize(t, Normalizer.Form.NFKC).strip()).matches();
    }

    static boolean isSubtitle(String t) {
        return SUBTITLE.matcher(t).matches();
    }

    static boolean isOpenDashSubtitle(String t) {
        return (t.startsWith("—") || t.startsWith("―") || t.startsWith("--") || t.startsWith("－－") || t.startsWith("﹣﹣"))
                && !(t.endsWith("上") || t.endsWith("）") || t.endsWith(")"));
    }

    /** 省长 王五, 中华人民共和国主席　习近平: an office and a name, not a sentence. */
    static boolean isOfficeAndName(String line) {
        String t = SPEAKER_LABEL.matcher(line).replaceFirst(""); // 讲话人：县委书记 张三 names no title by its label
        String spaced = t.replaceAll("(?<=\\p{IsHan})" + LOST_SPACE + "(?=\\p{IsHan})", " ");
        return SPEAKER.matcher(spaced).matches() && !HeaderReader.hasSentenceEnd(spaced) && !t.contains("，")
                && !TITLE_WORDS.matcher(t).matches();
    }

    static boolean isNameOnly(String t) {
        return NAME_ONLY.matcher(t).matches() && !TITLE_WORDS.matcher(t).matches();
    }

    /**
     * A speaker line directly under a title: an office and a name, or a name of two or three characters, which a
     * journal's byline marks with {@code ※} (※习近平); either may carry the date line.
     */
    static boolean isSpeakerUnderTitle(String t) {
        return isOfficeAndName(t) || SHORT_NAME.matcher(bare(t)).matches()
                || datedSpeaker(t) != null
                || NAME_AND_COMRADE.matcher(t).matches() || NAME_THEN_OFFICE.matcher(t).matches();
    }

    /**
     * The speaker of a speaker line set off as a subtitle or a note (——县委书记 张三, （县委书记 张三）), or null: an
     * office and a name, not an occasion (——在全市组织部长会议上).
     */
    static String wrappedSpeaker(String t) {
        Matcher m = WRAPPED.matcher(t.strip());
        if (!m.matches()) {
            return null;
        }
        String who = m.group(1) != null ? m.group(1) : m.group(2);
        return isOfficeAndName(who) && !OCCASION_WORDS.matcher(who).find() ? speakerOf(who) : null;
    }

    /** The speaker a speaker line names: the line without a byline's {@code ※} and with its spaces made single. */
    static String speakerOf(String t) {
        String who = bare(t).replaceAll("[\\s\u3000\u00a0?？]+", " ");
        Matcher comrade = NAME_AND_COMRADE.matcher(who);
        if (comrade.matches()) {
            return comrade.group(1);
        }
        Matcher named = NAME_THEN_OFFICE.matcher(who);
        if (named.matches()) {
            return named.group(2) + " " + named.group(1);
        }
        who = OFFICE_COLON.matcher(who).replaceFirst("$1 ");
        return SPACED_NAME.matcher(who).replaceFirst("$1$2$3");
    }

    /** The place a title block's 地点： line names, or null. */
    static String place(List<String> titleLines) {
        for (String t : titleLines) {
            Matcher m = PLACE_LABEL.matcher(t.strip());
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /**
     * The speaker of a speaker line that ends in its date line (the line is a date line of the title block too), or
     * null.
     */
    static String datedSpeaker(String t) {
        Matcher m = DATED_SPEAKER.matcher(Normalizer.normalize(t, Normalizer.Form.NFKC).strip());
        if (!m.matches()) {
            return null;
        }
        String who = withoutBylineMark(m.group(1));
        return isOfficeAndName(who) || SHORT_NAME.matcher(who).matches() ? speakerOf(who) : null;
    }

    /** A byline's mark ({@code ※}) or a list dot ({@code ·}) before a speaker's name is no part of it. */
    /** A speaker line without its byline mark and its label: ※习近平 → 习近平, 主讲人：张三 → 张三. */
    private static String bare(String t) {
        return SPEAKER_LABEL.matcher(withoutBylineMark(t)).replaceFirst("");
    }

    private static String withoutBylineMark(String t) {
        return t.startsWith("※") || t.startsWith("·") || t.startsWith("•") ? t.substring(1).strip() : t;
    }

    static boolean isTitleLike(String t) {
        return t.length() <= 80 && !HeaderReader.hasSentenceEnd(t) && !isSubtitle(t) && !isDateLine(t)
                && !isOfficeAndName(t) && HeadingLine.parse(t) == null && datedSpeaker(t) == null;
    }

    /**
     * A title as the page shows it: without the book-title marks that wrap it whole (《在…上的讲话》), which a citation
     * puts back; marks inside it (关于《…》的说明) stay. Markdown's bold pasted into plain text (**在…上的讲话**) goes too.
     */
    static String withoutTitleMarks(String title) {
        if (title != null && title.length() > 4 && title.startsWith("**") && title.endsWith("**") && title.indexOf('*', 2) == title.length() - 2) {
            return withoutTitleMarks(title.substring(2, title.length() - 2).strip());
        }
        if (title != null && title.length() > 2 && title.startsWith("《") && title.endsWith("》")
                && title.indexOf('《', 1) < 0 && title.indexOf('》') == title.length() - 1) {
            return title.substring(1, title.length() - 1).strip();
        }
        return title;
    }

    static boolean hasTitleWord(String t) {
        return TITLE_WORDS.matcher(t).matches();
    }
}
