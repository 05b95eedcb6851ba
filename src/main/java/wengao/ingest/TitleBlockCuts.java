package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the lines of a flattened text's head began: a news dateline, the genre word of a letter (贺信, 回信), the
 * title before its {@code ——} subtitle or its {@code ※} author note, the date line, the speaker, the salutation.
 * These lines have no sentence ends, so sentence-based cuts cannot find them; the header reader reads them after.
 */
final class TitleBlockCuts {

    private static final int HEAD_REACH = 200;
    private static final Pattern DATELINE = Pattern.compile(
            "(新华社|中新社|人民日报|新华网|人民网)[\\p{IsHan}]{0,10}?\\d{1,2}月\\d{1,2}日电");
    /** The photo caption a page opens with, its credit run into what follows: …作《政府工作报告》。 新华社记者姚大伟摄. */
    private static final Pattern LEADING_CAPTION = Pattern.compile(
            "[^。！？]{4,120}[。！？][\\s\u3000\u00a0]*(?:新华社|中新社|本报)?记者[\\s\u3000\u00a0]*\\p{IsHan}{2,4}?[\\s\u3000\u00a0]*/?摄");
    private static final Pattern GENRE = Pattern.compile("(贺信|回信|贺电|唁电|贺词|致信)(?=[^\\s，,。：:、])");
    /** （2013年3月23日）, （２０１３年３月２２日，莫斯科）, （二○一三年六月五日，墨西哥城）: Arabic, full-width or Chinese digits. */
    private static final Pattern DATE_PAREN = Pattern.compile(
            "[（(]\\s*(([12１２][0-9０-９]{3}|[〇零○一二]{1}[〇零○一二三四五六七八九]{3})\\s*年[^（）()]{2,30})[）)]");
    /**
     * The page's publication line inside a flattened head: a time stamp (2013年10月22日08:04, 时间:2013-12-27, 发表时间：
     * 2014-11-09), then 来源：and the outlets (人民网－人民日报, 新华社), or the source first and the stamp after it.
     */
    private static final String STAMP = "(?:(?:发表|发布)?时间\\s*[：:]\\s*)?(?:19|20)\\d{2}\\s*[-年]\\s*\\d{1,2}\\s*[-月]\\s*\\d{1,2}日?"
            + "(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?";
    private static final String OUTLET = "\\p{IsHan}{0,8}?(?:网|社|日报|报|台)";
    private static final Pattern PUBLICATION = Pattern.compile("(?:\\p{IsHan}{2,4}频道[\\s\u3000]*)?(?:" + STAMP + "[\\s\u3000|｜]*)?"
            + "来源\\s*[：:][\\s\u3000]*" + OUTLET + "(?:[\\s\u3000]*[－\\-—][\\s\u3000]*" + OUTLET + ")*(?:[\\s\u3000|｜]*" + STAMP + ")?");
    /** A speaker standing before the salutation or the page's stamp: 中华人民共和国主席　习近平. */
    private static final Pattern OFFICE_AND_NAME = Pattern.compile(
            "(中华人民共和国主席|国家主席|中共中央总书记|国务院总理|全国人大常委会委员长)[\\s\u3000\u00a0]*\\p{IsHan}{2,3}");
    private static final Pattern OFFICE_AND_NAME_AT_END = Pattern.compile(OFFICE_AND_NAME.pattern() + "$");
    /** The speaker's name under the date line, run into the dated editor's lead after it: 习近平2020年9月8日，…. */
    private static final Pattern NAME_BEFORE_DATE = Pattern.compile("\\p{IsHan}{2,3}(?=(?:19|20)\\d{2}年\\d{1,2}月)");
    private static final Pattern SALUTATION_START = Pattern.compile(
            "(尊敬的|各位|女士们|先生们|亲爱的|同志们|朋友们|主席先生|大会主席|老师们|同学们)");
    static final Pattern ADDRESSEE_END = Pattern.compile(
            ".*(们|先生|女士|同事|同志|代表|官兵|党员|学生|朋友|嘉宾|来宾|阁下|理事|国王|总统|总理|成员|乡亲|留学生)[\\s\u3000]*");
    /** The author named in a closing note: ※这是习近平总书记…. */
    private static final Pattern AUTHOR_NOTE = Pattern.compile(
            "※\\s*这是(\\p{IsHan}{2,4}?)(总书记|同志|主席|总理|委员长|书记)");
    private static final String SENTENCE_END = "。！？!?";

    private TitleBlockCuts() {
    }

