package wengao.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wengao.model.Mention;
import wengao.model.Speech;
import wengao.model.Theme;
import wengao.model.ThemeMap;

/** Looks up themes by slug, and a speech's mentions by text unit, for the pages that link them. */
final class ThemeNames {

    private final Map<String, Theme> bySlug = new HashMap<>();
    private final Map<String, Map<Integer, List<Mention>>> bySpeechAndUnit = new HashMap<>();

    ThemeNames(ThemeMap themes) {
        for (Theme t : themes.themes()) {
            bySlug.put(t.slug(), t);
            for (Mention m : t.mentions()) {
                bySpeechAndUnit.computeIfAbsent(m.speech(), k -> new HashMap<>())
                        .computeIfAbsent(m.unit(), k -> new java.util.ArrayList<>()).add(m);
            }
        }
    }

    String name(String slug) {
        Theme t = bySlug.get(slug);
        return t == null ? slug : t.name();
    }

    Theme theme(String slug) {
        return bySlug.get(slug);
    }

    List<Mention> mentions(Speech speech, int unit) {
        return bySpeechAndUnit.getOrDefault(speech.slug(), Map.of()).getOrDefault(unit, List.of());
    }

    Map<Integer, List<Mention>> mentions(Speech speech) {
        return bySpeechAndUnit.getOrDefault(speech.slug(), Map.of());
    }
}
