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
    private static final int LABEL_W = 210;
    private static final int BAR_W = 430;
    private static final int ROW_H = 20;

    private ThemeChart() {
    }

    static String dispersion(List<Row> rows) {
        int height = rows.size() * ROW_H + 24;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart dispersion\" viewBox=\"0 0 ").append(LABEL_W + BAR_W + 10).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"各篇中的分布：每条竖线是一次提及，从左到右是文稿从头到尾\">");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = i * ROW_H;
            svg.append("<a href=\"").append(Html.escape(r.url())).append("\"><text x=\"").append(LABEL_W - 8).append("\" y=\"")
                    .append(y + 14).append("\" text-anchor=\"end\">").append(Html.escape(abbreviate(r.label(), 15)))
                    .append("<title>").append(Html.escape(r.label())).append("</title></text></a>");
            svg.append("<rect x=\"").append(LABEL_W).append("\" y=\"").append(y + 3).append("\" width=\"").append(BAR_W)
                    .append("\" height=\"").append(ROW_H - 6).append("\" class=\"track\"/>");
            for (double p : r.positions()) {
                svg.append("<line x1=\"").append(fmt(LABEL_W + p * BAR_W)).append("\" x2=\"").append(fmt(LABEL_W + p * BAR_W))
                        .append("\" y1=\"").append(y + 3).append("\" y2=\"").append(y + ROW_H - 3).append("\" class=\"tick\"/>");
            }
        }
        int axis = rows.size() * ROW_H + 16;
        svg.append("<text x=\"").append(LABEL_W).append("\" y=\"").append(axis).append("\" class=\"axis\">开头</text>");
        svg.append("<text x=\"").append(LABEL_W + BAR_W).append("\" y=\"").append(axis).append("\" text-anchor=\"end\" class=\"axis\">结尾</text>");
        return svg.append("</svg>").toString();
    }

    /** Bars of mentions per year; {@code speechesPerYear} gives each bar's tooltip its base. */
    static String byYear(Map<Integer, Integer> mentionsPerYear, Map<Integer, Integer> speechesPerYear) {
        int n = mentionsPerYear.size();
        int max = mentionsPerYear.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int barW = Math.max(14, Math.min(48, 600 / Math.max(1, n)));
        int width = n * (barW + 8) + 10;
        int height = 150;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart trend\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"逐年提及次数\">");
        int i = 0;
        for (Map.Entry<Integer, Integer> e : mentionsPerYear.entrySet()) {
            double h = 100.0 * e.getValue() / max;
            int x = 5 + i * (barW + 8);
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(fmt(120 - h)).append("\" width=\"").append(barW)
                    .append("\" height=\"").append(fmt(h)).append("\" class=\"bar\"><title>").append(e.getKey()).append("年：")
                    .append(e.getValue()).append(" 次，见于该年 ").append(speechesPerYear.getOrDefault(e.getKey(), 0))
                    .append(" 篇</title></rect>");
            svg.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(fmt(116 - h)).append("\" text-anchor=\"middle\" class=\"val\">")
                    .append(e.getValue()).append("</text>");
            svg.append("<text x=\"").append(x + barW / 2).append("\" y=\"138\" text-anchor=\"middle\" class=\"axis\">").append(e.getKey()).append("</text>");
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
