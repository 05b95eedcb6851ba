package wengao.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.model.DroppedLine;
import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Speech;

/**
 * What a speech page shows, prepared for the template: the body as a sequence of HTML blocks in reading order,
 * the outline as table-of-contents entries, and the title block. Templates decide the layout; the markup of a
 * paragraph is made here, where escaping is under test.
 */
final class SpeechPageModel {

    private SpeechPageModel() {
    }

    static Map<String, Object> speech(Speech s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("url", s.url());
        m.put("titleLines", s.titleLines());
        m.put("preamble", s.preamble());
        m.put("date", s.date() == null ? null : s.date().display());
        m.put("dateIso", s.date() == null ? null : s.date().iso() != null ? s.date().iso() : String.valueOf(s.date().year()));
        m.put("year", s.date() == null ? null : s.date().year());
        m.put("speaker", s.speaker());
        m.put("venue", s.venue());
        m.put("tags", s.tags());
        m.put("length", s.length());
        m.put("source", s.sourcePath());
        m.put("salutation", s.salutation() == null ? List.of() : List.of(s.salutation().split("\n")));
        List<Map<String, Object>> dropped = new ArrayList<>();
        for (DroppedLine d : s.dropped()) {
            dropped.add(Map.of("line", d.line(), "text", d.text().strip(), "reason", d.reason()));
        }
        m.put("dropped", dropped);
        return m;
    }

    static List<String> blocks(Speech s) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : s.body().paragraphs()) {
            out.add(paragraph(p, ""));
        }
        for (Section child : s.body().sections()) {
            section(child, out);
        }
        if (!s.closing().isEmpty()) {
            StringBuilder closing = new StringBuilder("<div class=\"closing\">");
            for (Paragraph p : s.closing()) {
                closing.append(paragraph(p, ""));
            }
            out.add(closing.append("</div>").toString());
        }
        return out;
    }

    private static void section(Section s, List<String> out) {
        boolean runIn = s.kind() == SectionKind.HEADING && s.runIn() && !s.paragraphs().isEmpty();
        if (s.kind() == SectionKind.HEADING && !runIn) {
            int n = s.level() + 1;
            out.add("<h" + n + " id=\"" + s.anchor() + "\" class=\"h\">" + headingInner(s) + permalink(s.anchor()) + "</h" + n + ">");
        }
        for (int i = 0; i < s.paragraphs().size(); i++) {
            Paragraph p = s.paragraphs().get(i);
            if (i == 0 && runIn) {
                String lead = "<strong class=\"run-in h" + (s.level() + 1) + "\" id=\"" + s.anchor() + "\">" + headingInner(s) + "</strong>";
                out.add(paragraph(p, lead));
            } else {
                out.add(paragraph(p, ""));
            }
        }
        for (Section child : s.sections()) {
            section(child, out);
        }
    }

    private static String headingInner(Section s) {
        String label = s.label().isEmpty() ? "" : "<span class=\"no\">" + Html.escape(s.label()) + "</span>";
        return label + ParagraphHtml.withRedactions(s.title() + s.terminator());
    }

    private static String paragraph(Paragraph p, String lead) {
        if (p.html() != null) {
            return "<div class=\"md\" id=\"" + p.anchor() + "\">" + p.html() + permalink(p.anchor()) + "</div>";
        }
        boolean opensWithPoint = !p.points().isEmpty() && p.points().get(0).start() == 0;
        String cls = !lead.isEmpty() ? " class=\"run-in-p\"" : opensWithPoint ? " class=\"point-p\"" : "";
        return "<p id=\"" + p.anchor() + "\"" + cls + ">" + lead + ParagraphHtml.of(p) + permalink(p.anchor()) + "</p>";
    }

    private static String permalink(String anchor) {
        return "<a class=\"pl\" href=\"#" + anchor + "\" aria-label=\"本段链接\">¶</a>";
    }

    static List<Map<String, Object>> toc(Speech s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Section child : s.body().sections()) {
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
}
