package wengao.search;

import java.util.ArrayList;
import java.util.List;
import wengao.text.NormalizedText;

/** Where the terms stand in a unit's text, as source spans, and a short marked snippet around the first. */
public final class Highlights {

    private Highlights() {
    }

    /** Sorted, merged [start, end) spans of {@code text} where any of the normalized terms occurs. */
    public static List<int[]> spans(String text, List<String> terms) {
        NormalizedText n = NormalizedText.of(text);
        List<int[]> spans = new ArrayList<>();
        for (String term : terms) {
            for (int i = n.text().indexOf(term); i >= 0; i = n.text().indexOf(term, i + 1)) {
                spans.add(new int[] {n.sourceStart(i), n.sourceEnd(i + term.length())});
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        return merged;
    }

    /** About 30 characters before the first match and 60 after, matches marked 【like this】, cuts marked …. */
    public static String snippet(String text, List<int[]> spans) {
        int from = spans.isEmpty() ? 0 : Math.max(0, spans.get(0)[0] - 30);
        int to = Math.min(text.length(), (spans.isEmpty() ? 0 : spans.get(0)[1]) + 60);
        to = Math.max(to, Math.min(text.length(), from + 90));
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int pos = from;
        for (int[] s : spans) {
            if (s[0] >= to || s[1] <= from) {
                continue;
            }
            int a = Math.max(s[0], from);
            int b = Math.min(s[1], to);
            out.append(text, pos, a).append('【').append(text, a, b).append('】');
            pos = b;
        }
        out.append(text, pos, to);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }
}
