package wengao.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wengao.model.Speech;

/** The home page: speeches grouped by year, newest year first and newest speech first within it. */
final class HomePageModel {

    private HomePageModel() {
    }

    static List<Map<String, Object>> years(List<Speech> readingOrder) {
        TreeMap<Integer, List<Map<String, Object>>> byYear = new TreeMap<>();
        List<Map<String, Object>> undated = new ArrayList<>();
        for (int i = readingOrder.size() - 1; i >= 0; i--) {
            Speech s = readingOrder.get(i);
            Map<String, Object> entry = entry(s);
            if (s.date() == null) {
                undated.add(entry);
            } else {
                byYear.computeIfAbsent(s.date().year(), y -> new ArrayList<>()).add(entry);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Map<String, Object>>> e : byYear.descendingMap().entrySet()) {
            out.add(Map.of("label", e.getKey() + "年", "id", "y" + e.getKey(), "speeches", e.getValue(), "count", e.getValue().size()));
        }
        if (!undated.isEmpty()) {
            undated.sort(java.util.Comparator.comparing(m -> (String) m.get("title")));
            out.add(Map.of("label", "年份不详", "id", "undated", "speeches", undated, "count", undated.size()));
        }
        return out;
    }

    private static Map<String, Object> entry(Speech s) {
        Map<String, Object> m = new LinkedHashMap<>(link(s));
        m.put("date", s.date() == null ? null : s.date().display());
        m.put("dateIso", s.date() == null ? null : s.date().iso());
        m.put("length", s.length());
        m.put("speaker", s.speaker());
        m.put("venue", Attribution.venue(s));
        return m;
    }

    static Map<String, Object> link(Speech s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("url", s.url());
        return m;
    }
}
