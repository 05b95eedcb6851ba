package wengao.model;

import java.util.List;

/**
 * A curated theme as an editor wrote it in {@code content/themes/<slug>.md}: its name, aliases, parent formula
 * (a slug or null) and the explanation, already rendered to HTML with raw HTML escaped.
 */
public record ThemeDefinition(String slug, String name, List<String> aliases, String parent, String bodyHtml,
                              String sourcePath) implements java.io.Serializable {

    public ThemeDefinition {
        aliases = List.copyOf(aliases);
    }
}
