package wengao.model;

import java.util.List;

/**
 * One paragraph of a speech. {@code text} is the paragraph as written (whitespace at the ends trimmed);
 * {@code html} is set only for Markdown blocks, which flexmark has already rendered with raw HTML escaped.
 * {@code anchor} is stable across rebuilds: it is derived from the outline position, e.g. {@code s2-1-p3}.
 */
public record Paragraph(String anchor, int line, String text, String html, List<PointMark> points) implements java.io.Serializable {

    public Paragraph {
        points = List.copyOf(points);
    }

    public static Paragraph plain(String anchor, int line, String text) {
        return new Paragraph(anchor, line, text, null, List.of());
    }
}
