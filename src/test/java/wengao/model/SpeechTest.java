package wengao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A speech's text units: what themes and search see, each with the anchor its link uses, in reading order. */
class SpeechTest {

    static Section heading(String anchor, int level, String label, String title, String terminator, List<Paragraph> paragraphs,
                           List<Section> sections) {
        return new Section(anchor, SectionKind.HEADING, level, label, title, terminator, 1, false, paragraphs, sections);
    }

    static Speech speech() {
        Section point = new Section("s1-pt1", SectionKind.POINT, 4, "一是", "", "", 6, false,
                List.of(Paragraph.plain("s1-p2", 6, "一是学深悟透。")), List.of());
        Section one = heading("s1", 1, "一、", "提高认识", "", List.of(Paragraph.plain("s1-p1", 5, "认识要到位。")), List.of(point));
        Section two = heading("s1-1", 2, "（一）", "学深悟透", "。", List.of(), List.of());
        Section root = new Section("", SectionKind.ROOT, 0, "", "", "", 0, false,
                List.of(Paragraph.plain("p1", 4, "今天开会。")), List.of(one, two));
        return new Speech("a", "a.txt", "txt", "在会上的讲话", null, List.of("（2023年4月6日）", "书记 张三"),
                new SpeechDate(2023, 4, 6), "张三", null, List.of(), List.of(), "同志们：", root,
                List.of(Paragraph.plain("c1", 9, "谢谢大家。")), List.of(), List.of(), 40);
    }

    @Test
    void textUnitsInReadingOrderWithTheirAnchors() {
        List<String> rows = new ArrayList<>();
        for (TextUnit u : speech().textUnits()) {
            rows.add(u.index() + " " + u.anchor() + " " + u.kind() + " " + u.text());
        }
        assertEquals(List.of(
                "0 title TITLE 在会上的讲话",
                "1 title-1 TITLE_LINE （2023年4月6日）",
                "2 title-2 TITLE_LINE 书记 张三",
                "3 p1 PARAGRAPH 今天开会。",
                "4 s1 HEADING 一、提高认识",
                "5 s1-p1 PARAGRAPH 认识要到位。",
                "6 s1-p2 PARAGRAPH 一是学深悟透。",
                "7 s1-1 HEADING （一）学深悟透。",
                "8 c1 CLOSING 谢谢大家。"), rows);
    }

    @Test
    void aSpeechIsImmutableAndItsUrlFollowsItsSlug() {
        Speech s = speech();
        assertThrows(UnsupportedOperationException.class, () -> s.titleLines().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> s.body().sections().clear());
        assertEquals("speeches/a.html", s.url());
        Speech renamed = s.withSlug("b");
        assertEquals("speeches/b.html", renamed.url());
        assertEquals(s.textUnits(), renamed.textUnits(), "a new slug changes no anchor");
    }
}
