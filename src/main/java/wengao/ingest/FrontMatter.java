package wengao.ingest;

import java.util.List;
import java.util.Map;

/**
 * The YAML front matter of a file: values by key in file order, the line each key stands on (for messages), and
 * the index of the first body line.
 */
record FrontMatter(Map<String, List<String>> values, Map<String, Integer> keyLines, int bodyStart) {

    static final FrontMatter NONE = new FrontMatter(Map.of(), Map.of(), 0);

    String first(String key) {
        List<String> v = values.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }
}
