package wengao.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;
import wengao.model.Speech;
import wengao.model.TextUnit;

/**
 * The "亦见于 N 篇" markers of speech pages: for a paragraph holding shared passages (stock phrases aside), the
 * other speeches that use them and, in reading order, the other occurrences with a little context. A marker
 * lists at most {@value #SHOWN} of them and links the passage's entry on the passages page for the rest.
 */
final class SeeAlso {

    static final int SHOWN = 4;
    static final int CONTEXT = 10;
    static final int LONGEST_SHOWN = 40;

    /** Per speech slug, per paragraph anchor: the indexes of the passages the paragraph holds. */
    private final Map<String, Map<String, List<Integer>>> holders = new HashMap<>();
    private final List<SharedPassage> passages;
    private final Map<String, Speech> speeches;
    private final Map<String, List<TextUnit>> units;
    private final Map<String, Integer> order = new HashMap<>();

    SeeAlso(PassageMap map, Map<String, Speech> speeches, Map<String, List<TextUnit>> units) {
        this.passages = map.passages();
        this.speeches = speeches;
        this.units = units;
        for (String slug : speeches.keySet()) {
            order.put(slug, order.size());
        }
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).stock()) {
                continue;
            }
            for (PassageOccurrence o : passages.get(i).occurrences()) {
                List<Integer> at = holders.computeIfAbsent(o.speech(), s -> new HashMap<>())
                        .computeIfAbsent(o.anchor(), a -> new ArrayList<>());
                if (at.isEmpty() || at.get(at.size() - 1) != i) {
                    at.add(i);
                }
            }
        }
    }

    /** The anchor of a passage's entry on the passages page. */
    static String entryId(int index) {
        return "p" + (index + 1);
    }

    /** Per paragraph anchor of the speech, what its marker shows; paragraphs without shared passages are absent. */
    Map<String, Map<String, Object>> markers(String slug) {
        Map<String, List<Integer>> held = holders.getOrDefault(slug, Map.of());
        Map<String, Map<String, Object>> out = new HashMap<>();
        held.forEach((anchor, indexes) -> {
            Map<String, Object> m = marker(slug, anchor, indexes);
            if (m != null) {
                out.put(anchor, m);
            }
        });
        return out;
    }

    private Map<String, Object> marker(String slug, String anchor, List<Integer> indexes) {
        // The other occurrences, once per paragraph (the longest passage there wins), in reading order.
        Map<String, PassageOccurrence> byPlace = new LinkedHashMap<>();
        Set<String> otherSpeeches = new LinkedHashSet<>();
        int main = indexes.get(0);
        for (int i : indexes) {
            SharedPassage p = passages.get(i);
            if (p.normalized().length() > passages.get(main).normalized().length()) {
                main = i;
            }
            for (PassageOccurrence o : p.occurrences()) {
                if (o.speech().equals(slug)) {
                    continue;
                }
                otherSpeeches.add(o.speech());
                byPlace.merge(o.speech() + "#" + o.anchor(), o, (a, b) -> b.text().length() > a.text().length() ? b : a);
            }
        }
        if (otherSpeeches.isEmpty()) {
            return null;
        }
        List<PassageOccurrence> others = new ArrayList<>(byPlace.values());
        others.sort(java.util.Comparator.comparingInt((PassageOccurrence o) -> order.get(o.speech()))
                .thenComparingInt(PassageOccurrence::unit).thenComparingInt(PassageOccurrence::start));
        List<Map<String, Object>> items = new ArrayList<>();
        for (PassageOccurrence o : others.subList(0, Math.min(SHOWN, others.size()))) {
            items.add(item(o));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "sa-" + anchor);
        m.put("count", otherSpeeches.size());
        m.put("items", items);
        m.put("more", others.size() - items.size());
        m.put("entry", PassageIndexModel.PATH + "#" + entryId(main));
        return m;
    }

    /** One other occurrence: where (speech, date, paragraph link) and the passage in a little of its context. */
    Map<String, Object> item(PassageOccurrence o) {
        Speech s = speeches.get(o.speech());
        String text = units.get(o.speech()).get(o.unit()).text();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("date", s.date() == null ? null : s.date().display());
        m.put("url", o.url());
        m.put("anchor", o.anchor());
        int from = Math.max(0, o.start() - CONTEXT);
        int to = Math.min(text.length(), o.end() + CONTEXT);
        m.put("before", (from > 0 ? "…" : "") + text.substring(from, o.start()));
        m.put("passage", shortened(o.text()));
        m.put("after", text.substring(o.end(), to) + (to < text.length() ? "…" : ""));
        return m;
    }

    /** A long passage shows its beginning and its end. */
    static String shortened(String passage) {
        if (passage.length() <= LONGEST_SHOWN) {
            return passage;
        }
        int half = LONGEST_SHOWN / 2;
        return passage.substring(0, half) + "……" + passage.substring(passage.length() - half);
    }
}
