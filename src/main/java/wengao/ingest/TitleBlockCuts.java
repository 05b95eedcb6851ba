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
    private static final Pattern GENRE = Pattern.compile("(贺信|回信|贺电|唁电|贺词|致信)(?=[^\\s，,。：:、])");
    private static final Pattern DATE_PAREN = Pattern.compile("[（(]\\s*((19|20)\\d{2}年[^（）()]{2,30})[）)]");
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
            m = DATE_PAREN.matcher(text).region(p, Math.min(text.length(), p + HEAD_REACH / 2));
            if (m.find()) {
                cut(out, text, m.start());
                p = cut(out, text, m.end());
                m = SALUTATION_START.matcher(text).region(p, Math.min(text.length(), p + 40));
                if (m.find() && m.start() > p) {
                    p = cut(out, text, m.start());
                }
            }
        }
        p = author(text, p, firstEnd, out);
        salutation(text, p, out);
        return out;
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
                    cut(out, text, i + 1);
                }
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