    static List<Integer> cuts(String text) {
        List<Integer> out = new ArrayList<>();
        int p = ParagraphCuts.skipSpace(text, 0);
        Matcher caption = LEADING_CAPTION.matcher(text).region(p, Math.min(text.length(), p + HEAD_REACH));
        if (caption.lookingAt()) {
            p = ParagraphCuts.skipSpace(text, cut(out, text, caption.end()));
        }
        int firstEnd = firstSentenceEnd(text, p);
        Matcher m = DATELINE.matcher(text).region(p, text.length());
        if (m.lookingAt()) {
            p = cut(out, text, m.end());
        }
        m = GENRE.matcher(text).region(p, text.length());
        if (m.lookingAt()) {
            p = cut(out, text, m.end());
        }
        int dash = text.indexOf("——", p);
        if (dash > p && dash < firstEnd && dash - p <= HEAD_REACH / 2) {
            p = cut(out, text, dash);
        }
        p = dateAndPage(text, p, Math.min(firstEnd, p + HEAD_REACH), out);
        p = author(text, p, firstEnd, out);
        salutation(text, p, out);
        return out;
    }

    /**
     * A date line (after the title or its subtitle), the page's publication line and a speaker before the
     * salutation, where a title block was flattened without any separator:
     * 在…的致辞（２０１３年３月２２日，莫斯科）中华人民共和国主席　习近平尊敬的… Returns where the head goes on.
     */
    private static int dateAndPage(String text, int p, int headEnd, List<Integer> out) {
        int start = p;
        int date = text.indexOf('年', p);
        if (date >= 0 && date < headEnd) {
            Matcher m = DATE_PAREN.matcher(text).region(p, headEnd);
            if (m.find()) {
                cut(out, text, m.start());
                p = cut(out, text, m.end());
                Matcher name = NAME_BEFORE_DATE.matcher(text).region(p, Math.min(text.length(), p + 12)).useTransparentBounds(true);
                if (name.lookingAt()) {
                    p = cut(out, text, name.end());
                }
            }
        }
        int source = text.indexOf("来源", start);
        if (source >= 0 && source < headEnd) {
            Matcher m = PUBLICATION.matcher(text).region(start, headEnd);
            if (m.find()) {
                cut(out, text, m.start());
                p = Math.max(p, cut(out, text, m.end()));
            }
        }
        if (p == start) {
            return p;
        }
        Matcher m = SALUTATION_START.matcher(text).region(p, Math.min(text.length(), p + 40));
        if (m.find() && m.start() > p) {
            p = cut(out, text, m.start());
        }
        Matcher office = OFFICE_AND_NAME.matcher(text).region(start, p);
        while (office.find()) {
            if (out.contains(ParagraphCuts.skipSpace(text, office.end())) || out.contains(office.end())) {
                cut(out, text, office.start());
            }
        }
        return p;
    }

    /** A title signed by its author (标题※习近平 or 标题习近平), when a closing ※ note names the author. */
    private static int author(String text, int p, int firstEnd, List<Integer> out) {
        Matcher note = AUTHOR_NOTE.matcher(text);
        if (!note.find()) {
            return p;
        }
        String name = note.group(1);
        int at = text.indexOf(name, p);
        int clauseEnd = Math.min(firstEnd, firstOf(text, "，,", p));
        if (at <= p || at >= clauseEnd || at - p > HEAD_REACH / 2) {
            return p;
        }
        if (text.charAt(at - 1) != '※') {
            cut(out, text, at);
        }
        return cut(out, text, at + name.length());
    }

    /** A salutation ends at the head's first colon when what it addresses ends like an addressee (…们：, …先生：). */
    private static void salutation(String text, int p, List<Integer> out) {
        int limit = Math.min(firstSentenceEnd(text, p), p + HEAD_REACH);
        for (int i = p; i < limit && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '：' || c == ':') {
                if (ADDRESSEE_END.matcher(text.substring(p, i)).matches()) {
                    addressStart(text, p, i, out);
                    cut(out, text, i + 1);
                }
                return;
            }
        }
    }

    /**
     * Where the salutation before {@code colon} begins, when what stands before it ends a line of the title block: a
     * subtitle (…会议上), a date line, an office and name (…会议上国务院总理 李克强各位代表：); the speaker is cut too.
     */
    private static void addressStart(String text, int p, int colon, List<Integer> out) {
        Matcher m = SALUTATION_START.matcher(text).region(p, colon);
        while (m.find()) {
            int at = m.start();
            if (at == p || out.contains(at)) {
                return;
            }
            Matcher office = OFFICE_AND_NAME_AT_END.matcher(text).region(p, at);
            boolean speaker = office.find();
            char before = text.charAt(at - 1);
            if (speaker || before == '上' || before == '）' || before == ')') {
                if (speaker) {
                    cut(out, text, office.start());
                }
                cut(out, text, at);
                return;
            }
        }
    }

    private static int cut(List<Integer> out, String text, int at) {
        if (at > 0 && at < text.length()) {
            out.add(at);
        }
        return at;
    }

    private static int firstSentenceEnd(String text, int from) {
        return firstOf(text, SENTENCE_END, from);
    }

    private static int firstOf(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
