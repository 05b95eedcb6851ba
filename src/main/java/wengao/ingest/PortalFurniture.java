package wengao.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.DroppedLine;

/**
 * Removes what a scraper of a government portal page leaves around and inside the text: HTML comment lines, the
 * scraper's {@code <U+00A0>} escapes, the 当前位置：首页>>… trail, the site banner (site, domain, date, 来源), font
 * and e-mail buttons, pagers and editor credits. These forms are never a speaker's words, so they go wherever they
 * stand, title block and body included, before the header is read: a navigation line can then not become the title.
 * A {@code 来源：} inside a sentence is no banner and stays.
 */
final class PortalFurniture {

    static final String COMMENT = "HTML comment";
    static final String ESCAPE = "scraper escape";

    /** How far an HTML comment may run over lines; an opener without a near close is not sure to be one. */
    private static final int COMMENT_SPAN = 20;

    /** R (rvest) writes a character its locale cannot show as {@code <U+00A0>}. */
    private static final Pattern ESCAPED_CHAR = Pattern.compile("<U\\+([0-9A-Fa-f]{4,6})>");
    private static final Pattern WHOLE_COMMENT = Pattern.compile("(?U)<!--.*?-->");
    private static final Pattern NAVIGATION_TRAIL = Pattern.compile(
            "(?U)(当前位置|您的位置|您现在的位置|现在位置|所在位置)\\s*[：:]\\s*((首页|主页|网站首页).{0,60}|[^>»→＞]{1,20}[>»→＞].{0,60})");
    /** A trail with no label: 人民网>>时政>>滚动新闻, 首页 > 新闻 (short words between arrows, nothing else). */
    private static final Pattern BREADCRUMB = Pattern.compile(
            "(?U)[\\p{IsHan}A-Za-z0-9]{1,12}(?:\\s*(?:>>|>|»|→|＞＞|＞)\\s*[\\p{IsHan}A-Za-z0-9]{1,12}){2,5}"
                    + "|(?:首页|主页|网站首页|\\p{IsHan}{1,8}网)\\s*(?:>>|>|»|→|＞＞|＞)\\s*[\\p{IsHan}A-Za-z0-9]{1,12}");
    /**
     * The table a government portal prints over a document it publishes (政府信息公开): 索引号：…, 主题分类：…,
     * 发文机关：…, 成文日期：…, 标题：…, 发文字号：…, 发布日期：…; and its font switch without brackets, 字体：大 中 小.
     */
    private static final Pattern PORTAL_METADATA = Pattern.compile(
            "(?U)(?:索引号|主题分类|发文机关|成文日期|发文字号|发布机构|生成日期|有效性|公开方式|公开范围|信息分类|组配分类|体裁分类|所属机构|标题)"
                    + "\\s*[：:].{0,80}|(?:字体|字号)\\s*[：:]\\s*大\\s*中\\s*小"
                    + "|(?:字体|字号)\\s*[：:]?\\s*(?:默认|标准|超大|特大|较大|大|中|小)(?:[\\s|｜]*(?:默认|标准|超大|特大|较大|大|中|小|打印|关闭|收藏|分享))+");
    private static final Pattern PAGER = Pattern.compile(
            "(?U)(首页\\s*)?(上一页\\s*)?(\\d{1,3}\\s*)+(下一页)?(\\s*尾页)?");
    private static final Pattern BUTTON = Pattern.compile(
            "(?U)【\\s*(((字体|字号)\\s*[：:]\\s*)?大\\s*中\\s*小|E-?mail推荐|推荐给朋友|" + Boilerplate.BUTTON_WORD + ")\\s*(】|$)");
    /** （责任编辑： 郭桢）; the bare 责任编辑： line is left to the footer, where it marks the start of related links. */
    private static final Pattern EDITOR = Pattern.compile(
            "(?U)[（(]\\s*(责任编辑|责编)\\s*[：:]\\s*[\\p{IsHan}A-Za-z·][\\p{IsHan}A-Za-z·\\s]{0,19}[）)]?");
    /** 中央政府门户网站 www.gov.cn 2012年03月15日 12时05分 来源：新华社, at the end of a line. */
    private static final Pattern BANNER = Pattern.compile(
            "(?U)(\\S{0,16}(网站|网)\\s*)?(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(cn|com|net|org)\\s+"
                    + "\\d{4}年\\d{1,2}月\\d{1,2}日(\\s*\\d{1,2}[时:]\\d{2}分?)?(\\s*来源\\s*[：:]\\s*[^\\s。！？；]{1,20})?\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?]");
    private static final Pattern CLOSER = Pattern.compile("[】）)\\]]");

