package wengao.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.SpeechDate;
import wengao.text.ChineseNumber;

/** Reads dates as speeches state them: 2023年4月6日, 二〇二六年一月二十七日, 2023-04-06, or a year in a title. */
final class DateReader {

    private static final Pattern ARABIC = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE = Pattern.compile("([〇零○0一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    /** A date as word processors write it, in a bracketed date line: （2024.1.15）, (2024/01/15). */
    static final String DOTTED = "(?:19|20)\\d{2}\\s*[./]\\s*\\d{1,2}\\s*[./]\\s*\\d{1,2}(?![0-9])";
    private static final Pattern BRACKETED_DOTTED = Pattern.compile(
            "[（(]\\s*((?:19|20)\\d{2})\\s*[./]\\s*(\\d{1,2})\\s*[./]\\s*(\\d{1,2})(?![0-9])[^（）()]{0,30}[）)]");
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern FILE_NAME = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![0-9])");
    private static final Pattern SPACED_DIGITS = Pattern.compile("(?<=\\d)[ \u3000]+(?=\\d)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** A year in Chinese numerals, as official titles spell it: 二〇一六年, 二○二四年度, 一九九八年. */
    private static final Pattern CHINESE_YEAR = Pattern.compile("((?:一九|二[〇零○])[〇零○一二三四五六七八九]{2})\\s*年");
    /**
     * A year set before a name without 年, as events and reports are named (2017政府工作报告, 在2019中国北京世界园艺博览会
     * 开幕式上的讲话): not after another digit, and not before a measure word (2000多名代表, 1998个村).
     */
    private static final Pattern NAMED_YEAR = Pattern.compile(
            "(?<![0-9.])((?:19|20)\\d{2})(?=\\p{IsHan})(?![多余个名人位件项次家所户套只台辆条篇万亿元千百册份场批号期米吨斤亩里])");

    private DateReader() {
    }

    /**
     * The first full date in {@code text}, or null. Full-width digits read as digits, and digits set apart by
     * spaces (1 9 9 8 年3 月5 日, as some scraped pages print them) as one number.
     */
    static SpeechDate fullDate(String text) {
        String normalized = SPACED_DIGITS.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)).replaceAll("");
        Matcher m = ARABIC.matcher(normalized);
        if (m.find()) {
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = CHINESE.matcher(normalized);
        if (m.find()) {
            return valid(chineseYear(m.group(1)), ChineseNumber.parse(m.group(2)), ChineseNumber.parse(m.group(3)));
        }
        m = BRACKETED_DOTTED.matcher(normalized);
        if (m.find()) {
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return null;
    }

    /** A date written in front matter: 2023-04-06, 2023年4月6日 or a bare year; null if it is none of these. */
    static SpeechDate frontMatterDate(String text) {
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if (t.matches("(19|20)\\d{2}")) {
            return SpeechDate.ofYear(Integer.parseInt(t));
        }
        SpeechDate full = fullDate(t);
        return full != null && ARABIC.matcher(t).matches() || full != null && CHINESE.matcher(t).matches() ? full : null;
    }

    /** The year a title names (在2023年…会上的讲话, 二〇二四年度述责述廉报告, 2017政府工作报告), or null. */
    static SpeechDate yearOf(String title) {
        String t = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKC);
        Matcher m = YEAR.matcher(t);
        if (m.find()) {
            return SpeechDate.ofYear(Integer.parseInt(m.group(1)));
        }
        m = CHINESE_YEAR.matcher(t);
        if (m.find()) {
            return SpeechDate.ofYear(chineseYear(m.group(1)));
        }
        m = NAMED_YEAR.matcher(t);
        return m.find() ? SpeechDate.ofYear(Integer.parseInt(m.group(1))) : null;
    }

    /**
     * The year a title names when it names one only (二○一六年新年贺词), or null: 关于2015年…执行情况与2016年…草案的报告
     * names two, and which is the year it was given in is not said.
     */
    static SpeechDate soleYearOf(String title) {
        String t = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKC);
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        for (Matcher m = YEAR.matcher(t); m.find(); ) {
            years.add(Integer.parseInt(m.group(1)));
        }
        for (Matcher m = CHINESE_YEAR.matcher(t); m.find(); ) {
            years.add(chineseYear(m.group(1)));
        }
        for (Matcher m = NAMED_YEAR.matcher(t); m.find(); ) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years.size() == 1 ? SpeechDate.ofYear(years.iterator().next()) : null;
    }

    /** Four Chinese digits (〇, ○ and 零 for nought) as a year: 二〇一六 is 2016. */
    private static int chineseYear(String digits) {
        int year = 0;
        for (char c : digits.toCharArray()) {
            year = year * 10 + (c == '〇' || c == '零' || c == '○' || c == '0' ? 0 : ChineseNumber.parse(String.valueOf(c)));
        }
        return year;
    }

    /**
     * The date a file name states: a name that starts with {@code YYYY-MM-DD} (2014-09-09_做党和人民满意的好老师.txt).
     */
    static SpeechDate fileNameDate(String stem) {
        Matcher m = FILE_NAME.matcher(stem);
        return m.lookingAt() ? valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) : null;
    }

    /** Front matter first, then the file name, then what the text states: the first that is there. */
    static SpeechDate chosen(SpeechDate frontMatter, SpeechDate fileName, SpeechDate text) {
        return frontMatter != null ? frontMatter : fileName != null ? fileName : text;
    }

    private static SpeechDate valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return null;
        }
        try {
            java.time.LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return new SpeechDate(year, month, day);
    }
}
