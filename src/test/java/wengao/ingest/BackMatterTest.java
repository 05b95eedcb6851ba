package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.model.Section;
import wengao.model.SourceFile;
import wengao.model.Speech;

/** A report's attachments and glossary after its text, in the forms provincial reports print them. */
class BackMatterTest {

    private static final String PARAGRAPH = "过去一年，我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，经济社会发展主要目标任务圆满完成。\n";
    private static final String REPORT = "一、2025年工作回顾\n" + PARAGRAPH + "二、2026年工作安排\n" + PARAGRAPH
            + "（一）扩大有效需求\n" + PARAGRAPH + "（二）建设现代化产业体系\n" + PARAGRAPH
            + "各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写中国式现代化新篇章！\n";

    private static Speech parse(String text) {
        return SpeechParser.parse(new SourceFile("r.txt", "2026年某某省政府工作报告\n——2026年1月27日在某某省第十四届人民代表大会第四次会议上\n各位代表：\n"
                + "我代表省人民政府，向大会报告工作，请予审议。\n" + text, "UTF-8")).speech();
    }

    /** The body's outline, then the back matter's, as the page reads them. */
    private static List<String> outline(Speech s) {
        List<String> out = new java.util.ArrayList<>(outline(s.body().sections(), ""));
        out.addAll(outline(s.backMatter(), ""));
        return out;
    }

    private static List<String> outline(List<Section> sections, String indent) {
        List<String> out = new java.util.ArrayList<>();
        for (Section c : sections) {
            out.add(indent + c.level() + " " + c.label() + c.title());
            out.addAll(outline(c.sections(), indent + "  "));
        }
        return out;
    }

    @Test
    void anAttachmentAndAGlossaryAreHeadingsOfTheirOwnWithTheirItemsBelow() {
        Speech s = parse(REPORT + "附件1\n2026年省十件民生实事\n一、提高低保和特困人员救助保障水平\n" + PARAGRAPH
                + "二、加快建立长期护理保险制度\n" + PARAGRAPH + "附件2\n名词解释\n1.“两重”：国家重大战略实施和重点领域安全能力建设。\n"
                + "2.“两新”：大规模设备更新和消费品以旧换新。\n");
        assertEquals(List.of("1 一、2025年工作回顾", "1 二、2026年工作安排", "  2 （一）扩大有效需求", "  2 （二）建设现代化产业体系",
                "1 附件1\u30002026年省十件民生实事", "  2 一、提高低保和特困人员救助保障水平", "  2 二、加快建立长期护理保险制度",
                "1 附件2\u3000名词解释", "  2 1.“两重”", "  2 2.“两新”"),
                outline(s));
        Section twoNew = s.backMatter().get(1).sections().get(1);
        assertEquals("：", twoNew.terminator(), "a glossary's entry is its term");
        assertEquals(List.of("大规模设备更新和消费品以旧换新。"), twoNew.paragraphs().stream().map(wengao.model.Paragraph::text).toList(),
                "and, run in, what explains it");
    }

    @Test
    void theClosingIsTheTextsEndBeforeTheBackMatterWhichFollowsItOnThePage() {
        Speech s = parse(REPORT + "附件\n2026年十件民生实事\n一、提高低保和特困人员救助保障水平\n" + PARAGRAPH);
        assertEquals(List.of("各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写中国式现代化新篇章！"),
                s.closing().stream().map(wengao.model.Paragraph::text).toList());
        assertEquals(List.of("1 一、2025年工作回顾", "1 二、2026年工作安排", "  2 （一）扩大有效需求", "  2 （二）建设现代化产业体系"),
                outline(s.body().sections(), ""), "the body's outline ends before the back matter");
        List<wengao.model.TextUnit> units = s.textUnits();
        int closing = indexOf(units, "各位代表！让我们");
        int attachment = indexOf(units, "附件");
        assertTrue(closing >= 0 && attachment > closing, "in reading order the closing comes first: " + units);
        assertEquals("s3", s.backMatter().get(0).anchor(), "anchors go on from the body's");
    }

