package wengao.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.DroppedLine;

/**
 * The furniture news sites wrap a speech in: datelines (新华社北京9月9日电), closing datelines and credits
 * (（新华社北京5月18日电）, 《 人民日报 》（ 2016年05月03日 02 版）), publication lines (发表时间：… 来源：…), 原标题 lines,
 * editor and tag lines, and photo credits (新华社记者 X 摄). Whole lines are matched by {@link #line}; fragments inside a
 * paragraph (a dateline opening it, a credit inside or closing it) are cut out by {@link #cut}. Every rule wants a
 * form no sentence of a speech has, so the rules hold anywhere in a file.
 */
final class NewsFurniture {

    static final String DATELINE = "news dateline";
    static final String NEWS_LEAD = "news lead";
    static final String CREDIT = "newspaper credit";
    static final String ORIGINAL_HEADLINE = "original headline (原标题)";
    static final String PASTED_NAME = "pasted file name";
    static final String LEAD_IN = "news lead-in (全文如下)";
    static final String END_MARK = "news end mark (完)";

    private static final String AGENCY = "(?:新华社|新华网|中新社|中新网|人民网|央视网|光明网|中国新闻网|本报|人民日报|光明日报|经济日报)";
    private static final String DATELINE_CORE = AGENCY + "(?:记者)?[\\p{IsHan}\\s\u3000]{0,16}?(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*电"
            + "(?:\\s*[（(]记者[^（）()]{1,24}[）)])?";
    private static final Pattern DATELINE_LINE = Pattern.compile("[（(]?\\s*" + DATELINE_CORE + "\\s*[）)]?");
    private static final Pattern LEADING_DATELINE = Pattern.compile("^" + DATELINE_CORE + "[\\s\u3000]*");
    private static final Pattern DATELINE_DAY = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*电");
    private static final Pattern NEWSPAPER_CREDIT = Pattern.compile(
            "《\\s*\\p{IsHan}{2,10}\\s*》\\s*[（(]\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:第?\\s*\\d{1,2}\\s*版)?\\s*[）)]");
    /** The credit under an old article: （《人民日报》1 9 7 5 0 1 2 1 第1 版）. */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(
            "[（(]\\s*《\\s*\\p{IsHan}{2,10}\\s*》[\\d\\s年月日.\\-/]{0,30}第?\\s*\\d{1,2}\\s*版\\s*[）)]");
    /** （来源：青海日报）: a source credit in brackets, a line of its own. */
    private static final Pattern BRACKETED_SOURCE = Pattern.compile("[（(]\\s*(?:稿件|信息)?来源\\s*[：:][^（）()。！？]{1,30}[）)]");
    private static final Pattern PUBLICATION_LABEL = Pattern.compile(".*(来源|发表时间|发布时间|发布日期)\\s*[：:].*|时间\\s*[：:]\\s*\\d{4}[-/.].*");
    private static final Pattern STAMP = Pattern.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}");
    private static final Pattern ORIGINAL = Pattern.compile("[（(]?\\s*原标题\\s*[：:].{1,120}");
    private static final Pattern LABELLED = Pattern.compile(
            "[（(]?\\s*(责任编辑|责编|编辑|标签|关键词|视频|图集|专题|延伸阅读|相关新闻)\\s*[：:][^。！？]{0,80}");
    private static final String CREDIT_CORE = "(?:" + AGENCY + "|中新社)?记者[\\s\u3000]*\\p{IsHan}{2,4}(?:[\\s\u3000]*[、，][\\s\u3000]*\\p{IsHan}{2,4})*[\\s\u3000]*/?摄";
    private static final Pattern CAPTION_LINE = Pattern.compile(".{0,150}?" + CREDIT_CORE + "[）)]?");
    /** A credit inside a paragraph stands apart: after a space, a sentence end or a bracket, and before one. */
    private static final Pattern INLINE_CREDIT = Pattern.compile(
            "(?<![^\\s\u3000。！？）)（(])[（(]?" + CREDIT_CORE + "[）)]?(?=[\\s\u3000（(]|$)");
    /** （新华社北京5月18日电）, and the credit that names its source article: （据新华社合肥8月21日电习近平在…进展）. */
    private static final Pattern TRAILING_AGENCY = Pattern.compile(
            "[（(]\\s*(?:" + AGENCY + "[^（）()。！？]{0,30}|据\\s*" + AGENCY + "[^（）()。！？]{0,30}电[^（）()。！？]{0,80})[）)]\\s*$");
    /** The mark an agency closes its copy with: （完）; a bracketed editor or proofreader: 【编辑：李四】, （校对：王五）. */
    private static final Pattern END = Pattern.compile("[（(]\\s*完\\s*[）)]\\s*$");
    private static final Pattern STAFF = Pattern.compile(
            "(?U)[（(【\\[]\\s*(?:编辑|校对|审核|审校|编审|终审|初审|值班编辑|实习编辑)\\s*[：:]\\s*[\\p{IsHan}A-Za-z·]{2,12}"
                    + "(?:\\s*[、，,\\s]\\s*[\\p{IsHan}A-Za-z·]{2,12})*\\s*[）)】\\]]");
    private static final Pattern TRAILING_LEAD_IN = Pattern.compile("\\p{IsHan}{0,4}全文如下[：:]\\s*$");
    /** The lead-in of a news lead that names what follows by its kind: 演讲全文如下：, 文章如下：, 贺信如下：. */
    private static final Pattern TRAILING_KIND_LEAD_IN = Pattern.compile(
            "(?:讲话|演讲|致辞|发言|文章|贺信|贺词|回信|信件|原文|署名文章)(?:全文)?如下[：:]\\s*$");
    /** The title a news lead names: 发表题为《深化合作伙伴关系 共建亚洲美好家园》的重要演讲. */
    private static final Pattern NAMED_IN_LEAD = Pattern.compile(
            "(?:发表|作了|作)(?:了)?题为\\s*《\\s*([^《》]{2,50}?)\\s*》\\s*的\\p{IsHan}{0,4}(?:讲话|演讲|致辞|发言|报告|文章|贺词)");

    /** A piece of a paragraph that is furniture, with the reason it is dropped. */
    record Fragment(String text, String reason) {
    }

    /** A paragraph with its furniture cut out: {@code kept} is what remains (possibly empty). */
    record Cut(String kept, List<Fragment> fragments) {
    }

    private NewsFurniture() {
    }

    /** The reason a whole line is news furniture, or null. */
    static String line(String text) {
        if (text.isEmpty() || text.length() > 200 || Boilerplate.isEmptyLabel(text)) {
            return null;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (DATELINE_LINE.matcher(t).matches()) {
            return DATELINE;
        }
        if (END.matcher(t).lookingAt() && t.length() <= 4) {
            return END_MARK;
        }
        if (STAFF.matcher(t).matches()) {
            return Boilerplate.SOURCE;
        }
        if (NEWSPAPER_CREDIT.matcher(t).matches() || BRACKETED_CREDIT.matcher(t).matches()) {
            return CREDIT;
        }
        if (BRACKETED_SOURCE.matcher(t).matches()) {
            return Boilerplate.SOURCE;
        }
        if (ORIGINAL.matcher(t).matches()) {
            return ORIGINAL_HEADLINE;
        }
        if (!HeaderReader.hasSentenceEnd(t) && t.length() <= 100 && PUBLICATION_LABEL.matcher(t).matches()
                && (STAMP.matcher(t).find() || t.startsWith("来源"))) {
            return Boilerplate.SOURCE;
        }
        if (LABELLED.matcher(t).matches()) {
            return t.contains("编") ? Boilerplate.SOURCE : Boilerplate.FURNITURE;
        }
        if (t.indexOf('摄') >= 0 && CAPTION_LINE.matcher(t).matches()) {
            return Boilerplate.CAPTION;
        }
        return null;
    }

    /** Cuts the furniture fragments out of a paragraph: a dateline opening it, photo credits, a closing agency credit. */
    static Cut cut(String text) {
        List<Fragment> fragments = new ArrayList<>();
        String rest = text;
        // The patterns are costly over a whole corpus; the characters they need say when to try them.
        Matcher m = LEADING_DATELINE.matcher(Normalizer.normalize(rest.substring(0, Math.min(rest.length(), 80)), Normalizer.Form.NFKC));
        if (rest.contains("电") && m.find() && m.end() < rest.length() && sameLength(rest)) {
            fragments.add(new Fragment(rest.substring(0, m.end()).strip(), DATELINE));
            rest = rest.substring(m.end());
        }
        if (rest.indexOf('摄') >= 0) {
            rest = cutAll(rest, INLINE_CREDIT, Boilerplate.CAPTION, fragments);
        }
        Matcher end = END.matcher(rest);
        if (rest.indexOf('完') >= 0 && end.find() && end.start() > 0) {
            fragments.add(new Fragment(rest.substring(end.start()).strip(), END_MARK));
            rest = rest.substring(0, end.start());
        }
        Matcher tail = TRAILING_AGENCY.matcher(rest);
        if (endsWithBracket(rest) && tail.find() && tail.start() > 0) {
            String credit = rest.substring(tail.start()).strip();
            fragments.add(new Fragment(credit, credit.endsWith("电）") || credit.endsWith("电)") ? DATELINE : CREDIT));
            rest = rest.substring(0, tail.start());
        }
        Matcher leadIn = TRAILING_LEAD_IN.matcher(rest);
        if (rest.contains("全文如下") && leadIn.find()) {
            fragments.add(new Fragment(rest.substring(leadIn.start()).strip(), LEAD_IN));
            rest = rest.substring(0, leadIn.start());
        } else if (rest.contains("如下") && !fragments.isEmpty() && fragments.get(0).reason().equals(DATELINE)) {
            // without 全文 a lead-in is only told from a sentence of the speech (具体要求如下：) by the dateline it follows
            leadIn = TRAILING_KIND_LEAD_IN.matcher(rest);
            if (leadIn.find()) {
                fragments.add(new Fragment(rest.substring(leadIn.start()).strip(), LEAD_IN));
                rest = rest.substring(0, leadIn.start());
            }
        }
        return new Cut(SourceLine.trim(rest), fragments);
    }

    private static boolean endsWithBracket(String text) {
        String t = text.stripTrailing();
        return t.endsWith("）") || t.endsWith(")");
    }

    /** The title a news lead gives the speech it reports (发表题为《…》的重要演讲), or null. */
    static String titleInLead(String lead) {
        Matcher m = NAMED_IN_LEAD.matcher(lead);
        return lead.contains("题为") && m.find() ? m.group(1).replaceAll("[\\s\u3000]+", " ") : null;
    }

    /** The month and day of a dateline (新华社北京9月9日电), or null. */
    static int[] datelineDay(String fragment) {
        Matcher m = DATELINE_DAY.matcher(Normalizer.normalize(fragment, Normalizer.Form.NFKC));
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    /**
     * A body line with its news furniture removed and reported in {@code dropped}; null when the whole line is
     * furniture.
     */
    static SourceLine filterBodyLine(SourceLine line, List<DroppedLine> dropped) {
        String reason = line(line.text());
        if (reason != null) {
            dropped.add(new DroppedLine(line.number(), line.raw(), reason));
            return null;
        }
        Cut cut = cut(line.text());
        if (cut.fragments().isEmpty()) {
            return line;
        }
        for (Fragment f : cut.fragments()) {
            dropped.add(new DroppedLine(line.number(), f.text(), f.reason()));
        }
        return cut.kept().isEmpty() ? null : new SourceLine(line.number(), cut.kept(), cut.kept());
    }

    private static String cutAll(String text, Pattern p, String reason, List<Fragment> fragments) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            fragments.add(new Fragment(m.group().strip(), reason));
            out.append(text, last, m.start());
            last = m.end();
            while (last < text.length() && SourceLine.isSpace(text.charAt(last)) && out.length() > 0
                    && SourceLine.isSpace(out.charAt(out.length() - 1))) {
                last++;
            }
        }
        out.append(text.substring(last));
        return out.toString();
    }

    /** Offsets found in the NFKC form are valid in the text only when normalization kept its length (full-width digits do). */
    private static boolean sameLength(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).length() == text.length();
    }
}
