package wengao.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.model.CitedDocument;
import wengao.model.Citations;
import wengao.model.DocumentMention;
import wengao.model.Quotation;
import wengao.model.Speech;

/**
 * {@code citations/index.html}: every cited document with its counts, most mentioned first (a document cited in two
 * or more speeches links to its page, one cited in a single speech links its mentions directly); then the quotations,
 * by who is quoted (the most quoted first), the same words quoted again shown once with every place they stand.
 */
final class CitationIndexModel {

    static final String PATH = "citations/index.html";

    private CitationIndexModel() {
    }

    static Map<String, Object> variables(Citations citations, Map<String, Speech> bySlug) {
        Map<String, Object> vars = new LinkedHashMap<>();
        List<Map<String, Object>> documents = new ArrayList<>();
        int mentionTotal = 0;
        for (CitedDocument d : citations.documents()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", d.title());
            m.put("count", d.mentions().size());
            m.put("speeches", d.speechCount());
            m.put("url", d.hasPage() ? d.url() : null);
            List<Map<String, Object>> places = new ArrayList<>();
            if (!d.hasPage()) {
                for (DocumentMention dm : d.mentions()) {
                    places.add(place(dm.url(), dm.anchor(), bySlug.get(dm.speech())));
                }
            }
            m.put("places", places);
            documents.add(m);
            mentionTotal += d.mentions().size();
        }
        vars.put("documents", documents);
        vars.put("mentionTotal", mentionTotal);
        vars.put("speakers", speakers(citations.quotations(), bySlug));
        vars.put("quotationCount", citations.quotations().size());
        return vars;
    }

    private static List<Map<String, Object>> speakers(List<Quotation> quotations, Map<String, Speech> bySlug) {
        Map<String, Map<String, List<Map<String, Object>>>> bySpeaker = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Quotation q : quotations) {
            bySpeaker.computeIfAbsent(q.speaker(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(q.text(), k -> new ArrayList<>())
                    .add(place(q.url(), q.anchor(), bySlug.get(q.speech())));
            counts.merge(q.speaker(), 1, Integer::sum);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        bySpeaker.forEach((speaker, texts) -> {
            List<Map<String, Object>> quotes = new ArrayList<>();
            texts.forEach((text, places) -> quotes.add(Map.of("text", text, "places", places)));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("speaker", speaker);
            m.put("count", counts.get(speaker));
            m.put("quotes", quotes);
            out.add(m);
        });
        out.sort(java.util.Comparator.comparingInt((Map<String, Object> m) -> -(Integer) m.get("count"))
                .thenComparing(m -> (String) m.get("speaker")));
        return out;
    }

    static Map<String, Object> place(String url, String anchor, Speech speech) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", url);
        m.put("anchor", anchor);
        m.put("title", speech == null ? url : speech.title());
        m.put("date", speech == null || speech.date() == null ? null : speech.date().display());
        return m;
    }
}
