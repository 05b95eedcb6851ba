package wengao.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wengao.model.Problem;
import wengao.model.ThemeDefinition;
import wengao.text.TextNormalizer;

/**
 * The curated themes: checks that parents exist and that no term belongs to two themes, and gives each theme the
 * normalized forms of its name and aliases, which are what matching looks for.
 */
final class ThemeRegistry {

    static final String CURATED = "curated";

    private ThemeRegistry() {
    }

    static List<ThemeSpec> build(List<ThemeDefinition> definitions, List<Problem> problems) {
        Set<String> slugs = new LinkedHashSet<>();
        definitions.forEach(d -> slugs.add(d.slug()));
        Map<String, String> termOwner = new HashMap<>();
        List<ThemeSpec> specs = new ArrayList<>();
        List<ThemeDefinition> sorted = new ArrayList<>(definitions);
        sorted.sort(java.util.Comparator.comparing(ThemeDefinition::slug));
        for (ThemeDefinition d : sorted) {
            String parent = d.parent();
            if (parent != null && (!slugs.contains(parent) || parent.equals(d.slug()))) {
                problems.add(Problem.error(d.sourcePath(), 0, "parent '" + parent + "' is not the slug of another curated theme"));
                parent = null;
            }
            List<String> terms = new ArrayList<>();
            List<String> names = new ArrayList<>();
            names.add(d.name());
            names.addAll(d.aliases());
            for (String n : names) {
                String term = TextNormalizer.normalize(n);
                if (term.isEmpty()) {
                    problems.add(Problem.error(d.sourcePath(), 0, "'" + n + "' has no letters or characters to match"));
                    continue;
                }
                String owner = termOwner.putIfAbsent(term, d.slug());
                if (owner != null && !owner.equals(d.slug())) {
                    problems.add(Problem.warning(d.sourcePath(), 0, "'" + n + "' is already a name or alias of theme '"
                            + owner + "'; its mentions count for " + owner));
                } else if (!terms.contains(term)) {
                    terms.add(term);
                }
            }
            specs.add(new ThemeSpec(d.slug(), d.name(), d.aliases(), parent, CURATED, d.bodyHtml(), terms));
        }
        return specs;
    }
}
