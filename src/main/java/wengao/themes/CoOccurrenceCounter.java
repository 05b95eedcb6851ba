package wengao.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import wengao.model.CoOccurrence;

/** Which themes travel together: counted per paragraph (any text unit) and per speech. */
final class CoOccurrenceCounter {

    private CoOccurrenceCounter() {
    }

    static Map<String, List<CoOccurrence>> count(List<Map<String, Integer>> unitThemes, List<Set<String>> speechThemes) {
        Map<String, Map<String, int[]>> pairs = new TreeMap<>();
        for (Map<String, Integer> unit : unitThemes) {
            for (String a : unit.keySet()) {
                for (String b : unit.keySet()) {
                    if (!a.equals(b)) {
                        pairs.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent(b, k -> new int[2])[0]++;
                    }
                }
            }
        }
        for (Set<String> speech : speechThemes) {
            for (String a : speech) {
                for (String b : speech) {
                    if (!a.equals(b)) {
                        pairs.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent(b, k -> new int[2])[1]++;
                    }
                }
            }
        }
        Map<String, List<CoOccurrence>> out = new TreeMap<>();
        pairs.forEach((a, others) -> {
            List<CoOccurrence> list = new ArrayList<>();
            others.forEach((b, n) -> list.add(new CoOccurrence(b, n[0], n[1])));
            list.sort(Comparator.comparing((CoOccurrence c) -> -c.paragraphs()).thenComparing(c -> -c.speeches())
                    .thenComparing(CoOccurrence::theme));
            out.put(a, list);
        });
        return out;
    }
}
