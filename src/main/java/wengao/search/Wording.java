package wengao.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wengao.model.Citations;
import wengao.model.ThemeMap;

/**
 * How a reason reads (同论 一岗双责、四风；同引 《中国共产党党内监督条例》): themes by their names, documents by their
 * 《titles》, words as they are. A name can change while what two speeches share does not; the kept reasons are
 * then no longer what a reader should see, which {@link #shown} lets the next build tell.
 */
final class Wording {

    private final Map<String, String> themeNames = new HashMap<>();
    private final Map<String, String> documentTitles = new HashMap<>();

    Wording(ThemeMap themes, Citations citations) {
        themes.themes().forEach(t -> themeNames.put(t.slug(), t.name()));
        citations.documents().forEach(d -> documentTitles.put(d.slug(), "《" + d.title() + "》"));
    }

    /** One signal of what two speeches share: its features that add most, or for passages how many there are. */
    record Reason(Signal signal, List<String> features, int count) {
    }

    String because(List<Reason> reasons) {
        List<String> parts = new ArrayList<>(reasons.size());
        for (Reason r : reasons) {
            List<String> what = new ArrayList<>(Math.max(1, r.features().size()));
            if (r.signal() == Signal.PASSAGES) {
                what.add(r.count() + " 处");
            }
            for (String f : r.features()) {
                what.add(shown(r.signal(), f));
            }
            parts.add(r.signal().phrase + String.join("、", what));
        }
        return String.join("；", parts);
    }

    private String shown(Signal signal, String feature) {
        return switch (signal) {
            case THEMES -> themeNames.getOrDefault(feature, feature);
            case DOCUMENTS -> documentTitles.getOrDefault(feature, feature);
            default -> feature;
        };
    }

    /** How each of {@code features} of {@code signal} reads, in their order; none for words, which read as they are. */
    String[] shown(Signal signal, String[] features) {
        if (signal != Signal.THEMES && signal != Signal.DOCUMENTS) {
            return new String[0];
        }
        String[] shown = new String[features.length];
        for (int i = 0; i < features.length; i++) {
            shown[i] = shown(signal, features[i]);
        }
        return shown;
    }
}
