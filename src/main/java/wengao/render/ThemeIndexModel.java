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
        List<Theme> sorted = new ArrayList<>(themes.themes());
        sorted.sort(Comparator.comparing((Theme t) -> -t.mentions().size()).thenComparing(Theme::name));
        for (Theme t : sorted) {
            Map<String, Object> s = ThemePageModel.summary(t);
            s.put("parentName", t.parent() == null ? null : name(themes, t.parent()));
            (t.curated() ? curated : discovered).add(s);
        }
        List<Theme> formulas = new ArrayList<>(themes.themes());
        formulas.removeIf(t -> !t.name().matches("^[一二两三四五六七八九十双第].*") || t.parent() != null);
        formulas.sort(Comparator.comparing(Theme::name));
        for (Theme t : formulas) {
            Map<String, Object> g = ThemePageModel.summary(t);
            g.put("gloss", gloss(t));
            glossary.add(g);
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("curated", curated);
        vars.put("discovered", discovered);
        vars.put("glossary", glossary);
        return vars;
    }

    private static String name(ThemeMap themes, String slug) {
        return themes.themes().stream().filter(t -> t.slug().equals(slug)).map(Theme::name).findFirst().orElse(slug);
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
