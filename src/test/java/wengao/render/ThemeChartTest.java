package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The charts of a theme page: a dispersion track per speech drawn as one path, and bars per year. */
class ThemeChartTest {

    @Test
    void aTrackIsOnePathWithAStrokeAtEachMention() {
        String html = ThemeChart.dispersion(List.of(
                new ThemeChart.Row("<甲>讲话", "../speeches/a.html", List.of(0.0, 0.2134, 0.9996)),
                new ThemeChart.Row("乙", "../speeches/b.html", List.of(0.5))));
        assertTrue(html.contains("<a class=\"label\" href=\"../speeches/a.html\">&lt;甲&gt;讲话</a>"), html);
        assertTrue(html.contains("aria-label=\"3 次提及\"><path class=\"tick\" d=\"M0 0v10M213 0v10M1000 0v10\"/></svg>"), html);
        assertTrue(html.contains("aria-label=\"1 次提及\"><path class=\"tick\" d=\"M500 0v10\"/></svg>"), html);
        assertEquals(2, html.split("<svg ", -1).length - 1, "a track per speech");
        assertFalse(html.contains("<line"), html);
    }

    @Test
    void barsPerYearCarryTheirCountsAndBase() {
        Map<Integer, Integer> mentions = new TreeMap<>(Map.of(2020, 4, 2021, 2));
        String svg = ThemeChart.byYear(mentions, Map.of(2020, 3, 2021, 1));
        assertTrue(svg.contains("<title>2020年：4 次，见于该年 3 篇</title>"), svg);
        assertTrue(svg.contains(" class=\"axis\">2021</text>"), svg);
        assertEquals(2, svg.split("class=\"bar\"", -1).length - 1);
    }
}
