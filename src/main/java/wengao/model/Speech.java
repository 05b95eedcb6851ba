package wengao.model;

import java.util.List;

/**
 * A parsed speech. {@code titleLines} are the lines of the title block after the title (subtitle, date line,
 * speaker line, notes), shown as written; {@code preamble} holds lines before the title that were not
 * recognised as boilerplate, kept because nothing the parser is unsure about may be dropped.
 * {@code headline} is the web page's headline above the speech's own title (习近平在…的讲话（全文）), or null.
 * {@code body} is the outline's root: its paragraphs are the opening, its sections the outline; {@code closing} the
 * paragraphs addressed to the audience at its end; {@code backMatter} what a report prints after them, its attachments
 * and glossary, each a level-1 heading with its own outline.
 */
public record Speech(String slug, String sourcePath, String format, String title, String headline, List<String> titleLines,
                     SpeechDate date, String speaker, String venue, List<String> tags, List<String> preamble,
                     String salutation, Section body, List<Paragraph> closing, List<Section> backMatter,
                     List<DroppedLine> dropped, int length) implements java.io.Serializable {

    public Speech {
        titleLines = List.copyOf(titleLines);
        tags = List.copyOf(tags);
        preamble = List.copyOf(preamble);
        closing = List.copyOf(closing);
        backMatter = List.copyOf(backMatter);
        dropped = List.copyOf(dropped);
    }

    /** The page's path relative to the site root. */
    public String url() {
        return urlOf(slug);
    }

    public static String urlOf(String slug) {
        return "speeches/" + slug + ".html";
    }

    /** The speech's text as the page shows it, in reading order, each piece with its anchor. */
    public List<TextUnit> textUnits() {
        java.util.ArrayList<TextUnit> units = new java.util.ArrayList<>();
        units.add(new TextUnit(0, "title", TextUnit.Kind.TITLE, title));
        for (int i = 0; i < titleLines.size(); i++) {
            units.add(new TextUnit(units.size(), "title-" + (i + 1), TextUnit.Kind.TITLE_LINE, titleLines.get(i)));
        }
        addSection(body, units);
        for (Paragraph p : closing) {
            units.add(new TextUnit(units.size(), p.anchor(), TextUnit.Kind.CLOSING, p.text()));
        }
        for (Section s : backMatter) {
            addSection(s, units);
        }
        return units;
    }

    private static void addSection(Section s, List<TextUnit> units) {
        if (s.kind() == SectionKind.HEADING) {
            units.add(new TextUnit(units.size(), s.anchor(), TextUnit.Kind.HEADING, s.label() + s.title() + s.terminator()));
        }
        for (Paragraph p : s.paragraphs()) {
            units.add(new TextUnit(units.size(), p.anchor(), TextUnit.Kind.PARAGRAPH, p.text()));
        }
        for (Section child : s.sections()) {
            addSection(child, units);
        }
    }

    public Speech withSlug(String newSlug) {
        return new Speech(newSlug, sourcePath, format, title, headline, titleLines, date, speaker, venue, tags, preamble,
                salutation, body, closing, backMatter, dropped, length);
    }
}
