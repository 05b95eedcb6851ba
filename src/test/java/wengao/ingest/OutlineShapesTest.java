package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import wengao.model.OutlineFormat;
import wengao.model.Section;
import wengao.model.SourceFile;
import wengao.model.Speech;

/**
 * The outline shapes of the genre, on inline speeches: 第一个问题： parts, 第一部分 parts above 一、 headings,
 * 一、 headings, or 第一， points at the top; points nest under the part they follow. No real file here is in
 * parts, so these texts are written in the forms 党课 and work-meeting speeches take.
 */
class OutlineShapesTest {

    private static Speech parse(String text) {
        return SpeechParser.parse(new SourceFile("talk.txt", text, "UTF-8")).speech();
    }

    private static final String PARTS = """
            在全市党风廉政建设专题党课上的讲话
            同志们：
            今天，我围绕全面从严治党讲三个问题。
            第一个问题：深刻认识全面从严治党的重大意义
            党的十八大以来，全面从严治党取得历史性成就。
            第一，这是坚持党的领导的必然要求。我们要始终坚持党的全面领导。
            第二，这是保持党的先进性纯洁性的必然要求。一是坚定理想信念，二是严守纪律规矩。
            第二个问题：准确把握当前党风廉政建设面临的形势
            当前，反腐败斗争形势依然严峻复杂。
            第一，“四风”问题隐形变异。
            第二，基层“微腐败”仍然易发多发。
            第三个问题，关于压紧压实管党治党责任
            各级党组织要担负起主体责任。
            同志们，让我们以更加坚定的决心推进全面从严治党！
            """;

    @Test
    void questionsAreTheTopLevelAndTheirPointsNestUnderThem() {
        Speech s = parse(PARTS);
        assertEquals("""
                第一个问题：深刻认识全面从严治党的重大意义
                  第一，这是坚持党的领导的必然要求
                  第二，这是保持党的先进性纯洁性的必然要求
                    一是坚定理想信念
                    二是严守纪律规矩
                第二个问题：准确把握当前党风廉政建设面临的形势
                  第一，“四风”问题隐形变异
                  第二，基层“微腐败”仍然易发多发
                第三个问题，关于压紧压实管党治党责任
                """, OutlineFormat.of(s));
        Section first = s.body().sections().get(0);
        assertEquals(1, first.level());
        assertEquals("s1-p1", first.paragraphs().get(0).anchor());
        assertEquals(1, s.closing().size());
    }

    @Test
    void aLastCallAfterTheClosingAddressIsTheClosingsToo() {
        String report = """
                2025年某某市政府工作报告
                各位代表：
                现在，我代表市人民政府，向大会报告工作，请予审议。
                一、2024年工作回顾
                过去一年，全市经济运行稳中有进。
                各位代表！殷殷嘱托暖人心，感恩奋进再出发。让我们更加紧密团结在以习近平同志为核心的党中央周围，奋力谱写新篇章。
                """;
        Speech s = parse(report + "让我们沿着总书记指引的方向，加速跑、加油干、向前进！\n");
        assertEquals(java.util.List.of("各位代表！殷殷嘱托暖人心，感恩奋进再出发。让我们更加紧密团结在以习近平同志为核心的党中央周围，奋力谱写新篇章。",
                "让我们沿着总书记指引的方向，加速跑、加油干、向前进！"), s.closing().stream().map(wengao.model.Paragraph::text).toList());
        Speech noAddress = parse(report.replace("各位代表！殷殷", "殷殷") + "让我们沿着总书记指引的方向，加速跑、加油干、向前进！\n");
        assertEquals(java.util.List.of(), noAddress.closing(), "an exclamation alone is no closing");
    }

    @Test
    void markdownMarksPastedIntoPlainTextLeaveTheHeadingsAndTheTitle() {
        Speech s = parse("""
                **在全县工作会议上的讲话**
                县委书记 张三
                同志们：
                今天我们召开全县工作会议，主要任务是总结去年工作，部署今年任务。
                **一、充分肯定成绩**
                过去一年，我们取得了新的成绩。
                ## 二、明确重点任务
                要坚持稳中求进。
                **（一）抓好项目建设**
                项目是发展的生命线。
                对**同志的问题，要严肃处理。
                """);
        assertEquals("在全县工作会议上的讲话", s.title());
        assertEquals("""
                一、充分肯定成绩
                二、明确重点任务
                  （一）抓好项目建设
                """, OutlineFormat.of(s));
        assertEquals("对**同志的问题，要严肃处理。", s.body().sections().get(1).sections().get(0).paragraphs().get(1).text(),
                "a redaction mark stays as written");
    }

    @Test
    void partsStandAboveHeadingsWhichMoveDownALevel() {
        Speech s = parse("""
                在全县工作会议上的讲话
                同志们：
                第一部分 过去一年工作回顾
                一年来，全县经济社会发展稳中有进。
                一、经济运行稳中向好
                地区生产总值增长6%。
                （一）工业经济提质增效
                规上工业增加值增长8%。
                二、民生保障有力有效
                城乡居民收入稳步增长。
                第二部分：今年的主要任务
                一、着力扩大有效需求
                第一，抓项目促投资。第二，抓消费促升级。
                """);
        assertEquals("""
                第一部分 过去一年工作回顾
                  一、经济运行稳中向好
                    （一）工业经济提质增效
                  二、民生保障有力有效
                第二部分：今年的主要任务
                  一、着力扩大有效需求
                    第一，抓项目促投资
                    第二，抓消费促升级
                """, OutlineFormat.of(s));
        assertEquals(2, s.body().sections().get(0).sections().get(0).level());
        assertEquals(3, s.body().sections().get(0).sections().get(0).sections().get(0).level());
    }

    @Test
    void pointsAreTheTopLevelWhenNothingElseNumbersTheSpeech() {
        Speech s = parse("""
                在座谈会上的讲话
                同志们：
                下面，我讲几点意见。
                第一，坚持稳中求进。要保持战略定力。
                一要稳预期，二要稳就业。
                第二，坚持改革创新。要破除体制机制障碍。
                各位同事！我们还要在以下方面作出努力。
                第一，加强国际合作。
                第二，推动共同发展。
                """);
        assertEquals("""
                第一，坚持稳中求进
                  一要稳预期
                  二要稳就业
                第二，坚持改革创新
                第一，加强国际合作
                第二，推动共同发展
                """, OutlineFormat.of(s), "a second 第一， list stands beside the first, not inside its 第二，");
    }

    @Test
    void aFlattenedSpeechInPartsIsRebuiltToTheSameOutlineAndParagraphs() {
        // scraped onto one line, keeping 　　 where each paragraph began
        ParsedSpeech flat = SpeechParser.parse(new SourceFile("talk.txt", String.join("\u3000\u3000", PARTS.strip().split("\n")), "UTF-8"));
        Speech lines = parse(PARTS);
        assertEquals(OutlineFormat.of(lines), OutlineFormat.of(flat.speech()));
        assertEquals(lines.title(), flat.speech().title());
        assertEquals(lines.salutation(), flat.speech().salutation());
        assertEquals(SpeechText.kept(lines), SpeechText.kept(flat.speech()));
        assertEquals("talk.txt:1: note: flattened text (no line breaks): rebuilt into 14 paragraphs", flat.problems().get(0).format());
    }
}
