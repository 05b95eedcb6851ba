package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import wengao.model.Problem;

/**
 * Lines that a PDF or a word processor broke at a fixed width (今天，我们召开…深入贯彻 / 落实党中央…), joined back
 * into their paragraphs, so that a paragraph is one paragraph on the page and a phrase across a break is found.
 *
 * <p>A text is wrapped when many of its lines stop mid-sentence at nearly one display width (a CJK character two
 * cells, a Latin letter or digit one) and hardly any line is wider: a text written one paragraph per line has lines
 * of every length, and those that stop mid-sentence (titles, headings) are short. Only a line that fills the width
 * and stops mid-sentence runs on into the next, and not into a heading or an indented line, which start paragraphs;
 * in a text that marks its paragraphs (blank lines, indents), a full line that ends a sentence runs on too.
 */
final class WrappedLines {

    /** How many lines must stop mid-sentence at the width before a text is read as wrapped. */
    private static final int MIN_WRAPPED = 5;
    /** Cells a full line may fall short of the width: 避头尾 pushes a character or two down, a Latin run packs tighter. */
    private static final int SLACK = 6;
    /** The narrowest width read as a wrap: a shorter common width is a list of short items, not a page. */
    private static final int MIN_WIDTH = 30;
    /** The share of the long lines that must be full lines, and the share that may be wider than the width. */
    private static final double FULL_SHARE = 0.5;
    private static final double WIDER_SHARE = 0.1;
    /** The share of the shorter of two lines that a run of words both have makes the second a repeat. */
    private static final double REPEAT_SHARE = 0.6;
    private static final int REPEAT = 8;
    /** The share of paragraph ends a blank line or an indent must follow for a text to mark its paragraphs. */
    private static final double MARKED_SHARE = 0.9;
    private static final String ENDS = "。！？!?；;：:…";
    private static final String CLOSERS = "”’」』）)》";

    record Result(List<SourceLine> lines, List<Problem> notes) {
    }

    private WrappedLines() {
    }

    static Result join(String path, List<SourceLine> lines) {
        int width = width(lines);
        if (width == 0) {
            return new Result(lines, List.of());
        }
        boolean marked = marksParagraphs(lines, width);
        List<SourceLine> out = new ArrayList<>(lines.size());
        int joined = 0;
        SourceLine current = null;
        SourceLine last = null; // the physical line current ends with: whether it filled the width
        for (SourceLine line : lines) {
            if (current != null && runsOn(last, width, marked) && startsWithin(line) && !repeats(last, line)
                    && (current != last || !isBareHeading(current) || isTail(line, width))) {
                String glue = isLatin(current.text().charAt(current.text().length() - 1)) && isLatin(line.text().charAt(0)) ? " " : "";
                current = new SourceLine(current.number(), current.raw() + glue + line.raw().strip(),
                        current.text() + glue + line.text());
                joined++;
                last = line;
                continue;
            }
            if (current != null) {
                out.add(current);
            }
            current = line;
            last = line;
        }
        if (current != null) {
            out.add(current);
        }
        if (joined == 0) {
            return new Result(lines, List.of());
        }
        int first = lines.get(0).number();
        return new Result(out, List.of(Problem.note(path, first, "hard-wrapped text (lines broken at " + width
                + " cells): " + joined + " line breaks inside paragraphs joined")));
    }

    /** The width the text was wrapped at, in cells, or 0 when it was not wrapped. */
    static int width(List<SourceLine> lines) {
        int[] open = new int[512];
        int longLines = 0;
        for (SourceLine line : lines) {
            int w = cells(line);
            if (w >= MIN_WIDTH - SLACK) {
                longLines++;
                if (w < open.length && stopsMidSentence(line.text())) {
                    open[w]++;
                }
            }
        }
        // the width is the one most lines that stop mid-sentence fill exactly; the few cells short of it are full too
        int best = 0;
        for (int w = MIN_WIDTH; w < open.length; w++) {
            if (open[w] >= open[best]) {
                best = w;
            }
        }
        int bestCount = 0;
        for (int v = best - SLACK; v <= best && best > 0; v++) {
            bestCount += open[v];
        }
        if (bestCount < MIN_WRAPPED) {
            return 0;
        }
        int full = 0;
        int wider = 0;
        for (SourceLine line : lines) {
            int w = cells(line);
            if (w >= best - SLACK && w <= best + 1) {
                full++;
            } else if (w > best + 1) {
                wider++;
            }
        }
        return full >= FULL_SHARE * longLines && wider <= WIDER_SHARE * longLines ? best : 0;
    }