    private PortalFurniture() {
    }

    /** The lines without furniture; what was removed, whole lines and fragments, is added to {@code dropped}. */
    static List<SourceLine> strip(List<SourceLine> lines, List<DroppedLine> dropped) {
        List<SourceLine> decoded = unescape(lines, dropped);
        List<SourceLine> kept = new ArrayList<>();
        int i = 0;
        while (i < decoded.size()) {
            SourceLine line = decoded.get(i);
            String t = line.text();
            int commentEnd = t.startsWith("<!--") ? commentEnd(decoded, i) : -1;
            if (commentEnd >= 0 || t.equals("<!--") || t.equals("-->")) {
                for (int k = i; k <= Math.max(i, commentEnd); k++) {
                    report(decoded.get(k), COMMENT, dropped);
                }
                i = Math.max(i, commentEnd) + 1;
                continue;
            }
            String reason = wholeLine(t);
            if (reason != null) {
                report(line, reason, dropped);
                int closer = closerOf(decoded, i);
                if (closer > i) {
                    kept.addAll(decoded.subList(i + 1, closer));
                    report(decoded.get(closer), reason, dropped);
                    i = closer;
                }
                i++;
                continue;
            }
            kept.add(withoutFragments(line, dropped));
            i++;
        }
        return kept;
    }

    /** The reason a whole line is furniture, or null. */
    static String wholeLine(String t) {
        if (t.isEmpty() || hasSentenceEnd(t)) {
            return null;
        }
        if (t.length() <= 80 && (NAVIGATION_TRAIL.matcher(t).matches() || BREADCRUMB.matcher(t).matches())) {
            return Boilerplate.NAVIGATION;
        }
        if ((t.contains("上一页") || t.contains("下一页")) && PAGER.matcher(t).matches()) {
            return Boilerplate.NAVIGATION;
        }
        String rest = BUTTON.matcher(t).replaceAll("").strip();
        if (rest.isEmpty()) {
            return Boilerplate.FURNITURE;
        }
        if (rest.length() < t.length() && Boilerplate.isEditorCredit(rest)) {
            return Boilerplate.SOURCE; // 【我要纠错】 责任编辑：张三
        }
        if (EDITOR.matcher(t).matches()) {
            return Boilerplate.SOURCE;
        }
        if (t.length() <= 100 && PORTAL_METADATA.matcher(t).matches()) {
            return Boilerplate.FURNITURE;
        }
        if (t.length() <= 100 && mayHoldBanner(t)) {
            Matcher banner = BANNER.matcher(t);
            if (banner.find() && banner.start() == 0) {
                return Boilerplate.SOURCE;
            }
        }
        return null;
    }