    private static int indexOf(List<wengao.model.TextUnit> units, String start) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).text().startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aGlossaryEntryWhoseTermOpensWithADigitIsAnEntryWhereTheNumberingExpectsIt() {
        Speech s = parse(REPORT + "名词解释\n1.“两重”：国家重大战略实施和重点领域安全能力建设。\n2.“两新”：大规模设备更新和消费品以旧换新。\n"
                + "3．10种有色金属：铜、铅、锌、镍、锡、锑、铝、镁、硅、钛。\n4.“四级三类”：省、州、县、乡四级，总体规划、详细规划和专项规划三类。\n"
                + "6．5G基站：第五代移动通信基站。\n");
        assertEquals(List.of("1 名词解释", "  2 1.“两重”", "  2 2.“两新”", "  2 3．10种有色金属", "  2 4.“四级三类”"), backMatter(s),
                "3．10 could read as a number; the entry the numbering expects is an entry, 6．5G after 4 is not");
        assertEquals(List.of("铜、铅、锌、镍、锡、锑、铝、镁、硅、钛。"),
                s.backMatter().get(0).sections().get(2).paragraphs().stream().map(wengao.model.Paragraph::text).toList());
    }

    @Test
    void inMarkdownAnAttachmentsHeadingIsBackMatterToo() {
        Speech s = MarkdownSpeechParser.parse(new SourceFile("r.md", "# 在全县工作会议上的讲话\n\n同志们：\n\n" + PARAGRAPH + "\n## 一、总结成绩\n\n"
                + PARAGRAPH + "\n同志们，让我们以更加坚定的决心做好今年各项工作！\n\n## 附件\n\n### 一、重点任务清单\n\n" + PARAGRAPH, "UTF-8")).speech();
        assertEquals(List.of("1 一、总结成绩", "1 附件", "  2 一、重点任务清单"), outline(s));
        assertEquals(1, s.closing().size(), "the closing before it is found");
    }

    @Test
    void theMarkerFormsPortalsPrint() {
        assertEquals(List.of("1 名词解释", "  2 1.“两重”"),
                backMatter(parse(REPORT + "名词解释\n1.“两重”：国家重大战略实施和重点领域安全能力建设。\n")), "a glossary alone");
        assertEquals(List.of("1 附件　《政府工作报告》有关内容名词注释", "  2 1.“2030启航计划”"),
                backMatter(parse(REPORT + "附件\n《政府工作报告》有关内容名词注释\n1.“2030启航计划”：面向2030年及长远发展。\n")),
                "a glossary named by the report it explains, under a bare marker");
        assertEquals(List.of("1 注释"), backMatter(parse(REPORT + "注释\n［1］一降三减：\n全年火灾起数总体下降，火灾亡人数、伤人数减少。\n")),
                "注释, its notes numbered in brackets");
        assertEquals(List.of("1 附件：2026年自治区民生实事", "  2 1.通过以工代赈发放劳务报酬，带动群众就近就业增收"),
                backMatter(parse(REPORT + "附件：2026年自治区民生实事\n1.通过以工代赈发放劳务报酬，带动群众就近就业增收。\n")),
                "a title after the marker's colon");
        assertEquals(List.of("1 附：名词解释"), backMatter(parse(REPORT + "附：名词解释\n“两重”，是指国家重大战略实施和重点领域安全能力建设。\n")),
                "附：");
    }

    @Test
    void aMarkerWordInsideTheTextOrAtItsStartIsNoBackMatter() {
        Speech s = parse(REPORT.replace("（二）建设现代化产业体系\n", "（二）建设现代化产业体系\n附件：所列事项请各地认真研究，抓好落实。\n"));
        assertEquals(List.of(), backMatter(s), "a sentence after 附件： is text");
        Speech first = SpeechParser.parse(new SourceFile("r.txt", "关于某某工作的通知\n附件\n" + PARAGRAPH, "UTF-8")).speech();
        assertTrue(outline(first).stream().noneMatch(l -> l.contains("附件")), "no back matter before any text");
    }

    private static List<String> backMatter(Speech s) {
        List<String> all = outline(s);
        int start = 0;
        while (start < all.size() && !all.get(start).equals("1 二、2026年工作安排")) {
            start++;
        }
        return all.subList(Math.min(start + 3, all.size()), all.size());
    }
}
