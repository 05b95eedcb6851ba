package wengao.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.model.Theme;
import wengao.model.ThemeMap;

/** The theme index: curated and discovered themes apart, most mentioned first, and a glossary of the formulas. */
final class ThemeIndexModel {

    private ThemeIndexModel() {
    }

    static Map<String, Object> variables(ThemeMap themes) {
        List<Map<String, Object>> curated = new ArrayList<>();
        List<Map<String, Object>> discovered = new ArrayList<>();
        List<Map<String, Object>> glossary = new ArrayList<>();
        Map<String, List<Theme>> partsOf = partsOf(themes);
        List<Theme> sorted = new ArrayList<>(themes.themes());
        // A formula counts with its parts here, as on its page; its parts follow it, in the formula's own order.
        sorted.sort(Comparator.comparing((Theme t) -> -ThemePageModel.total(t, partsOf.getOrDefault(t.slug(), List.of())))
                .thenComparing(Theme::name));
        for (Theme t : sorted) {
            List<Theme> parts = partsOf.getOrDefault(t.slug(), List.of());
            if (!t.curated()) {
                discovered.add(ThemePageModel.summary(t, parts));
            } else if (t.parent() == null || !partsOf.containsKey(t.parent())) {
                curated.add(ThemePageModel.summary(t, parts));
                for (Theme part : parts) {
                    Map<String, Object> row = ThemePageModel.summary(part, List.of());
                    row.put("part", true);
                    curated.add(row);
                }
            }
        }
        List<Theme> formulas = new ArrayList<>(themes.themes());
        formulas.removeIf(t -> !t.name().matches("^[一二两三四五六七八九十双第].*") || t.parent() != null);
        formulas.sort(Comparator.comparing(Theme::name));
        for (Theme t : formulas) {
            Map<String, Object> g = ThemePageModel.summary(t, partsOf.getOrDefault(t.slug(), List.of()));
            g.put("gloss", gloss(t));
            glossary.add(g);
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("curated", curated);
        vars.put("discovered", discovered);
        vars.put("glossary", glossary);
        return vars;
    }

    /** Each formula's parts, in the formula's order. */
    static Map<String, List<Theme>> partsOf(ThemeMap themes) {
        Map<String, Theme> bySlug = new LinkedHashMap<>();
        themes.themes().forEach(t -> bySlug.put(t.slug(), t));
        Map<String, List<Theme>> parts = new LinkedHashMap<>();
        for (Theme t : themes.themes()) {
            if (t.parent() != null && bySlug.containsKey(t.parent())) {
                parts.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t);
            }
        }
        parts.forEach((slug, list) -> list.sort(PartOrder.of(bySlug.get(slug))));
        return parts;
    }

    /** The first sentence of a curated explanation, as plain text. */
    static String gloss(Theme t) {
        if (t.descriptionHtml() == null) {
            return "自动发现的提法，出现 " + t.mentions().size() + " 次。";
        }
        String text = t.descriptionHtml().replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").strip();
        int end = text.indexOf('。');
        return end > 0 ? text.substring(0, end + 1) : text;
    }
}
