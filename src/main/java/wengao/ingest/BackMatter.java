package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report prints after its text: its attachments (附件1 / 2026年省十件民生实事, 附件：…, 附录) and its glossary
 * (名词解释, 注释, 《政府工作报告》有关内容名词注释). Each is a level-1 heading of its own, so that its numbered items
 * (一、稳定和扩大就业, 1.“两重”：…) are its own outline, not the last part's continuation: a list numbered again from 一
 * under 三、2025年重点任务 is not a fourth part. A bare marker (附件1) takes the short title on the next line as its title.
 */
final class BackMatter {

    /** Flags a heading that opens back matter: it is level 1 and what follows it nests below it. */
    static final int LEVEL = -1;

    /** The number an attachment's marker may carry: 附件1, 附件二. */
    static final String ATTACHMENT_NUMBER = "\\s*[0-9０-９一二三四五六七八九十]{0,2}";
    /** 附件, 附件1, 附件二, 附录; with a title after a colon on the same line, or none. */
    private static final Pattern ATTACHMENT = Pattern.compile(
            "(附件|附录)" + ATTACHMENT_NUMBER + "(?:\\s*[：:]\\s*(\\S.{0,39}))?|(附)\\s*[：:]\\s*(\\S.{0,39})");
    /** A glossary's heading: the notes named by what they explain, in a short line of its own. */
    private static final Pattern GLOSSARY = Pattern.compile(
            "[【\\[（(]?(?:[^。！？；，,;!?]{0,24}?(?:名词解释|名词注释|名词解读|名词释义|名词说明)|注释|注解|释义)[】\\]）)]?");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。！？；，,;!?：:]");
    private static final int MAX_TITLE_CHARS = 40;
    private static final int MAX_TERM_CHARS = 30;
    /** A glossary entry's number and what follows it: 3．10种有色金属：铜、铅、锌…. */
    private static final Pattern ENTRY = Pattern.compile("([0-9０-９]{1,2})\\s*([.．、])\\s*(.+)");

    private BackMatter() {
    }

    /** The blocks with each back-matter marker made a {@link #LEVEL} heading; the same list when there is none. */
    static List<OutlineParser.Block> mark(List<OutlineParser.Block> blocks) {
        List<OutlineParser.Block> out = null;
        boolean textSeen = false;
        boolean glossary = false;
        int lastEntry = 0;
        for (int i = 0; i < blocks.size(); i++) {
            OutlineParser.Block b = blocks.get(i);
            HeadingLine marker = b.isHeading() || b.runIn() || !textSeen ? null : marker(b.text());
            textSeen |= !b.isHeading();
            if (marker == null) {
                if (out == null) {
                    continue;
                }
                HeadingLine term = !glossary ? null : b.isHeading() ? term(b.heading()) : numberedTerm(b, lastEntry);
                lastEntry = term != null ? term.ordinal() : b.isHeading() ? b.heading().ordinal() : lastEntry;
                if (term == null) {
                    out.add(b);
                    continue;
                }
                // 1.“两重”：国家重大战略实施…: the term is the heading, what explains it its run-in text
                out.add(new OutlineParser.Block(b.line(), b.text(), b.html(), term, false));
                if (b.isHeading() && b.heading().hasBody() && i + 1 < blocks.size() && blocks.get(i + 1).runIn()) {
                    i++;
                }
                if (term.hasBody()) {
                    out.add(new OutlineParser.Block(b.line(), term.body(), null, null, true));
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(blocks.subList(0, i));
            }
            OutlineParser.Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (marker.title().isEmpty() && next != null && isTitle(next)) {
                // 附件1 / 2026年省十件民生实事: two source lines, one heading; the label keeps a space between them
                marker = new HeadingLine(LEVEL, 0, marker.label() + "\u3000", next.text().strip(), "", "");
                i++;
            }
            out.add(new OutlineParser.Block(b.line(), b.text(), null, marker, false));
            glossary = GLOSSARY.matcher(marker.title()).matches();
            lastEntry = 0;
        }
        return out == null ? blocks : out;
    }

    /** The back-matter heading a Markdown heading's text makes (## 附件, ## 名词解释), or null. */
    static HeadingLine heading(String text) {
        return marker(text);
    }

    static boolean isBackMatter(HeadingLine h) {
        return h.level() == LEVEL;
    }

    /** The heading a marker line makes, or null when the line is not one. */
    private static HeadingLine marker(String text) {
        String t = text.strip();
        Matcher a = ATTACHMENT.matcher(t);
        if (a.matches()) {
            String title = a.group(2) != null ? a.group(2) : a.group(4);
            if (title == null) {
                return new HeadingLine(LEVEL, 0, t, "", "", "");
            }
            if (SENTENCE_PUNCTUATION.matcher(title).find()) {
                return null;
            }
            return new HeadingLine(LEVEL, 0, t.substring(0, t.length() - title.length()), title, "", "");
        }
        if (GLOSSARY.matcher(t).matches()) {
            return new HeadingLine(LEVEL, 0, "", t, "", "");
        }
        return null;
    }

    /** A glossary's numbered entry as its term and, run in, what explains it; null when no colon ends a term. */
    private static HeadingLine term(HeadingLine h) {
        int colon = h.title().indexOf('：');
        if (colon < 0) {
            colon = h.title().indexOf(':');
        }
        if (colon < 1 || colon > MAX_TERM_CHARS) {
            return null;
        }
        String body = SourceLine.trim(h.title().substring(colon + 1) + h.terminator() + h.body());
        return new HeadingLine(h.level(), h.ordinal(), h.label(), h.title().substring(0, colon),
                h.title().substring(colon, colon + 1), body);
    }

    /**
     * An entry the heading rules leave a paragraph because a digit follows its number (3．10种有色金属：…, which could
     * read as 3.10): an entry still when it is the one the glossary's numbering expects next.
     */
    private static HeadingLine numberedTerm(OutlineParser.Block b, int lastEntry) {
        Matcher m = ENTRY.matcher(b.text().strip());
        if (b.runIn() || !m.matches() || lastEntry < 1) {
            return null;
        }
        int n = Integer.parseInt(java.text.Normalizer.normalize(m.group(1), java.text.Normalizer.Form.NFKC));
        return n == lastEntry + 1 ? term(new HeadingLine(3, n, m.group(1) + m.group(2), m.group(3), "", "")) : null;
    }

    private static boolean isTitle(OutlineParser.Block b) {
        String t = b.text().strip();
        return !b.isHeading() && !b.runIn() && !t.isEmpty() && t.length() <= MAX_TITLE_CHARS
                && !SENTENCE_PUNCTUATION.matcher(t).find() && !ATTACHMENT.matcher(t).matches();
    }
}
