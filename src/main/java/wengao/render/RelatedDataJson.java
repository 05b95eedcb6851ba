package wengao.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.json.JsonWriter;
import wengao.model.OutputFile;
import wengao.model.Related;
import wengao.model.RelatedMap;

/**
 * {@code data/related.json}: for every speech page URL its related speeches, closest first, each with {@code url},
 * {@code title}, {@code score} and {@code because}; the field names are an interface. Also the list a speech page
 * shows, without the scores: a reader sees no number there, and a speech added or deleted moves every score (each
 * signal's idf counts the speeches) while few lists change what they show.
 */
final class RelatedDataJson {

    static final String PATH = "data/related.json";

    private RelatedDataJson() {
    }

    static OutputFile of(RelatedMap related) {
        Map<String, Object> out = new LinkedHashMap<>();
        related.bySpeech().forEach((url, list) -> out.put(url, entries(list, true)));
        return new OutputFile(PATH, (JsonWriter.pretty(out) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Everything the file is made from: the speeches in their order, and each one's related speeches. */
    static String inputs(RelatedMap related) {
        return PATH + "\n" + PageInputs.of(List.of(List.copyOf(related.bySpeech().keySet()), List.copyOf(related.bySpeech().values())));
    }

    /** A speech page's list: {@code url}, {@code title} and {@code because} of each, closest first. */
    static List<Map<String, Object>> shown(List<Related> related) {
        return entries(related, false);
    }

    /** What a speech page's list is made from: {@link #shown}'s fields of each, in order. */
    static List<String> shownInputs(List<Related> related) {
        List<String> out = new ArrayList<>(related.size() * 3);
        for (Related r : related) {
            out.add(r.url());
            out.add(r.title());
            out.add(r.because());
        }
        return out;
    }

    private static List<Map<String, Object>> entries(List<Related> related, boolean scored) {
        List<Map<String, Object>> out = new ArrayList<>(related.size());
        for (Related r : related) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", r.url());
            m.put("title", r.title());
            if (scored) {
                m.put("score", r.score());
            }
            m.put("because", r.because());
            out.add(m);
        }
        return out;
    }
}
