package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part headings of a report whose numbers were lost or never written (“十四五”时期工作回顾, 2026年重点工作, 关于外交工作):
 * short lines without any punctuation, each between a sentence and a paragraph or a （一） heading. Only where the text
 * numbers no part itself, and only where there are two such lines at least: one alone is as likely a stray line.
 */
final class UnnumberedHeadings {

    private static final int MIN_CHARS = 4;
    private static final int MAX_CHARS = 24;
    private static final int PARAGRAPH_CHARS = 40;
    private static final int SENTENCE_CHARS = 20;
    private static final int MIN_HEADINGS = 2;
    /**
     * Punctuation a heading never carries; brackets, × and * mark notes and redactions, and a space inside the line a
     * couplet quoted on its own line (长风破浪会有时 直挂云帆济沧海), not headings.
     */
    private static final Pattern NOT_A_HEADING = Pattern.compile("[。！？：；，,;:!?…（）()【】\\[\\]×*＊■□\\s\u3000]");
    private static final String SENTENCE_END = "。！？!?";

    private UnnumberedHeadings() {
    }

    /** The blocks with the unnumbered part headings made level-1 headings; the same list when there are none. */
    static List<OutlineParser.Block> mark(List<OutlineParser.Block> blocks) {
        int end = blocks.size(); // the report's own text: back matter has its own headings
        for (int i = 0; i < blocks.size(); i++) {
            OutlineParser.Block b = blocks.get(i);
            if (b.isHeading() && BackMatter.isBackMatter(b.heading())) {
                end = Math.min(end, i);
            } else if (b.isHeading() && b.heading().level() <= 1 && i < end) {
                return blocks;
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 1; i + 1 < end; i++) {
            if (isHeading(blocks.get(i - 1), blocks.get(i), blocks.get(i + 1))) {
                found.add(i);
            }
        }
        if (found.size() < MIN_HEADINGS) {
            return blocks;
        }
        List<OutlineParser.Block> out = new ArrayList<>(blocks);
        for (int i : found) {
            OutlineParser.Block b = blocks.get(i);
            out.set(i, new OutlineParser.Block(b.line(), b.text(), b.html(), new HeadingLine(1, 0, "", b.text().strip(), "", ""), false));
        }
        return out;
    }

    private static boolean isHeading(OutlineParser.Block before, OutlineParser.Block b, OutlineParser.Block after) {
        String t = b.text().strip();
        if (b.isHeading() || b.runIn() || t.length() < MIN_CHARS || t.length() > MAX_CHARS || NOT_A_HEADING.matcher(t).find()) {
            return false;
        }
        String prev = before.text().strip();
        boolean afterSentence = !before.isHeading() && prev.length() >= SENTENCE_CHARS
                && SENTENCE_END.indexOf(prev.charAt(prev.length() - 1)) >= 0;
        boolean beforeText = after.isHeading() ? after.heading().level() == 2 : after.text().strip().length() > PARAGRAPH_CHARS;
        return afterSentence && beforeText;
    }
}