    /** Replaces each escape by the character it stands for (nothing for an invisible one), reported once per kind. */
    private static List<SourceLine> unescape(List<SourceLine> lines, List<DroppedLine> dropped) {
        Map<Integer, EscapeTally> seen = new LinkedHashMap<>();
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            if (!line.raw().contains("<U+")) {
                out.add(line);
                continue;
            }
            Matcher m = ESCAPED_CHAR.matcher(line.raw());
            StringBuilder raw = new StringBuilder();
            while (m.find()) {
                int cp = Integer.parseInt(m.group(1), 16);
                seen.computeIfAbsent(cp, k -> new EscapeTally(line.number())).times++;
                m.appendReplacement(raw, Matcher.quoteReplacement(standsFor(cp)));
            }
            m.appendTail(raw);
            out.add(new SourceLine(line.number(), raw.toString(), SourceLine.trim(raw.toString())));
        }
        seen.forEach((cp, tally) -> dropped.add(tally.report(cp)));
        return out;
    }

    /** Where an escape first stood and how often it occurs: one report per kind, not one per line. */
    private static final class EscapeTally {
        final int firstLine;
        int times;

        EscapeTally(int firstLine) {
            this.firstLine = firstLine;
        }

        DroppedLine report(int cp) {
            String name = Character.isValidCodePoint(cp) && Character.getName(cp) != null
                    ? String.format("U+%04X %s", cp, Character.getName(cp)) : String.format("U+%04X", cp);
            String how = standsFor(cp).isEmpty() ? " for " + name + ", removed" : ", read as " + name;
            return new DroppedLine(firstLine, String.format("<U+%04X>", cp),
                    ESCAPE + how + " (" + times + (times == 1 ? " time)" : " times)"));
        }
    }

    private static String standsFor(int cp) {
        if (!Character.isValidCodePoint(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.CONTROL) {
            return "";
        }
        return new String(Character.toChars(cp));
    }

    /** Index of the line closing the comment opened at {@code start}, or -1 when it does not close soon. */
    private static int commentEnd(List<SourceLine> lines, int start) {
        String first = lines.get(start).text();
        if (first.endsWith("-->") && first.length() >= 7) {
            return start;
        }
        for (int k = start + 1; k < lines.size() && k <= start + COMMENT_SPAN; k++) {
            String t = lines.get(k).text();
            if (t.startsWith("<!--")) {
                return -1;
            }
            if (t.endsWith("-->")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A button split over lines ({@code 【E-mail推荐} … {@code 】}, {@code （责任编辑： 郭桢} … {@code ）}): index of the
     * line that closes the bracket the furniture line at {@code i} left open, or -1.
     */
    private static int closerOf(List<SourceLine> lines, int i) {
        String t = lines.get(i).text();
        boolean open = t.lastIndexOf('【') > t.lastIndexOf('】') || t.lastIndexOf('（') > t.lastIndexOf('）')
                || t.lastIndexOf('(') > t.lastIndexOf(')');
        if (!open) {
            return -1;
        }
        for (int k = i + 1; k < lines.size() && k <= i + 10; k++) {
            String next = lines.get(k).text();
            if (next.isEmpty()) {
                continue;
            }
            return CLOSER.matcher(next).matches() ? k : -1;
        }
        return -1;
    }

    /** A banner names a site's domain and a date: without both, the costly pattern need not be tried. */
    private static boolean mayHoldBanner(String text) {
        return text.indexOf('年') >= 0
                && (text.contains(".cn") || text.contains(".com") || text.contains(".net") || text.contains(".org"));
    }

    /** The line with inline furniture (comments, buttons, a trailing banner) cut out, each piece reported. */
    private static SourceLine withoutFragments(SourceLine line, List<DroppedLine> dropped) {
        String raw = line.raw();
        // The patterns are costly over a whole corpus; the characters they need say when to try them.
        String cut = raw.contains("<!--") ? cut(raw, WHOLE_COMMENT.matcher(raw), COMMENT, line, dropped) : raw;
        cut = cut.indexOf('【') >= 0 ? cut(cut, BUTTON.matcher(cut), Boilerplate.FURNITURE, line, dropped) : cut;
        Matcher banner = BANNER.matcher(cut);
        if (cut.length() <= 160 && mayHoldBanner(cut) && banner.find() && !hasSentenceEnd(cut)) {
            dropped.add(new DroppedLine(line.number(), banner.group(), Boilerplate.SOURCE));
            cut = cut.substring(0, banner.start());
        }
        return cut.equals(raw) ? line : new SourceLine(line.number(), cut, SourceLine.trim(cut));
    }

    private static String cut(String text, Matcher m, String reason, SourceLine line, List<DroppedLine> dropped) {
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            dropped.add(new DroppedLine(line.number(), m.group(), reason));
            m.appendReplacement(out, " ");
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static boolean hasSentenceEnd(String t) {
        return SENTENCE_END.matcher(t).find();
    }

    private static void report(SourceLine line, String reason, List<DroppedLine> dropped) {
        if (!line.isBlank()) {
            dropped.add(new DroppedLine(line.number(), line.raw(), reason));
        }
    }
}
