package wengao.model;

import java.util.List;
import java.util.Map;

/**
 * Every speech of the content folder in reading order (oldest first), the curated theme definitions and the
 * discovery stop list of {@code content/themes/}, and the problems met reading them. {@code sources} gives, by
 * slug, a digest of what a speech was made from (its file's name and bytes, and its slug): a speech is a function
 * of those and of wengao's code, so equal digests mean equal speeches, and render describes a speech by its digest
 * instead of walking all of its text. A speech without one (a corpus made by hand) is described by its contents.
 */
public record Corpus(List<Speech> speeches, List<ThemeDefinition> themeDefinitions, List<String> stopTerms,
                     List<Problem> problems, Map<String, String> sources) implements java.io.Serializable {

    public Corpus {
        speeches = List.copyOf(speeches);
        themeDefinitions = List.copyOf(themeDefinitions);
        stopTerms = List.copyOf(stopTerms);
        problems = List.copyOf(problems);
        sources = Map.copyOf(sources);
    }

    public Corpus(List<Speech> speeches, List<ThemeDefinition> themeDefinitions, List<String> stopTerms,
                  List<Problem> problems) {
        this(speeches, themeDefinitions, stopTerms, problems, Map.of());
    }

    public Corpus(List<Speech> speeches, List<Problem> problems) {
        this(speeches, List.of(), List.of(), problems);
    }
}
