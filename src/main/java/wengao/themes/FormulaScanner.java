package wengao.themes;

import java.util.function.Consumer;

/**
 * Finds the numbered formulas of the genre in a text without regular expressions (numerals are a few percent of
 * the characters, so only the places around them are looked at):
 * <ul>
 * <li>a number and a two-character phrase: 两个维护, 四种形态, 八项规定, 六大纪律 (the number 二 to 十; 一 is too
 * common a word), ending the phrase: the next character is not a Han character, or is 的, 和, 与, 及, 等;</li>
 * <li>the pattern of 一X双Y / 三X一Y: 一岗双责, 三会一课, 五破五立, at a word boundary.</li>
 * </ul>
 * A formula never starts inside a number: 二十大精神 holds no 十大精神, 十九届二中全会 no 九届二中.
 */
final class FormulaScanner {

    private static final String COUNT = "两二三四五六七八九十";
    private static final String PAIR = "一二两三四五六七八九十双";
    private static final String MEASURES = "种项大条";
    private static final String NUMBERISH = "一二两三四五六七八九十百千第〇零";
    private static final String ENDS = "的和与及等";
    private static final String JOINS = "的和与及抓";

    private FormulaScanner() {
    }

    static void scan(String t, Consumer<String> out) {
        int len = t.length();
        for (int i = 0; i + 3 < len; i++) {
            char c = t.charAt(i);
            if (PAIR.indexOf(c) < 0) {
                continue;
            }
            char prev = i > 0 ? t.charAt(i - 1) : ' ';
            if (COUNT.indexOf(c) >= 0 && NUMBERISH.indexOf(prev) < 0) {
                char m = t.charAt(i + 1);
                if ((m == '个' || MEASURES.indexOf(m) >= 0) && han(t.charAt(i + 2)) && han(t.charAt(i + 3)) && endsAt(t, i + 4)) {
                    out.accept(t.substring(i, i + 4));
                }
            }
            boolean boundary = i == 0 || !han(prev) || JOINS.indexOf(prev) >= 0;
            if (boundary && NUMBERISH.indexOf(prev) < 0 || i == 0) {
                char x = t.charAt(i + 1);
                char n = t.charAt(i + 2);
                char y = t.charAt(i + 3);
                if (han(x) && PAIR.indexOf(x) < 0 && x != '届' && PAIR.indexOf(n) >= 0 && han(y) && PAIR.indexOf(y) < 0) {
                    out.accept(t.substring(i, i + 4));
                }
            }
        }
    }

    private static boolean endsAt(String t, int k) {
        return k == t.length() || !han(t.charAt(k)) || ENDS.indexOf(t.charAt(k)) >= 0;
    }

    private static boolean han(char c) {
        return Character.isIdeographic(c);
    }
}
