package wengao.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.Paragraph;
import wengao.model.PointMark;

/**
 * The inner HTML of a plain-text paragraph: escaped text, numbered points as {@code <span class="pt">} with their
 * anchors, and redaction marks (***, ×, XX) shown as redactions but kept as the text they are.
 */
final class ParagraphHtml {

    /** Redaction marks of this genre; a lone X counts only where it is not part of a Latin word. */
    private static final Pattern REDACTION = Pattern.compile("[*＊]+|[×✕]+|(?<![A-Za-z])[XＸ]+(?![A-Za-z])|○{2,}|□{2,}");

    private ParagraphHtml() {
    }

    static String of(Paragraph p) {
        if (p.html() != null) {
            return p.html();
        }
        return marked(p.text(), p.points());
    }

    static String marked(String text, List<PointMark> points) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        int pos = 0;
        for (PointMark mark : points) {
            if (mark.start() < pos) {
                continue;
            }
            withRedactions(out, text, pos, mark.start());
            out.append("<span class=\"pt\" id=\"").append(mark.anchor()).append("\">");
            withRedactions(out, text, mark.start(), mark.end());
            out.append("</span>");
            pos = mark.end();
        }
        withRedactions(out, text, pos, text.length());
        return out.toString();
    }

    static String withRedactions(String text) {
        StringBuilder out = new StringBuilder();
        withRedactions(out, text, 0, text.length());
        return out.toString();
    }

    private static void withRedactions(StringBuilder out, String text, int from, int to) {
        Matcher m = REDACTION.matcher(text).region(from, to);
        int pos = from;
        while (m.find()) {
            Html.escapeInto(out, text, pos, m.start());
            out.append("<span class=\"redacted\" title=\"原文隐去\">");
            Html.escapeInto(out, text, m.start(), m.end());
            out.append("</span>");
            pos = m.end();
        }
        Html.escapeInto(out, text, pos, to);
    }
}
