package wengao.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wengao.model.CoOccurrence;
import wengao.model.Mention;
import wengao.model.Speech;
import wengao.model.TextUnit;
import wengao.model.Theme;

/**
 * A theme page: what the theme means, how often and where it is used, every mention in context (a concordance
 * line: left context | term | right context, linked to the paragraph), its spread, and the themes it travels with.
 * Concordance rows come as ready HTML (content escaped), with the classes kwic-l, kwic-k, kwic-r and kwic-src.
 */
final class ThemePageModel {

    static final int CONTEXT = 26;
    private static final int RELATED = 12;

    private ThemePageModel() {
    }

    static Map<String, Object> variables(Theme theme, List<Theme> children, Map<String, Speech> speeches,
                                         Map<String, List<TextUnit>> units, ThemeNames names) {
        Map<String, Object> vars = new LinkedHashMap<>();
        children = new ArrayList<>(children);
        children.sort(PartOrder.of(theme));
        Map<String, Object> t = summary(theme, children);
        Theme parent = theme.parent() == null ? null : names.theme(theme.parent());
        t.put("parent", parent == null ? null : summary(parent, List.of()));
        t.put("descriptionHtml", theme.descriptionHtml() != null ? theme.descriptionHtml() : generated(theme, speeches));
        vars.put("theme", t);

        List<Map<String, Object>> childList = new ArrayList<>();
        for (Theme c : children) {
            childList.add(summary(c, List.of()));
        }
        vars.put("children", childList);

        List<Mention> all = new ArrayList<>(theme.mentions());
        for (Theme c : children) {
            all.addAll(c.mentions());
        }
        // Reading order: speeches oldest first, then position in the speech.
        Map<String, Integer> order = new HashMap<>();
        int i = 0;
        for (String slug : speeches.keySet()) {
            order.put(slug, i++);
        }
        all.sort(java.util.Comparator.comparing((Mention m) -> order.getOrDefault(m.speech(), Integer.MAX_VALUE))
                .thenComparingInt(Mention::unit).thenComparingInt(Mention::start));

        // Concordance rows are made here, not in the template: a frequent theme has thousands, and the markup of
        // each (escaped text, sort keys) is the same for every site.
        StringBuilder concordance = new StringBuilder(all.size() * 400);
        Map<String, int[]> perSpeech = new LinkedHashMap<>();
        Map<String, List<Double>> positions = new LinkedHashMap<>();
        int line = 0;
        for (Mention m : all) {
            Speech s = speeches.get(m.speech());
            String text = units.get(m.speech()).get(m.unit()).text();
            String left = text.substring(Math.max(0, m.start() - CONTEXT), m.start());
            String right = text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT));
            String url = "../" + s.url() + "#" + m.anchor();
            concordance.append("<tr data-o=\"").append(line++).append("\" data-l=\"").append(Html.escape(new StringBuilder(left).reverse()))
                    .append("\" data-r=\"").append(Html.escape(right)).append("\"><td class=\"kwic-l\"><span>")
                    .append(Html.escape(left)).append("</span></td><td class=\"kwic-k\"><a href=\"").append(url).append("\"")
                    .append(m.theme().equals(theme.slug()) ? "" : " title=\"" + Html.escape(names.name(m.theme())) + "\"").append(">")
                    .append(Html.escape(m.text())).append("</a>");
            concordance.append("<span class=\"kwic-r\">").append(Html.escape(right)).append("</span></td><td class=\"kwic-src\"><a href=\"")
                    .append(url).append("\">").append(Html.escape(s.title())).append("</a>");
            if (s.date() != null) {
                concordance.append(" <span class=\"date\">").append(Html.escape(s.date().display())).append("</span>");
            }
            concordance.append("</td></tr>\n");
            perSpeech.computeIfAbsent(m.speech(), k -> new int[1])[0]++;
            positions.computeIfAbsent(m.speech(), k -> new ArrayList<>()).add(m.position());
        }
        vars.put("concordanceRows", concordance.toString());
        vars.put("mentionTotal", all.size());
        vars.put("ownTotal", theme.mentions().size());

        List<Map<String, Object>> table = new ArrayList<>();
        Map<Integer, Integer> mentionsPerYear = new TreeMap<>();
        Map<Integer, Integer> speechesPerYear = new TreeMap<>();
        perSpeech.forEach((slug, n) -> {
            Speech s = speeches.get(slug);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", s.title());
            row.put("url", s.url());
            row.put("date", s.date() == null ? "" : s.date().display());
            row.put("count", n[0]);
            row.put("per10k", String.format(java.util.Locale.ROOT, "%.1f", 10000.0 * n[0] / Math.max(1, s.length())));
            table.add(row);
            if (s.date() != null) {
                mentionsPerYear.merge(s.date().year(), n[0], Integer::sum);
                speechesPerYear.merge(s.date().year(), 1, Integer::sum);
            }
        });
        vars.put("speeches", table);

        List<ThemeChart.Row> rows = new ArrayList<>();
        positions.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<String, List<Double>> e) -> -e.getValue().size()))
                .limit(ThemeChart.MAX_ROWS)
                .sorted(java.util.Comparator.comparing(e -> order.getOrDefault(e.getKey(), 0)))
                .forEach(e -> rows.add(new ThemeChart.Row(speeches.get(e.getKey()).title(), "../" + speeches.get(e.getKey()).url(), e.getValue())));
        vars.put("dispersionSvg", rows.isEmpty() ? null : ThemeChart.dispersion(rows));
        vars.put("dispersionCut", positions.size() > ThemeChart.MAX_ROWS);
        vars.put("trendSvg", mentionsPerYear.size() >= 2 ? ThemeChart.byYear(mentionsPerYear, speechesPerYear) : null);

        List<Map<String, Object>> related = new ArrayList<>();
        for (CoOccurrence c : theme.related().stream().limit(RELATED).toList()) {
            Theme other = names.theme(c.theme());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", other.name());
            r.put("url", other.url());
            r.put("paragraphs", c.paragraphs());
            r.put("speeches", c.speeches());
            related.add(r);
        }
        vars.put("related", related);
        return vars;
    }

    /** Mentions of a formula together with its parts'. */
    static int total(Theme t, List<Theme> parts) {
        return t.mentions().size() + parts.stream().mapToInt(p -> p.mentions().size()).sum();
    }

    /**
     * A theme as lists show it. {@code mentions} are its own; a formula with parts also has {@code withParts}, its
     * mentions and its parts' together (what its page lists), and {@code speeches} counts the speeches of both.
     * A theme nobody mentions is not {@code linked}: lists name it without sending the reader to an empty page.
     */
    static Map<String, Object> summary(Theme t, List<Theme> parts) {
        Map<String, Object> m = ThemeDataJson.fields(t);
        m.put("mentions", t.mentions().size());
        int total = total(t, parts);
        m.put("withParts", parts.isEmpty() ? null : total);
        java.util.Set<String> speeches = new java.util.HashSet<>();
        t.mentions().forEach(x -> speeches.add(x.speech()));
        parts.forEach(p -> p.mentions().forEach(x -> speeches.add(x.speech())));
        m.put("speeches", speeches.size());
        m.put("linked", total > 0);
        m.put("part", false);
        return m;
    }

    /** The description of a discovered theme, from its numbers: nobody has written one yet. */
    private static String generated(Theme theme, Map<String, Speech> speeches) {
        String how = theme.origin() == wengao.model.ThemeOrigin.FORMULA ? "数字概括的提法" : "讲话中加引号反复使用的词语";
        StringBuilder out = new StringBuilder("<p>“").append(Html.escape(theme.name())).append("”是").append(how)
                .append("，在 ").append(theme.speechCount()).append(" 篇文稿中共出现 ").append(theme.mentions().size()).append(" 次");
        if (!theme.mentions().isEmpty()) {
            Speech first = speeches.get(theme.mentions().get(0).speech());
            out.append("，最早见于《").append(Html.escape(first.title())).append("》");
        }
        out.append("。</p><p class=\"discovered-note\">此主题由 wengao 自动发现，尚无人工撰写的说明。编辑可在 <code>content/themes/</code> 中为它新建说明页。</p>");
        return out.toString();
    }
}
