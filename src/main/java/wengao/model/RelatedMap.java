package wengao.model;

import java.util.List;
import java.util.Map;

/** For each speech (by page URL, in reading order) its related speeches, closest first. */
public record RelatedMap(Map<String, List<Related>> bySpeech) implements java.io.Serializable {

    public RelatedMap {
        java.util.LinkedHashMap<String, List<Related>> copy = new java.util.LinkedHashMap<>();
        bySpeech.forEach((url, related) -> copy.put(url, List.copyOf(related)));
        bySpeech = java.util.Collections.unmodifiableMap(copy);
    }

    public static final RelatedMap EMPTY = new RelatedMap(Map.of());

    public List<Related> of(Speech speech) {
        return bySpeech.getOrDefault(speech.url(), List.of());
    }
}
