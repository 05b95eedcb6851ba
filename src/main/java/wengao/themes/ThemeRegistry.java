package wengao.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wengao.model.Problem;
import wengao.model.ThemeDefinition;
import wengao.model.ThemeOrigin;
import wengao.text.TextNormalizer;

/**
 * The curated themes: checks that parents exist and that no term belongs to two themes, and gives each theme the
 * normalized forms of its name and aliases, which are what matching looks for.
 */
final class ThemeRegistry {


    private ThemeRegistry() {
    }

    static List<ThemeSpec> build(List<ThemeDefinition> definitions, List<Problem> problems) {
        Set<String> slugs = new LinkedHashSet<>();
        definitions.forEach(d -> slugs.add(d.slug()));
        Map<String, String> termOwner = new HashMap<>();
        List<ThemeSpec> specs = new ArrayList<>();
        List<ThemeDefinition> sorted = new ArrayList<>(definitions);
        sorted.sort(java.util.Comparator.comparing(ThemeDefinition::slug));
        Map<String, String> parents = new HashMap<>();
        for (ThemeDefinition d : sorted) {
            String parent = d.parent();
            if (parent != null && (!slugs.contains(parent) || parent.equals(d.slug()))) {
                problems.add(Problem.error(d.sourcePath(), 0, "parent '" + parent + "' is not the slug of another curated theme"));
            } else if (parent != null) {
                parents.put(d.slug(), parent);
            }
        }
        breakCycles(sorted, parents, problems);
        for (ThemeDefinition d : sorted) {
            String parent = parents.get(d.slug());
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
            specs.add(new ThemeSpec(d.slug(), d.name(), d.aliases(), parent, ThemeOrigin.CURATED, d.bodyHtml(), terms));
        }
        return specs;
    }

    /**
     * A theme is a part of its parent formula, so parents cannot go round in a circle: pages that list a formula's
     * parts, and concordances that gather them, would never end. Each cycle is one error naming its files in
     * order; its themes lose their parents.
     */
    private static void breakCycles(List<ThemeDefinition> sorted, Map<String, String> parents, List<Problem> problems) {
        Map<String, String> files = new HashMap<>();
        sorted.forEach(d -> files.put(d.slug(), d.sourcePath()));
        Set<String> done = new java.util.HashSet<>();
        for (ThemeDefinition d : sorted) {
            List<String> path = new ArrayList<>();
            String at = d.slug();
            while (at != null && !done.contains(at) && !path.contains(at)) {
                path.add(at);
                at = parents.get(at);
            }
            if (at != null && path.contains(at)) {
                List<String> cycle = path.subList(path.indexOf(at), path.size());
                StringBuilder names = new StringBuilder();
                for (String slug : cycle) {
                    names.append(files.get(slug)).append(" → ");
                }
                names.append(files.get(at));
                problems.add(Problem.error(files.get(at), 0, "theme parents go round in a circle: " + names
                        + "; a theme's parent must be a formula it is part of"));
                cycle.forEach(parents::remove);
            }
            done.addAll(path);
        }
    }
}
