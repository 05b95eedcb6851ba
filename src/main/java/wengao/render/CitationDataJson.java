package wengao.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.json.JsonWriter;
import wengao.model.CitedDocument;
import wengao.model.Citations;
import wengao.model.DocumentMention;
import wengao.model.OutputFile;
import wengao.model.Quotation;

/**
 * {@code data/citations.json}: {@code documents}, each {@code title} with its {@code mentions} ({@code url},
 * {@code anchor}), most mentioned first; and {@code quotations}, each {@code speaker}, {@code text}, {@code url},
 * {@code anchor}, in reading order. The field names are an interface.
 */
final class CitationDataJson {

    static final String PATH = "data/citations.json";

    private CitationDataJson() {
    }

    static OutputFile of(Citations citations) {
        List<Object> documents = new ArrayList<>();
        for (CitedDocument d : citations.documents()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", d.title());
            List<Object> mentions = new ArrayList<>();
            for (DocumentMention dm : d.mentions()) {
                mentions.add(place(dm.url(), dm.anchor()));
            }
            m.put("mentions", mentions);
            documents.add(m);
        }
        List<Object> quotations = new ArrayList<>();
        for (Quotation q : citations.quotations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("speaker", q.speaker());
            m.put("text", q.text());
            m.putAll(place(q.url(), q.anchor()));
            quotations.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", documents);
        out.put("quotations", quotations);
        return new OutputFile(PATH, (JsonWriter.pretty(out) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> place(String url, String anchor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", url);
        m.put("anchor", anchor);
        return m;
    }
}
