package wengao.render;

import java.util.ArrayList;
import java.util.Comparator;
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
 * line: left context | term | right context, linked to the paragraph; {@code templates/macros/concordance.peb}
 * makes its markup), its spread, and the themes it travels with.
 *
 * <p>A frequent theme's page carries its first {@value #PAGE_ROWS} lines; the rest are in shards beside it,
 * {@code themes/rows/<slug>-N.js} of {@value #SHARD_ROWS} lines each, which the page loads when the reader asks for
 * them (or sorts). The lines of a frequent theme were most of the theme pages' bytes, and a shard holds a line in
 * a third of the bytes of its markup: the speech's title and address once per shard, not once per line.
 */
final class ThemePageModel {

    static final int CONTEXT = 26;
    static final int PAGE_ROWS = 100;
    static final int SHARD_ROWS = 500;
    static final String SHARDS = "themes/rows/";
    private static final int RELATED = 12;

    private ThemePageModel() {
    }

    /** A theme page's variables and the shards holding the concordance lines beyond the page's. */
    record Page(Map<String, Object> variables, List<wengao.model.OutputFile> shards) {
    }

    /** {@code order}: each speech's place in reading order ({@link #readingOrder}). */
    static Page page(Theme theme, List<Theme> children, Map<String, Speech> speeches,
                     Map<String, List<TextUnit>> units, ThemeNames names, Map<String, Integer> order) {
        Map<String, Object> vars = variables(theme, children, speeches, units, names, order);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) vars.get("concordance");
        if (rows.size() <= PAGE_ROWS) {
            return new Page(vars, List.of());
        }
        vars.put("concordance", rows.subList(0, PAGE_ROWS));
        List<wengao.model.OutputFile> shards = new ArrayList<>();
        List<String> paths = shardPaths(theme, children);
        for (int from = PAGE_ROWS; from < rows.size(); from += SHARD_ROWS) {
            String name = SHARDS + theme.slug() + "-" + shards.size();
            String js = "wengao.load(" + wengao.json.JsonWriter.compact(name) + ","
                    + wengao.json.JsonWriter.compact(shard(rows.subList(from, Math.min(rows.size(), from + SHARD_ROWS)), from))
                    + ");\n";
            shards.add(new wengao.model.OutputFile(paths.get(shards.size()), js.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("count", rows.size() - PAGE_ROWS);
        more.put("shards", shards.size());
        more.put("base", "rows/" + theme.slug() + "-");
        vars.put("concordanceMore", more);
        return new Page(vars, shards);
    }

    /**
     * Lines as a shard holds them: {@code from} (the order of the first), {@code speeches} ([url, title, date]) and
     * {@code rows} ([speech, anchor, left, text, right, part or null]), a speech by its index in {@code speeches}.
     */
    private static Map<String, Object> shard(List<Map<String, Object>> rows, int from) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Object> speeches = new ArrayList<>();
        List<Object> lines = new ArrayList<>(rows.size());
        for (Map<String, Object> r : rows) {
            String url = (String) r.get("url");
            int hash = url.indexOf('#');
            String page = url.substring(0, hash);
            Integer s = index.get(page);
            if (s == null) {
                s = speeches.size();
                index.put(page, s);
                speeches.add(java.util.Arrays.asList(page, r.get("title"), r.get("date")));
            }
            lines.add(java.util.Arrays.asList(s, url.substring(hash + 1), r.get("left"), r.get("text"), r.get("right"),
                    r.get("theme")));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("speeches", speeches);
        m.put("rows", lines);
        return m;
    }

    /** The files of the concordance lines beyond the page's, known from the number of mentions alone. */
    static List<String> shardPaths(Theme theme, List<Theme> children) {
        int rows = total(theme, children);
        List<String> paths = new ArrayList<>();
        for (int from = PAGE_ROWS; from < rows; from += SHARD_ROWS) {
            paths.add(SHARDS + theme.slug() + "-" + paths.size() + ".js");
        }
        return paths;
    }

    /**
     * Everything a theme page and its shards are made from, described without making them: the theme, its parts and
     * its formula (their descriptions, {@code themeInputs}), the names of the themes it is mentioned with and of the
     * themes its mentions name, and the speeches it is mentioned in, in reading order, each by its description
     * ({@code speechInputs}: title, date, length and the text the lines quote). Only the order of those speeches
     * among themselves counts, so a speech added elsewhere in the corpus changes nothing here.
     */
    static String inputs(Theme theme, List<Theme> children, ThemeNames names, Map<String, Integer> order,
                         java.util.function.Function<Theme, Object> themeInputs,
                         java.util.function.Function<String, Object> speechInputs) {
        List<Object> parts = new ArrayList<>();
        parts.add(themeInputs.apply(theme));
        parts.add(children.stream().map(themeInputs).toList());
        Theme parent = theme.parent() == null ? null : names.theme(theme.parent());
        parts.add(parent == null ? null : themeInputs.apply(parent));
        List<Object> related = new ArrayList<>();
        for (CoOccurrence c : theme.related().stream().limit(RELATED).toList()) {
            Theme other = names.theme(c.theme());
            related.add(other == null ? null : List.of(other.name(), other.url()));
        }
        parts.add(related);
        java.util.Set<String> mentioned = new java.util.HashSet<>();
        Map<String, String> named = new TreeMap<>();
        for (Theme t : concat(theme, children)) {
            for (Mention m : t.mentions()) {
                mentioned.add(m.speech());
                if (!m.theme().equals(theme.slug())) {
                    named.computeIfAbsent(m.theme(), names::name);
                }
            }
        }
        parts.add(named);
        List<String> slugs = new ArrayList<>(mentioned);
        slugs.sort(Comparator.comparing((String slug) -> order.getOrDefault(slug, Integer.MAX_VALUE)).thenComparing(slug -> slug));
        List<Object> speeches = new ArrayList<>(slugs.size() * 2);
        for (String slug : slugs) {
            speeches.add(slug);
            speeches.add(order.containsKey(slug) ? speechInputs.apply(slug) : null);
        }
        parts.add(speeches);
        return PageInputs.of(parts);
    }

    /**
     * A theme as far as theme pages show it, for its description: all of it but the themes it travels with past the
     * first {@value #RELATED}, which no page shows (a theme of a large corpus travels with hundreds).
     */
    static Theme shown(Theme t) {
        return t.related().size() <= RELATED ? t : new Theme(t.slug(), t.name(), t.aliases(), t.parent(), t.origin(),
                t.descriptionHtml(), t.mentions(), t.related().subList(0, RELATED));
    }

    private static List<Theme> concat(Theme theme, List<Theme> children) {
        List<Theme> all = new ArrayList<>(children.size() + 1);
        all.add(theme);
        all.addAll(children);
        return all;
    }

    static Map<String, Object> variables(Theme theme, List<Theme> children, Map<String, Speech> speeches,
                                         Map<String, List<TextUnit>> units, ThemeNames names, Map<String, Integer> order) {
        Map<String, Object> vars = new LinkedHashMap<>();
        children = new ArrayList<>(children);
        children.sort(PartOrder.of(theme));
        Map<String, Object> t = summary(theme, children);
        Theme parent = theme.parent() == null ? null : names.theme(theme.parent());
        t.put("parent", parent == null ? null : summary(parent, List.of()));
        t.put("descriptionHtml", theme.descriptionHtml() != null ? theme.descriptionHtml() : generated(theme, speeches));
        vars.put("theme", t);
        vars.put("children", children.stream().map(c -> summary(c, List.of())).toList());

        List<Mention> all = mentions(theme, children, order);
        vars.put("concordance", concordance(all, theme, speeches, units, names));
        vars.put("concordanceMore", null);
        vars.put("mentionTotal", all.size());
        vars.put("ownTotal", theme.mentions().size());
        Map<String, List<Double>> positions = new LinkedHashMap<>();
        for (Mention m : all) {
            positions.computeIfAbsent(m.speech(), k -> new ArrayList<>()).add(m.position());
        }
        spread(vars, positions, speeches, order);
        vars.put("related", related(theme, names));
        return vars;
    }

    /** Speeches oldest first, as the corpus lists them. */
    static Map<String, Integer> readingOrder(Map<String, Speech> speeches) {
        Map<String, Integer> order = new HashMap<>();
        int i = 0;
        for (String slug : speeches.keySet()) {
            order.put(slug, i++);
        }
        return order;
    }

    /** The theme's mentions and its parts', in reading order: speeches oldest first, then place in the speech. */
    private static List<Mention> mentions(Theme theme, List<Theme> children, Map<String, Integer> order) {
        List<Mention> all = new ArrayList<>(theme.mentions());
        for (Theme c : children) {
            all.addAll(c.mentions());
        }
        all.sort(Comparator.comparing((Mention m) -> order.getOrDefault(m.speech(), Integer.MAX_VALUE))
                .thenComparingInt(Mention::unit).thenComparingInt(Mention::start));
        return all;
    }

    /** A concordance line per mention, with its context and sort keys; a part's mention names the part. */
    private static List<Map<String, Object>> concordance(List<Mention> all, Theme theme, Map<String, Speech> speeches,
                                                         Map<String, List<TextUnit>> units, ThemeNames names) {
        List<Map<String, Object>> rows = new ArrayList<>(all.size());
        for (Mention m : all) {
            Speech s = speeches.get(m.speech());
            String text = units.get(m.speech()).get(m.unit()).text();
            String left = text.substring(Math.max(0, m.start() - CONTEXT), m.start());
            Map<String, Object> r = new HashMap<>(16);
            r.put("order", rows.size());
            r.put("left", left);
            r.put("leftReversed", new StringBuilder(left).reverse().toString());
            r.put("right", text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT)));
            r.put("url", s.url() + "#" + m.anchor());
            r.put("text", m.text());
            r.put("theme", m.theme().equals(theme.slug()) ? null : names.name(m.theme()));
            r.put("title", s.title());
            r.put("date", s.date() == null ? null : s.date().display());
            rows.add(r);
        }
        return rows;
    }

    /** Where the mentions fall: per speech (a table and a dispersion plot) and, over two years or more, per year. */
    private static void spread(Map<String, Object> vars, Map<String, List<Double>> positions, Map<String, Speech> speeches,
                               Map<String, Integer> order) {
        List<Map<String, Object>> table = new ArrayList<>();
        Map<Integer, Integer> mentionsPerYear = new TreeMap<>();
        Map<Integer, Integer> speechesPerYear = new TreeMap<>();
        positions.forEach((slug, at) -> {
            Speech s = speeches.get(slug);
            int n = at.size();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", s.title());
            row.put("url", s.url());
            row.put("date", s.date() == null ? "" : s.date().display());
            row.put("count", n);
            row.put("per10k", String.format(java.util.Locale.ROOT, "%.1f", 10000.0 * n / Math.max(1, s.length())));
            table.add(row);
            if (s.date() != null) {
                mentionsPerYear.merge(s.date().year(), n, Integer::sum);
                speechesPerYear.merge(s.date().year(), 1, Integer::sum);
            }
        });
        vars.put("speeches", table);

        List<ThemeChart.Row> rows = new ArrayList<>();
        positions.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Double>> e) -> -e.getValue().size()))
                .limit(ThemeChart.MAX_ROWS)
                .sorted(Comparator.comparing(e -> order.getOrDefault(e.getKey(), 0)))
                .forEach(e -> rows.add(new ThemeChart.Row(speeches.get(e.getKey()).title(), "../" + speeches.get(e.getKey()).url(), e.getValue())));
        vars.put("dispersionSvg", rows.isEmpty() ? null : ThemeChart.dispersion(rows));
        vars.put("dispersionCut", positions.size() > ThemeChart.MAX_ROWS);
        vars.put("trendSvg", mentionsPerYear.size() >= 2 ? ThemeChart.byYear(mentionsPerYear, speechesPerYear) : null);
    }

    /** The themes mentioned most often in the same paragraphs. */
    private static List<Map<String, Object>> related(Theme theme, ThemeNames names) {
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
        return related;
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
