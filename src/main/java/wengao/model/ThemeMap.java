package wengao.model;

import java.util.List;

/** The themes of a corpus (curated and discovered, in a stable order), discovery's candidates, and problems. */
public record ThemeMap(List<Theme> themes, List<ThemeCandidate> candidates, List<Problem> problems) implements java.io.Serializable {

    public ThemeMap {
        themes = List.copyOf(themes);
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
    }

    public static final ThemeMap EMPTY = new ThemeMap(List.of(), List.of(), List.of());
}
