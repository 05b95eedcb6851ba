package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.model.DroppedLine;
import wengao.model.SourceFile;
import wengao.model.Speech;

/** The repeat rule on inline mini-corpora: what a scrape repeats goes, what a speaker repeats stays. */
class RepeatedRunsTest {

    private static final String LONG = "我们要坚持以人民为中心的发展思想，把人民对美好生活的向往作为奋斗目标，"
            + "着力解决好人民群众急难愁盼问题，".repeat(12) + "让改革发展成果更多更公平惠及全体人民。";

    private static Speech parse(String text) {
        return SpeechParser.parse(new SourceFile("t.txt", text, "UTF-8")).speech();
    }

    private static List<Integer> repeatedLines(Speech s) {
        return s.dropped().stream().filter(d -> d.reason().equals(RepeatedRuns.REPEATED)).map(DroppedLine::line).toList();
    }

    private static String page(Speech s) {
        return SpeechText.kept(s);
    }

    @Test
    void aShortSentenceSaidTwiceStaysTwice() {
        Speech s = parse("在全市工作会议上的讲话\n同志们：\n我们要抓落实。\n今年任务很重。\n我们要抓落实。\n今年任务很重。\n谢谢大家。\n");
        assertEquals(List.of(), repeatedLines(s));
        assertEquals(2, page(s).split("我们要抓落实", -1).length - 1);
    }

    @Test
    void aRunOfThreeParagraphsRepeatedIsDropped() {
        Speech s = parse("在全市工作会议上的讲话\n同志们：\n第一段。\n第二段。\n第三段。\n第四段。\n第一段。\n第二段。\n第三段。\n");
        assertEquals(List.of(7, 8, 9), repeatedLines(s));
        assertTrue(page(s).endsWith("第一段。第二段。第三段。第四段。"), page(s));
    }

    @Test
    void twoShortParagraphsRepeatedStay() {
        Speech s = parse("讲话\n同志们：\n第一段。\n第二段。\n第三段。\n第一段。\n第二段。\n");
        assertEquals(List.of(), repeatedLines(s));
    }

    @Test
    void oneLongParagraphRepeatedIsDroppedAShorterOneIsNot() {
        String shorter = LONG.substring(0, 199);
        assertEquals(199, shorter.codePointCount(0, shorter.length()));
        Speech s = parse("讲话\n同志们：\n" + LONG + "\n中间一段。\n" + LONG + "\n" + shorter + "\n另一段。\n" + shorter + "\n");
        assertEquals(List.of(5), repeatedLines(s));
    }

    @Test
    void aRepeatIsExactUpToWhitespaceOnly() {
        Speech s = parse("讲话\n同志们：\n　　第一段。\n第二段。\n第三段。\n\u00a0\u00a0第一段。\n第 二段。\n第三段。\n"
                + "第一段。\n第二段。\n第三段！\n");
        assertEquals(List.of(6, 7, 8), repeatedLines(s), "indentation and spaces differ: a repeat");
        assertTrue(page(s).endsWith("第一段。第二段。第三段。第一段。第二段。第三段！"), "one character differs: not a repeat");
    }

    @Test
    void aPartlyRepeatedRunLosesOnlyTheRepeatedPart() {
        Speech s = parse("讲话\n同志们：\n甲。\n乙。\n丙。\n丁。\n戊。\n丙。\n丁。\n戊。\n己。\n庚。\n");
        assertEquals(List.of(8, 9, 10), repeatedLines(s));
        assertTrue(page(s).endsWith("甲。乙。丙。丁。戊。己。庚。"), page(s));
    }

    @Test
    void theLongestRepeatWinsAndOverlappingCopiesCount() {
        // 甲乙丙丁 then 乙丙丁 (a repeat of a part) then 甲乙丙丁戊 (a longer repeat that starts inside nothing kept)
        Speech s = parse("讲话\n同志们：\n甲。\n乙。\n丙。\n丁。\n乙。\n丙。\n丁。\n甲。\n乙。\n丙。\n丁。\n戊。\n");
        assertEquals(List.of(7, 8, 9, 10, 11, 12, 13), repeatedLines(s));
        assertTrue(page(s).endsWith("甲。乙。丙。丁。戊。"), page(s));
    }

    @Test
    void aLineRepeatedTwelveTimesIsShownOnce() {
        Speech s = parse("在全省工作会议上的讲话\n同志们：\n正文一段。\n正文二段。\n" + "网站地图　联系我们\n".repeat(12));
        assertEquals(1, page(s).split("网站地图联系我们", -1).length - 1, page(s));
        assertEquals(11, repeatedLines(s).size());
    }

    @Test
    void aRepeatedNavigationLineAtTheEdgesIsNeverTheTitle() {
        String nav = "当前位置： 首页>> 中国概况\n";
        Speech s = parse(nav.repeat(12) + "\n2012年国务院政府工作报告\n各位代表：\n正文一段。\n正文二段。\n" + nav.repeat(12));
        assertEquals("2012年国务院政府工作报告", s.title());
        assertEquals(List.of(), s.preamble());
        assertTrue(!page(s).contains("当前位置"), page(s));
        assertEquals(24, s.dropped().stream().filter(d -> d.reason().equals(Boilerplate.NAVIGATION)).count());
    }

    @Test
    void aWholeReportRepeatedWithItsTitleBlockIsShownOnce() {
        String report = "政府工作报告\n——2012年3月5日在第十一届全国人民代表大会第五次会议上\n国务院总理 温家宝\n各位代表：\n"
                + "一、过去一年工作回顾\n过去一年成绩显著。\n二、今年主要任务\n今年要稳中求进。\n各位代表！让我们团结奋斗。\n";
        Speech s = parse(report + "\n" + report + report);
        assertEquals("政府工作报告", s.title());
        assertEquals(List.of("——2012年3月5日在第十一届全国人民代表大会第五次会议上", "国务院总理 温家宝"), s.titleLines());
        assertEquals(2, s.body().sections().size());
        assertEquals(18, repeatedLines(s).size());
        assertEquals(List.of(11), repeatedLines(s).subList(0, 1), "the title of the second copy is a repeat too");
    }
}
