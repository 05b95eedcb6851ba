package wengao.themes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import wengao.model.CoOccurrence;

/** Which themes travel together: counted per paragraph (any text unit) and per speech. */
final class CoOccurrenceCounter {

    private final Map<String, Map<String, int[]>> pairs = new HashMap<>();

    /** One speech: the sets of themes of its units. */
    void addSpeech(Collection<Set<String>> units) {
        Set<String> speech = new HashSet<>();
        for (Set<String> unit : units) {
            count(unit, 0);
            speech.addAll(unit);
        }
        count(speech, 1);
    }

    private void count(Set<String> themes, int which) {
        if (themes.size() < 2) {
            return;
        }
        for (String a : themes) {
            Map<String, int[]> row = pairs.computeIfAbsent(a, k -> new HashMap<>());
            for (String b : themes) {
                if (!a.equals(b)) {
                    row.computeIfAbsent(b, k -> new int[2])[which]++;
                }
            }
        }
    }

    Map<String, List<CoOccurrence>> result() {
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
