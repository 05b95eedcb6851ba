package wengao.text;

/** Reads the numbers that number an outline: 一 to 九十九 (with 〇/零 and 两), and ASCII or full-width digits. */
public final class ChineseNumber {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumber() {
    }

    /** The value of {@code s}, or -1 when it is not a number of this kind. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (isArabic(s)) {
            int value = 0;
            for (int i = 0; i < s.length(); i++) {
                value = value * 10 + arabicDigit(s.charAt(i));
                if (value > 9999) {
                    return -1;
                }
            }
            return value;
        }
        return parseChinese(s);
    }

    private static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (arabicDigit(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int arabicDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    private static int digit(char c) {
        if (c == '零') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }

    private static int parseChinese(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        if (ten != s.lastIndexOf('十') || s.length() > 3) {
            return -1;
        }
        int tens = 1;
        if (ten == 1) {
            tens = digit(s.charAt(0));
            if (tens < 1) {
                return -1;
            }
        } else if (ten != 0) {
            return -1;
        }
        int units = 0;
        if (ten + 1 < s.length()) {
            if (ten + 2 != s.length()) {
                return -1;
            }
            units = digit(s.charAt(ten + 1));
            if (units < 1) {
                return -1;
            }
        }
        return tens * 10 + units;
    }

    /** True for the characters a Chinese ordinal is written with. */
    public static boolean isNumeral(char c) {
        return DIGITS.indexOf(c) > 0 || c == '十';
    }
}
