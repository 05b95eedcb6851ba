package wengao.render;

import java.util.Comparator;
import wengao.model.Theme;
import wengao.text.ChineseNumber;

/**
 * The order of a formula's parts as the formula itself counts them: 不敢腐 before 不能腐 before 不想腐, where the
 * formula's name spells its parts out, and 第一种形态 before 第二种形态 by their numbers otherwise. Parts neither
 * rule orders follow by name.
 */
final class PartOrder {

    private static final String NUMERALS = "〇零一二两三四五六七八九十";

    private PartOrder() {
    }

    static Comparator<Theme> of(Theme formula) {
        String whole = formula == null ? "" : formula.name();
        return Comparator.comparingInt((Theme t) -> {
                    int at = whole.indexOf(t.name());
                    return at < 0 ? Integer.MAX_VALUE : at;
                })
                .thenComparingInt(t -> {
                    int n = number(t.name());
                    return n < 0 ? Integer.MAX_VALUE : n;
                })
                .thenComparing(Theme::name);
    }

    /** The first number written in a name (第三种形态 → 3), or -1. */
    static int number(String name) {
        for (int i = 0; i < name.length(); i++) {
            int end = i;
            while (end < name.length() && kind(name.charAt(end)) != 0 && kind(name.charAt(end)) == kind(name.charAt(i))) {
                end++;
            }
            if (end > i) {
                int n = ChineseNumber.parse(name.substring(i, end));
                if (n >= 0) {
                    return n;
                }
                i = end - 1;
            }
        }
        return -1;
    }

    /** 1 for a Chinese numeral, 2 for a digit, 0 for anything else. */
    private static int kind(char c) {
        if (NUMERALS.indexOf(c) >= 0) {
            return 1;
        }
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' ? 2 : 0;
    }
}
