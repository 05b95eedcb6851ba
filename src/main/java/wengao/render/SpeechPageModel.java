package wengao.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wengao.model.Mention;
import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Speech;
import wengao.model.TextUnit;

/**
 * What a speech page shows, prepared for the template: the body as a sequence of HTML blocks in reading order,
 * the outline as table-of-contents entries, the title block, and the themes the speech mentions. Templates decide
 * the layout; the markup of the text is made here, where escaping is under test. The lines the build dropped are
 * not here: they are for editors, on the report page ({@link ReportPageModel}), not for readers.
 */
final class SpeechPageModel {

    private static final String ROOT = "../";

    private final Speech speech;
    private final ThemeNames themes;
    private final List<TextUnit> units;
    /** Per paragraph anchor, the ready marker of its shared passages (rendered from a template include). */
    private final Map<String, String> markers;
    private int cursor;
    /** Paragraphs so far, headings not counted: the N of a citation's 第N段. */
    private int ordinal;

    private SpeechPageModel(Speech speech, ThemeNames themes, Map<String, String> markers) {
        this.speech = speech;
        this.themes = themes;
        this.units = speech.textUnits();
        this.markers = markers;
    }

    static Map<String, Object> variables(Speech s, ThemeNames themes) {
        return variables(s, themes, Map.of());
    }

    static Map<String, Object> variables(Speech s, ThemeNames themes, Map<String, String> markers) {
        return new SpeechPageModel(s, themes, markers).variables();
    }

    private Map<String, Object> variables() {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("speech", speech());
        vars.put("blocks", blocks());
        vars.put("toc", toc());
        vars.put("themes", themeList());
        return vars;
    }

    /** The next text unit of the walk, checked: the walk follows {@link Speech#textUnits()} exactly. */
    private TextUnit next(String text) {
        TextUnit u = units.get(cursor++);
        if (!u.text().equals(text)) {
            throw new IllegalStateException("page walk out of step with text units at " + u);
        }
        return u;
    }

    private List<Mention> mentionsOf(TextUnit u) {
        return themes.mentions(speech, u.index());
    }

    private Map<String, Object> speech() {
        Speech s = speech;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("titleHtml", ParagraphHtml.linked(s.title(), mentionsOf(next(s.title())), ROOT, themes));
        List<String> titleLines = new ArrayList<>();
        for (String line : s.titleLines()) {
            titleLines.add(ParagraphHtml.linked(line, mentionsOf(next(line)), ROOT, themes));
        }
        m.put("titleLinesHtml", titleLines);
        m.put("url", s.url());
        m.put("slug", s.slug());
        m.put("citation", Attribution.citation(s));
        m.put("meta", meta(s));
        m.put("preamble", s.preamble());
        m.put("headline", s.headline());
        m.put("date", s.date() == null ? null : s.date().display());
        m.put("dateIso", s.date() == null ? null : s.date().iso() != null ? s.date().iso() : String.valueOf(s.date().year()));
        m.put("year", s.date() == null ? null : s.date().year());
        m.put("speaker", s.speaker());
        m.put("venue", s.venue());
        m.put("tags", s.tags());
        m.put("length", s.length());
        m.put("source", s.sourcePath());
        m.put("salutation", s.salutation() == null ? List.of() : List.of(s.salutation().split("\n")));
        return m;
    }

    /** The meta line under the title: date, length, speaker and a venue the title does not already name. */
    private static List<Map<String, Object>> meta(Speech s) {
        List<Map<String, Object>> parts = new ArrayList<>();
        if (s.date() != null) {
            parts.add(metaPart(s.date().display(), s.date().iso() != null ? s.date().iso() : String.valueOf(s.date().year())));
        }
        parts.add(metaPart(s.length() + " 字", null));
        if (s.speaker() != null && !s.speaker().isBlank()) {
            parts.add(metaPart(s.speaker(), null));
        }
        String venue = Attribution.venue(s);
        if (venue != null) {
            parts.add(metaPart(venue, null));
        }
        return parts;
    }

