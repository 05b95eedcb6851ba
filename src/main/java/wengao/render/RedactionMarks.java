package wengao.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the redaction marks of the genre: the ***, ×× or XX that stand where a name, a place, an office or a date
 * was taken out (***同志, ××局, XX市, ×机关, 深化×改革, X月X日, 19××年, 张×). The same characters are also operators
 * and letters, and those are not marks: × or * between numbers (7×24小时, 3×3, 5*8), X in a Latin word or a
 * number (X86, XXL), X in a word of its own (X光, X射线), × closing a term (“数据要素×”). So a run of two or more
 * marks is a redaction unless a Latin letter or a digit touches it (19××年 is one: a digit on one side only). A
 * single * or × is one unless a letter or digit touches it or it closes a term (after a Chinese character that is
 * not a surname, before a closing quote). A single X, a letter of words too, only before a character that names what
 * was taken out (市, 局, 月, 同志 …) or after a surname.
 */
final class RedactionMarks {

    record Mark(int start, int end) {
    }

    private enum Kind { STAR, CROSS, LETTER, CIRCLE, SQUARE }

    /** What follows a single X that stands for a name or number: places, offices, dates, titles, counts. */
    private static final String SLOT = "省市县区州盟旗乡镇村街路巷号楼栋组屯局厅处科委部办院所校厂站队馆司社团会机单公集"
            + "年月日时届期名人个位项件起条款章节批家户元万亿千百篇份天座台辆吨亩岁同书主长某先女老总副";
    /** Common surnames that rarely end a word, so 张× is a name and 要素× is not, and 李X one too. */
    private static final String SURNAME = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶程苏魏吕丁"
            + "任沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤";

    /** Stands for the start or the end of the text: no letter, no digit, no space. */
    private static final char EDGE = '\0';

    private RedactionMarks() {
    }

    static List<Mark> in(String text) {
        List<Mark> marks = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Kind kind = kindOf(text.charAt(i));
            if (kind == null) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && kindOf(text.charAt(end)) == kind) {
                end++;
            }
            char before = i > 0 ? text.charAt(i - 1) : EDGE;
            char after = end < text.length() ? text.charAt(end) : EDGE;
            if (isRedaction(kind, end - i, before, after)) {
                marks.add(new Mark(i, end));
            }
            i = end;
        }
        return marks;
    }

    private static boolean isRedaction(Kind kind, int length, char before, char after) {
        return switch (kind) {
            // ○ is also written for 〇 in years: 二○○八年
            case CIRCLE, SQUARE -> length >= 2 && !isNumeral(before) && !isNumeral(after);
            case LETTER -> !isLatinOrDigit(before) && !isLatinOrDigit(after)
                    && (length >= 2 || SLOT.indexOf(after) >= 0 || SURNAME.indexOf(before) >= 0);
            case STAR, CROSS -> !(kind == Kind.STAR && (isLatin(before) || isLatin(after)))
                    && !(isLatinOrDigit(before) && isLatinOrDigit(after))
                    && (length >= 2 || isSingleMark(before, after));
        };
    }

    /**
     * A lone * or ×: not an operand, not a symbol on its own (a bullet, a close button, the × of a tick box), not
     * closing a term: after a Chinese character that is no surname and before a closing quote or the end (“数据要素×”).
     */
    private static boolean isSingleMark(char before, char after) {
        if (isLatinOrDigit(before) || isLatinOrDigit(after) || Character.isWhitespace(after) || before == EDGE && after == EDGE) {
            return false;
        }
        boolean closesTerm = isHan(before) && SURNAME.indexOf(before) < 0 && (after == EDGE || isClosing(after));
        return !closesTerm;
    }

    private static boolean isClosing(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION || c == '"' || c == '\'';
    }

    private static Kind kindOf(char c) {
        return switch (c) {
            case '*', '＊' -> Kind.STAR;
            case '×', '✕' -> Kind.CROSS;
            case 'X', 'Ｘ', 'x', 'ｘ' -> Kind.LETTER;
            case '○' -> Kind.CIRCLE;
            case '□' -> Kind.SQUARE;
            default -> null;
        };
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isNumeral(char c) {
        return Character.isDigit(c) || "〇零一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }

    private static boolean isLatinOrDigit(char c) {
        return isLatin(c) || Character.isDigit(c);
    }
}
