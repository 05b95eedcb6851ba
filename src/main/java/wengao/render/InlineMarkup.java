package wengao.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Lays element ranges (numbered points, theme links, heading numbers) over a text and writes it as HTML: the text
 * escaped, redaction marks marked, the ranges as properly nested elements. A range that would cross another's
 * boundary is left out rather than break the nesting.
 */
final class InlineMarkup {

    record Range(int start, int end, String open, String close) {
    }

    private InlineMarkup() {
    }

    static String render(String text, List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.removeIf(r -> r.start() < 0 || r.end() > text.length() || r.start() >= r.end());
        sorted.sort(Comparator.comparingInt(Range::start).thenComparing(Range::end, Comparator.reverseOrder()));
        StringBuilder out = new StringBuilder(text.length() * 2);
        Deque<Range> open = new ArrayDeque<>();
        int pos = 0;
        for (Range r : sorted) {
            while (!open.isEmpty() && open.peek().end() <= r.start()) {
                Range done = open.pop();
                ParagraphHtml.textInto(out, text, pos, done.end());
                out.append(done.close());
                pos = done.end();
            }
            if (!open.isEmpty() && r.end() > open.peek().end() || r.start() < pos) {
                continue;
            }
            ParagraphHtml.textInto(out, text, pos, r.start());
            out.append(r.open());
            open.push(r);
            pos = r.start();
        }
        while (!open.isEmpty()) {
            Range done = open.pop();
            ParagraphHtml.textInto(out, text, pos, done.end());
            out.append(done.close());
            pos = done.end();
        }
        ParagraphHtml.textInto(out, text, pos, text.length());
        return out.toString();
    }
}
