package wengao.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.model.CitedDocument;
import wengao.model.DocumentMention;
import wengao.model.Speech;
import wengao.model.TextUnit;

/**
 * The page of a document cited in two or more speeches, {@code citations/<slug>.html}: its counts and every mention
 * in context (left context, the title as written, right context), linked to its paragraph, speech by speech in
 * reading order.
 */
final class CitationPageModel {

    static final int CONTEXT = ThemePageModel.CONTEXT;

    private CitationPageModel() {
    }

    static Map<String, Object> variables(CitedDocument d, Map<String, Speech> bySlug, Map<String, List<TextUnit>> units) {
        Map<String, Object> vars = new LinkedHashMap<>();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", d.title());
        document.put("count", d.mentions().size());
        document.put("speechCount", d.speechCount());
        vars.put("document", document);
        Map<String, Map<String, Object>> speeches = new LinkedHashMap<>();
        for (DocumentMention m : d.mentions()) {
            Map<String, Object> speech = speeches.computeIfAbsent(m.speech(), slug -> {
                Map<String, Object> s = new LinkedHashMap<>(CitationIndexModel.place(m.url(), null, bySlug.get(slug)));
                s.put("mentions", new ArrayList<Map<String, Object>>());
                return s;
            });
            String text = units.get(m.speech()).get(m.unit()).text();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("anchor", m.anchor());
            row.put("left", (m.start() > CONTEXT ? "…" : "") + text.substring(Math.max(0, m.start() - CONTEXT), m.start()));
            row.put("written", m.written());
            row.put("right", text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT))
                    + (text.length() > m.end() + CONTEXT ? "…" : ""));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) speech.get("mentions");
            rows.add(row);
        }
        vars.put("speeches", new ArrayList<>(speeches.values()));
        return vars;
    }
}
