package wengao.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.model.DroppedLine;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Speech;

/** The JSON form of a parsed speech printed by {@code wengao parse --json}; its field names are an interface. */
final class SpeechJson {

    private SpeechJson() {
    }

    static Map<String, Object> of(Speech s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", s.sourcePath());
        m.put("title", s.title());
        m.put("headline", s.headline());
        m.put("date", s.date() == null ? null : s.date().iso());
        m.put("year", s.date() == null ? null : s.date().year());
        m.put("url", s.url());
        m.put("slug", s.slug());
        m.put("speaker", s.speaker());
        m.put("venue", s.venue());
        m.put("tags", s.tags());
        m.put("titleLines", s.titleLines());
        m.put("preamble", s.preamble());
        m.put("salutation", s.salutation());
        m.put("length", s.length());
        List<Object> dropped = new ArrayList<>();
        List<Object> detail = new ArrayList<>();
        for (DroppedLine d : s.dropped()) {
            dropped.add(d.text());
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("line", d.line());
            dm.put("text", d.text());
            dm.put("reason", d.reason());
            detail.add(dm);
        }
        m.put("dropped", dropped);
        m.put("droppedDetail", detail);
        m.put("sections", sections(s.body().sections()));
        m.put("openingParagraphs", s.body().paragraphs().size());
        m.put("closingParagraphs", s.closing().size());
        m.put("backMatter", sections(s.backMatter()));
        return m;
    }

    private static List<Object> sections(List<Section> sections) {
        List<Object> out = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("heading", s.heading());
            m.put("number", s.label());
            m.put("title", s.title());
            m.put("kind", s.isPoint() ? "point" : "heading");
            m.put("inline", s.kind() == SectionKind.INLINE_POINT);
            m.put("anchor", s.anchor());
            m.put("line", s.line());
            m.put("sections", sections(s.sections()));
            out.add(m);
        }
        return out;
    }
}