    private static Map<String, Object> metaPart(String text, String iso) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("iso", iso);
        return m;
    }

    private List<String> blocks() {
        List<String> out = new ArrayList<>();
        for (Paragraph p : speech.body().paragraphs()) {
            out.add(paragraph(p, ""));
        }
        for (Section child : speech.body().sections()) {
            section(child, out);
        }
        if (!speech.closing().isEmpty()) {
            StringBuilder closing = new StringBuilder("<div class=\"closing\">");
            for (Paragraph p : speech.closing()) {
                closing.append(paragraph(p, ""));
            }
            out.add(closing.append("</div>").toString());
        }
        return out;
    }

    private void section(Section s, List<String> out) {
        String headingHtml = null;
        if (s.kind() == SectionKind.HEADING) {
            String text = s.label() + s.title() + s.terminator();
            headingHtml = ParagraphHtml.heading(s.label(), text, mentionsOf(next(text)), ROOT, themes);
        }
        boolean runIn = headingHtml != null && s.runIn() && !s.paragraphs().isEmpty();
        if (headingHtml != null && !runIn) {
            int n = s.level() + 1;
            out.add("<h" + n + " id=\"" + s.anchor() + "\" class=\"h\">" + headingHtml + permalink(s.anchor()) + "</h" + n + ">");
        }
        for (int i = 0; i < s.paragraphs().size(); i++) {
            Paragraph p = s.paragraphs().get(i);
            String lead = i == 0 && runIn
                    ? "<strong class=\"run-in h" + (s.level() + 1) + "\" id=\"" + s.anchor() + "\">" + headingHtml + "</strong>"
                    : "";
            out.add(paragraph(p, lead));
        }
        for (Section child : s.sections()) {
            section(child, out);
        }
    }

    private String paragraph(Paragraph p, String lead) {
        String inner = ParagraphHtml.of(p, mentionsOf(next(p.text())), ROOT, themes) + markers.getOrDefault(p.anchor(), "");
        String n = " data-n=\"" + (++ordinal) + "\"";
        if (p.html() != null) {
            return "<div class=\"md\" id=\"" + p.anchor() + "\"" + n + ">" + inner + permalink(p.anchor()) + "</div>";
        }
        boolean opensWithPoint = !p.points().isEmpty() && p.points().get(0).start() == 0;
        String cls = !lead.isEmpty() ? " class=\"run-in-p\"" : opensWithPoint ? " class=\"point-p\"" : "";
        return "<p id=\"" + p.anchor() + "\"" + cls + n + ">" + lead + inner + permalink(p.anchor()) + "</p>";
    }

    private static String permalink(String anchor) {
        return "<a class=\"pl\" href=\"#" + anchor + "\" aria-label=\"本段链接\">¶</a>";
    }

    private List<Map<String, Object>> toc() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Section child : speech.body().sections()) {
            toc(child, 1, out);
        }
        return out;
    }

    private static void toc(Section s, int depth, List<Map<String, Object>> out) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("anchor", s.anchor());
        e.put("label", s.label());
        e.put("title", s.title());
        e.put("depth", depth);
        e.put("kind", s.isPoint() ? "point" : "heading");
        out.add(e);
        for (Section child : s.sections()) {
            toc(child, depth + 1, out);
        }
    }

    /** The themes this speech mentions, most mentioned first. */
    private List<Map<String, Object>> themeList() {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<Mention> ms : themes.mentions(speech).values()) {
            for (Mention m : ms) {
                counts.merge(m.theme(), 1, Integer::sum);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((slug, n) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", themes.name(slug));
            e.put("url", themes.theme(slug).url());
            e.put("count", n);
            e.put("curated", themes.theme(slug).curated());
            out.add(e);
        });
        out.sort(Comparator.comparing((Map<String, Object> e) -> -(Integer) e.get("count")).thenComparing(e -> (String) e.get("name")));
        return out;
    }
}
