package wengao.render;

import java.util.ArrayList;
import java.util.List;
import wengao.model.Mention;
import wengao.model.Paragraph;
import wengao.model.PointMark;

/**
 * The inner HTML of a unit of speech text: escaped text, numbered points as {@code <span class="pt">} with their
 * anchors, theme mentions as quiet links to their theme pages ({@link ThemeLinks}), and redaction marks (***, ××, XX: see
 * {@link RedactionMarks}) shown as redactions but kept as the text they are.
 */
final class ParagraphHtml {

    private ParagraphHtml() {
    }

    /** A paragraph: plain text marked up here, or a Markdown block's HTML with its mentions linked. */
    static String of(Paragraph p, List<Mention> mentions, ThemeLinks links) {
        if (p.html() != null) {
            return linkInHtml(p.html(), mentions, links);
        }
        List<InlineMarkup.Range> ranges = new ArrayList<>();
        for (PointMark mark : p.points()) {
            ranges.add(new InlineMarkup.Range(mark.start(), mark.end(), "<span class=\"pt\" id=\"" + mark.anchor() + "\">", "</span>"));
        }
        addMentions(ranges, mentions, links);
        return InlineMarkup.render(p.text(), ranges);
    }

    /** Text with theme links only: titles, title lines. */
    static String linked(String text, List<Mention> mentions, ThemeLinks links) {
        List<InlineMarkup.Range> ranges = new ArrayList<>();
        addMentions(ranges, mentions, links);
        return InlineMarkup.render(text, ranges);
    }

    /** A heading: its number set apart, its theme mentions linked. */
    static String heading(String label, String text, List<Mention> mentions, ThemeLinks links) {
        List<InlineMarkup.Range> ranges = new ArrayList<>();
        if (!label.isEmpty()) {
            ranges.add(new InlineMarkup.Range(0, label.length(), "<span class=\"no\">", "</span>"));
        }
        addMentions(ranges, mentions, links);
        return InlineMarkup.render(text, ranges);
    }

    private static void addMentions(List<InlineMarkup.Range> ranges, List<Mention> mentions, ThemeLinks links) {
        for (Mention m : mentions) {
            ThemeLinks.Tags tags = links.of(m.theme());
            ranges.add(new InlineMarkup.Range(m.start(), m.end(), tags.open(), tags.close()));
        }
    }

    /**
     * Links theme mentions in flexmark's HTML, where text offsets no longer hold: each mention, in order, is found
     * as escaped text outside tags and outside existing links, after the previous one. A mention that inline markup
     * splits (**四**风) stays unlinked; it is still counted on the theme's page.
     */
    static String linkInHtml(String html, List<Mention> mentions, ThemeLinks links) {
        StringBuilder out = new StringBuilder(html.length() + mentions.size() * 60);
        int pos = 0;
        for (Mention m : mentions) {
            String needle = Html.escape(m.text());
            int at = findInText(html, needle, pos);
            if (at < 0) {
                continue;
            }
            ThemeLinks.Tags tags = links.of(m.theme());
            out.append(html, pos, at).append(tags.open()).append(needle).append(tags.close());
            pos = at + needle.length();
        }
        return out.append(html, pos, html.length()).toString();
    }

    /** Index of {@code needle} in the text of {@code html} from {@code from}: not inside a tag nor inside a link. */
    private static int findInText(String html, String needle, int from) {
        boolean inTag = false;
        int linkDepth = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                inTag = true;
                if (html.startsWith("<a ", i) || html.startsWith("<a>", i)) {
                    linkDepth++;
                } else if (html.startsWith("</a>", i)) {
                    linkDepth--;
                }
                continue;
            }
            if (c == '>') {
                inTag = false;
                continue;
            }
            if (i >= from && !inTag && linkDepth == 0 && html.startsWith(needle, i) && !crossesTag(html, i, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean crossesTag(String html, int at, int length) {
        int tag = html.indexOf('<', at);
        return tag >= 0 && tag < at + length;
    }
}
