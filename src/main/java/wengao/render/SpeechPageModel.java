package wengao.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * What a speech page shows, prepared for the template: the body as blocks in reading order (headings,
 * paragraphs, Markdown blocks, the closing: {@code templates/macros/body.peb} makes their markup), the outline as
 * table-of-contents entries, the title block, and the themes the speech mentions. The text inside a block comes
 * escaped and marked up (points, theme links, redactions): that is made here, where escaping is under test. The lines the build dropped are
 * not here: they are for editors, on the report page ({@link ReportPageModel}), not for readers.
 */
final class SpeechPageModel {

    private final Speech speech;
    private final ThemeNames themes;
    private final ThemeLinks links;
    private final List<TextUnit> units;
    /** Per paragraph anchor, the ready marker of its shared passages (rendered from a template include). */
    private final Map<String, String> markers;
    private int cursor;
    /** Paragraphs so far, headings not counted: the N of a citation's 第N段. */
    private int ordinal;

    private SpeechPageModel(Speech speech, ThemeNames themes, ThemeLinks links, Map<String, String> markers) {
        this.speech = speech;
        this.themes = themes;
        this.links = links;
        this.units = speech.textUnits();
        this.markers = markers;
    }

    /** {@code links} are made for pages one folder below the site root. */
    static Map<String, Object> variables(Speech s, ThemeNames themes, ThemeLinks links, Map<String, String> markers) {
        return new SpeechPageModel(s, themes, links, markers).variables();
    }

    private Map<String, Object> variables() {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("speech", speech());
        vars.put("blocks", blocks());
        vars.put("toc", toc());
        vars.put("themes", themeList());
        return vars;
    }

    /**
     * Everything {@link #variables} reads of the speech's themes, for telling whether its page would come out the
     * same as before (with the speech itself): its mentions, and the name, page and kind of each theme mentioned.
     */
    static List<Object> themeInputs(Speech s, ThemeNames themes) {
        Map<Integer, List<Mention>> mentions = new TreeMap<>(themes.mentions(s));
        Map<String, List<Object>> named = new TreeMap<>();
        for (List<Mention> ms : mentions.values()) {
            for (Mention m : ms) {
                named.computeIfAbsent(m.theme(), slug -> List.of(themes.name(slug), themes.theme(slug).url(),
                        themes.theme(slug).curated()));
            }
        }
        return List.of(mentions, named);
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
        m.put("titleHtml", ParagraphHtml.linked(s.title(), mentionsOf(next(s.title())), links));
        List<String> titleLines = new ArrayList<>();
        for (String line : s.titleLines()) {
            titleLines.add(ParagraphHtml.linked(line, mentionsOf(next(line)), links));
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

    private List<Map<String, Object>> blocks() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Paragraph p : speech.body().paragraphs()) {
            out.add(paragraph(p, null));
        }
        for (Section child : speech.body().sections()) {
            section(child, out);
        }
        if (!speech.closing().isEmpty()) {
            List<Map<String, Object>> closing = new ArrayList<>();
            for (Paragraph p : speech.closing()) {
                closing.add(paragraph(p, null));
            }
            Map<String, Object> b = block("closing", null, null);
            b.put("blocks", closing);
            out.add(b);
        }
        for (Section part : speech.backMatter()) {
            section(part, out);
        }
        return out;
    }

    private static Map<String, Object> block(String kind, String anchor, String html) {
        Map<String, Object> b = new HashMap<>(8);
        b.put("kind", kind);
        b.put("anchor", anchor);
        b.put("html", html);
        return b;
    }

    private void section(Section s, List<Map<String, Object>> out) {
        Map<String, Object> heading = null;
        if (s.kind() == SectionKind.HEADING) {
            String text = s.label() + s.title() + s.terminator();
            heading = block("heading", s.anchor(), ParagraphHtml.heading(s.label(), text, mentionsOf(next(text)), links));
            heading.put("level", s.level() + 1);
        }
        boolean runIn = heading != null && s.runIn() && !s.paragraphs().isEmpty();
        if (heading != null && !runIn) {
            out.add(heading);
        }
        for (int i = 0; i < s.paragraphs().size(); i++) {
            out.add(paragraph(s.paragraphs().get(i), i == 0 && runIn ? heading : null));
        }
        for (Section child : s.sections()) {
            section(child, out);
        }
    }

    /** {@code lead}: the heading run into this paragraph, or null. */
    private Map<String, Object> paragraph(Paragraph p, Map<String, Object> lead) {
        String inner = ParagraphHtml.of(p, mentionsOf(next(p.text())), links) + markers.getOrDefault(p.anchor(), "");
        Map<String, Object> b = block(p.html() != null ? "markdown" : "paragraph", p.anchor(), inner);
        b.put("n", ++ordinal);
        if (p.html() == null) {
            boolean opensWithPoint = !p.points().isEmpty() && p.points().get(0).start() == 0;
            b.put("cls", lead != null ? "run-in-p" : opensWithPoint ? "point-p" : null);
            b.put("lead", lead);
        }
        return b;
    }

    private List<Map<String, Object>> toc() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Section child : speech.body().sections()) {
            toc(child, 1, out);
        }
        for (Section part : speech.backMatter()) {
            toc(part, 1, out);
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
