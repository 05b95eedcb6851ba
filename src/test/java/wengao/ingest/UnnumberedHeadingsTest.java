package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.model.Section;
import wengao.model.SourceFile;
import wengao.model.Speech;

/** A report's part headings without numbers, on inline texts in the forms portals print them. */
class UnnumberedHeadingsTest {

    private static final String PARAGRAPH = "过去一年，我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，经济社会发展主要目标任务圆满完成。\n";

    private static Speech parse(String text) {
        return SpeechParser.parse(new SourceFile("r.txt", "2026年某某省政府工作报告\n——2026年1月27日在某某省第十四届人民代表大会第四次会议上\n各位代表：\n"
                + "我代表省人民政府，向大会报告工作，请予审议。\n" + text, "UTF-8")).speech();
    }

    private static List<String> outline(Section s, String indent) {
        List<String> out = new java.util.ArrayList<>();
        for (Section c : s.sections()) {
            out.add(indent + c.level() + " " + c.label() + c.title());
            out.addAll(outline(c, indent + "  "));
        }
        return out;
    }

    @Test
    void shortLinesWithoutPunctuationBetweenParagraphsAreTheParts() {
        Speech s = parse("“十四五”时期工作回顾\n" + PARAGRAPH + PARAGRAPH + "2026年重点工作\n" + PARAGRAPH
                + "（一）放大促消费扩投资政策效应\n" + PARAGRAPH + "（二）加快建设现代化产业体系\n" + PARAGRAPH);
        assertEquals(List.of("1 “十四五”时期工作回顾", "1 2026年重点工作", "  2 （一）放大促消费扩投资政策效应", "  2 （二）加快建设现代化产业体系"),
                outline(s.body(), ""));
    }

    @Test
    void aLoneShortLineOrATextThatNumbersItsPartsKeepsItsParagraphs() {
        assertEquals(List.of(), outline(parse(PARAGRAPH + "2026年重点工作\n" + PARAGRAPH + PARAGRAPH).body(), ""), "one such line alone");
        assertEquals(List.of("1 一、2025年工作回顾", "1 二、2026年重点工作"), outline(parse("一、2025年工作回顾\n" + PARAGRAPH
                + "主要做了以下工作\n" + PARAGRAPH + "二、2026年重点工作\n" + PARAGRAPH + "关于外交工作\n" + PARAGRAPH).body(), ""),
                "where the parts are numbered an unnumbered line is not one of them");
        assertEquals(List.of(), outline(parse(PARAGRAPH + "（此处有删节）\n" + PARAGRAPH + "某某×××同志\n" + PARAGRAPH).body(), ""),
                "notes and redactions are not headings");
        assertEquals(List.of(), outline(parse(PARAGRAPH + "长风破浪会有时 直挂云帆济沧海\n" + PARAGRAPH + "千磨万击还坚劲 任尔东西南北风\n" + PARAGRAPH).body(), ""),
                "nor couplets quoted on lines of their own");
    }
}
