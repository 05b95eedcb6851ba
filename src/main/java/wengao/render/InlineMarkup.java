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
        Text out = new Text(text);
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.removeIf(r -> r.start() < 0 || r.end() > text.length() || r.start() >= r.end());
        sorted.sort(Comparator.comparingInt(Range::start).thenComparing(Range::end, Comparator.reverseOrder()));
        Deque<Range> open = new ArrayDeque<>();
        int pos = 0;
        for (Range r : sorted) {
            while (!open.isEmpty() && open.peek().end() <= r.start()) {
                Range done = open.pop();
                out.text(pos, done.end());
                out.html.append(done.close());
                pos = done.end();
            }
            if (!open.isEmpty() && r.end() > open.peek().end() || r.start() < pos) {
                continue;
            }
            out.text(pos, r.start());
            out.html.append(r.open());
            open.push(r);
            pos = r.start();
        }
        while (!open.isEmpty()) {
            Range done = open.pop();
            out.text(pos, done.end());
            out.html.append(done.close());
            pos = done.end();
        }
        out.text(pos, text.length());
        return out.html.toString();
    }

    /** The text written out piece by piece, escaped, its redaction marks (found once, in the whole text) marked. */
    private static final class Text {
        final StringBuilder html;
        private final String text;
        private final List<RedactionMarks.Mark> marks;
        private int next;

        Text(String text) {
            this.text = text;
            this.html = new StringBuilder(text.length() * 2);
            this.marks = RedactionMarks.in(text);
        }

        /** Writes text[from, to); pieces come in order, so marks before {@code from} are done with. */
        void text(int from, int to) {
            if (from >= to) {
                return;
            }
            while (next < marks.size() && marks.get(next).end() <= from) {
                next++;
            }
            int pos = from;
            for (int i = next; i < marks.size() && marks.get(i).start() < to; i++) {
                int start = Math.max(marks.get(i).start(), pos);
                int end = Math.min(marks.get(i).end(), to);
                Html.escapeInto(html, text, pos, start);
                html.append("<span class=\"redacted\" title=\"原文隐去\">");
                Html.escapeInto(html, text, start, end);
                html.append("</span>");
                pos = end;
            }
            Html.escapeInto(html, text, pos, to);
        }
    }
}