    /**
     * A full line runs on into the next: always where it stops mid-sentence; where it ends a sentence, only in a
     * text that marks where its paragraphs start (a blank line or an indent), which the next line then lacks.
     */
    private static boolean runsOn(SourceLine line, int width, boolean marked) {
        int w = cells(line);
        return !line.isBlank() && w >= width - SLACK && w <= width + 1 && (marked || stopsMidSentence(line.text()));
    }

    /**
     * Whether the text marks its paragraphs: after nearly every line that ends a paragraph (a sentence end short
     * of the width), a blank line or an indented one.
     */
    private static boolean marksParagraphs(List<SourceLine> lines, int width) {
        int ends = 0;
        int marked = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.isBlank() || stopsMidSentence(line.text()) || cells(line) >= width - SLACK) {
                continue;
            }
            ends++;
            SourceLine next = lines.get(i + 1);
            if (next.isBlank() || isIndented(next)) {
                marked++;
            }
        }
        return ends >= MIN_WRAPPED && marked >= MARKED_SHARE * ends;
    }

    /** A heading line without its body on it (一、…; not （一）标题。正文…, which runs on as a paragraph does). */
    private static boolean isBareHeading(SourceLine line) {
        HeadingLine h = HeadingLine.parse(line.text());
        return h != null && !h.hasBody();
    }

    /**
     * The rest of a heading that fills the width: a short line that stops mid-sentence, as headings do. A heading
     * that just fills the width is followed by its body, which fills the width or ends a sentence.
     */
    private static boolean isTail(SourceLine line, int width) {
        return cells(line) < width - SLACK && stopsMidSentence(line.text());
    }

    /**
     * A line that goes on a paragraph: not blank, not indented, not a heading, not a dash's item or subtitle
     * (——这个世界，…; ——在…上的讲话), not a page's furniture line (发表时间：… 来源：…), which stands on a line of its own
     * (a photo caption does not: it may run over lines, 国家主席习近平出席…并 / 发表重要讲话。 新华社记者李涛摄).
     */
    private static boolean startsWithin(SourceLine line) {
        String t = line.text();
        return !line.isBlank() && !isIndented(line) && HeadingLine.parse(t) == null && !t.startsWith("——")
                && !isFurnitureLine(t);
    }

    private static boolean isFurnitureLine(String t) {
        String reason = Boilerplate.anywhere(t);
        if (reason == null) {
            reason = NewsFurniture.line(t);
        }
        return reason != null && !reason.equals(Boilerplate.CAPTION);
    }

    /**
     * The same words again (a title under the file name, a headline over its title): a line of its own. A
     * continuation may repeat a phrase of the line before, not most of it.
     */
    private static boolean repeats(SourceLine line, SourceLine next) {
        String a = HeadlineRule.key(line.text());
        String b = HeadlineRule.key(next.text());
        int common = longestCommon(a, b);
        return common >= REPEAT && common >= REPEAT_SHARE * Math.min(a.length(), b.length());
    }

    private static int longestCommon(String a, String b) {
        int[] row = new int[b.length() + 1];
        int best = 0;
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = 0;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = a.charAt(i - 1) == b.charAt(j - 1) ? diagonal + 1 : 0;
                best = Math.max(best, row[j]);
                diagonal = above;
            }
        }
        return best;
    }

    /** An indent starts a paragraph: a full-width space, a tab or two spaces (one space is what a break left). */
    private static boolean isIndented(SourceLine line) {
        String raw = line.raw();
        char c = raw.charAt(0);
        return c == '\u3000' || c == '\t' || raw.length() > 1 && SourceLine.isSpace(c) && SourceLine.isSpace(raw.charAt(1));
    }

    static boolean stopsMidSentence(String text) {
        int end = text.length() - 1;
        while (end > 0 && CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && ENDS.indexOf(text.charAt(end)) < 0;
    }

    /** The display width of a line as written, its indent included: a CJK or full-width character is two cells. */
    static int cells(SourceLine line) {
        String raw = line.raw();
        int end = raw.length();
        while (end > 0 && SourceLine.isSpace(raw.charAt(end - 1))) {
            end--;
        }
        int cells = 0;
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            cells += isWide(c) ? 2 : 1;
        }
        return cells;
    }

    private static boolean isWide(char c) {
        return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6 || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—'
                || Character.isHighSurrogate(c));
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
}
