package wengao.model;

import java.util.List;

/**
 * Every speech of the content folder in reading order (oldest first), the curated theme definitions and the
 * discovery stop list of {@code content/themes/}, and the problems met reading them.
 */
public record Corpus(List<Speech> speeches, List<ThemeDefinition> themeDefinitions, List<String> stopTerms,
                     List<Problem> problems) implements java.io.Serializable {

    public Corpus {
        speeches = List.copyOf(speeches);
        themeDefinitions = List.copyOf(themeDefinitions);
        stopTerms = List.copyOf(stopTerms);
        problems = List.copyOf(problems);
    }

    public Corpus(List<Speech> speeches, List<Problem> problems) {
        this(speeches, List.of(), List.of(), problems);
    }
}
