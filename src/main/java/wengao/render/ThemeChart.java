package wengao.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charts drawn at build time as inline SVG (no chart library, nothing loaded): a dispersion plot, one row per
 * speech with a tick where each mention falls, as in AntConc; and mentions per year when the theme spans years.
 */
final class ThemeChart {

    record Row(String label, String url, List<Double> positions) {
    }

    static final int MAX_ROWS = 30;

    private ThemeChart() {
    }

    /**
     * One row per speech: its title as text of the page (readable at every width, never scaled down with the
     * drawing), and an SVG track with a tick at each mention that stretches to the row's width.
     */
    static String dispersion(List<Row> rows) {
        StringBuilder out = new StringBuilder("<ol class=\"dispersion\" aria-label=\"各篇中的分布：每条竖线是一次提及，从左到右是文稿从头到尾\">");
        for (Row r : rows) {
            // The title, cut short by CSS where it is long, is the link's text; wengao.js adds it as a tooltip.
            out.append("<li><a class=\"label\" href=\"").append(Html.escape(r.url())).append("\">").append(Html.escape(r.label())).append("</a>")
                    .append("<svg class=\"chart track\" viewBox=\"0 0 1000 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                    .append(r.positions().size()).append(" 次提及\"><path class=\"tick\" d=\"");
            // One path of vertical strokes, whole units of a track 1000 wide: a line element per tick was most of
            // a frequent theme's chart bytes. The track's colour is the svg's background (wengao.css).
            for (double p : r.positions()) {
                out.append('M').append(Math.round(p * 1000)).append(" 0v10");
            }
            out.append("\"/></svg></li>");
        }
        return out.append("<li class=\"axis\" aria-hidden=\"true\"><span class=\"label\"></span><span class=\"ends\"><span>开头</span><span>结尾</span></span></li></ol>").toString();
    }

    /** Bars of mentions per year; {@code speechesPerYear} gives each bar's tooltip its base. */
    static String byYear(Map<Integer, Integer> mentionsPerYear, Map<Integer, Integer> speechesPerYear) {
        int n = mentionsPerYear.size();
        int max = mentionsPerYear.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int barW = Math.max(36, Math.min(48, 600 / Math.max(1, n)));
        int width = n * (barW + 8) + 10;
        int height = 150;
        StringBuilder svg = new StringBuilder();
        // Drawn at its own size in pixels, so its labels keep their size: a narrow screen scrolls it sideways. The
        // labels are centred on their bars by wengao.css (.trend text), not by an attribute on each.
        svg.append("<svg class=\"chart trend\" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"逐年提及次数\">");
        int i = 0;
        for (Map.Entry<Integer, Integer> e : mentionsPerYear.entrySet()) {
            double h = 100.0 * e.getValue() / max;
            int x = 5 + i * (barW + 8);
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(fmt(120 - h)).append("\" width=\"").append(barW)
                    .append("\" height=\"").append(fmt(h)).append("\" class=\"bar\"><title>").append(e.getKey()).append("年：")
                    .append(e.getValue()).append(" 次，见于该年 ").append(speechesPerYear.getOrDefault(e.getKey(), 0))
                    .append(" 篇</title></rect>");
            svg.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(fmt(116 - h)).append("\" class=\"val\">")
                    .append(e.getValue()).append("</text>");
            svg.append("<text x=\"").append(x + barW / 2).append("\" y=\"138\" class=\"axis\">").append(e.getKey()).append("</text>");
            i++;
        }
        return svg.append("</svg>").toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
