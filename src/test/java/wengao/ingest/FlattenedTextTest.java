package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.TestFiles;
import wengao.model.Problem;
import wengao.model.Severity;

/** Rebuilding the paragraphs of text scraped onto one line, on inline texts in the forms the real ones take. */
class FlattenedTextTest {

    /** A sentence of about 50 characters, numbered so that every sentence of a test text differs. */
    private static String sentence(int n) {
        return "各级党组织要认真贯彻落实党中央决策部署，切实把各项工作抓实抓细抓出成效，确保各项任务落到实处，这是第" + n + "句。";
    }

    private static String sentences(int from, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            out.append(sentence(i));
        }
        return out.toString();
    }

    private static List<String> paragraphs(String text) {
        List<String> out = ParagraphCuts.paragraphs(text).stream().map(SourceLine::trim).toList();
        assertEquals(TestFiles.withoutSpace(text), TestFiles.withoutSpace(String.join("", out)), "every character is kept, in order");
        return out;
    }

    @Test
    void theTitleBlockComesApartIntoItsLines() {
        String text = "携手共建美好家园 共创美好未来——在某某合作论坛上的讲话（2020年11月10日，北京）某某国主席 张三"
                + "尊敬的各位来宾，女士们，先生们：很高兴同大家见面。" + sentences(1, 6);
        List<String> p = paragraphs(text);
        assertEquals(List.of("携手共建美好家园 共创美好未来", "——在某某合作论坛上的讲话", "（2020年11月10日，北京）", "某某国主席 张三",
                "尊敬的各位来宾，女士们，先生们："), p.subList(0, 5));
        assertTrue(p.get(5).startsWith("很高兴同大家见面。"), p.get(5));
    }

    @Test
    void aSpeakerRunIntoTheDatedLeadUnderTheDateLineIsItsOwnLine() {
        String text = "在某某表彰大会上的讲话（2020年9月8日）张三2020年9月8日，某某表彰大会在北京隆重举行。张三在大会上发表重要讲话。同志们：" + sentences(1, 8);
        List<String> p = paragraphs(text);
        assertEquals(List.of("在某某表彰大会上的讲话", "（2020年9月8日）", "张三"), p.subList(0, 3));
        assertTrue(p.get(3).startsWith("2020年9月8日，某某表彰大会"), p.get(3));
        assertTrue(paragraphs("在某某座谈会上的讲话（2018年2月12日）张三党的十八大以后，" + sentences(1, 8)).get(2).startsWith("张三党的十八大以后，"),
                "a name run into the text with nothing after it to end it stays where it is");
    }

    @Test
    void aPhotoCaptionOpeningTheHeadAndASpeakerRunIntoTheSalutationComeApart() {
        String text = "3月5日，张三代表国务院在大会上作《政府工作报告》。\u00a0新华社记者李四摄\u00a0新华社北京3月14日电政府工作报告"
                + "——2014年3月5日在第十二届全国人民代表大会第二次会议上国务院总理\u00a0张三各位代表：现在，我代表国务院，向大会作政府工作报告。" + sentences(1, 8);
        List<String> p = paragraphs(text);
        assertEquals(List.of("3月5日，张三代表国务院在大会上作《政府工作报告》。\u00a0新华社记者李四摄", "新华社北京3月14日电", "政府工作报告",
                "——2014年3月5日在第十二届全国人民代表大会第二次会议上", "国务院总理\u00a0张三", "各位代表："), p.subList(0, 6));
    }

    @Test
    void aLetterLosesItsGenreWordAndSalutationToLinesOfTheirOwn() {
        List<String> p = paragraphs("回信某某大学的同学们：你们好！来信收到了。" + sentences(1, 8));
        assertEquals(List.of("回信", "某某大学的同学们："), p.subList(0, 2));
        assertTrue(p.get(2).startsWith("你们好！来信收到了。"), "a greeting opens the first paragraph");
    }

    @Test
    void anAuthorSignatureNamedInTheClosingNoteIsItsOwnLine() {
        String text = "坚持不懈推进改革 不断开创工作新局面※张三今天，我们召开这次会议。" + sentences(1, 8)
                + "※这是张三同志2020年6月2日在某某会议上的讲话。";
        List<String> p = paragraphs(text);
        assertEquals(List.of("坚持不懈推进改革 不断开创工作新局面", "※张三"), p.subList(0, 2));
        assertTrue(p.get(2).startsWith("今天，我们召开这次会议。"));
        assertTrue(p.get(p.size() - 1).startsWith("※这是张三同志"), "the closing note stands apart");
    }

    @Test
    void indentsAreTheParagraphBreaksWhereTheyArePresent() {
        String text = "同志们：　　" + sentence(1) + sentence(2) + "　　" + sentence(3) + "　　" + sentence(4) + sentence(5) + sentence(6)
                + sentence(7) + "　　第一，" + sentence(8);
        List<String> p = paragraphs(text);
        assertEquals(5, p.size(), p::toString);
        assertEquals(sentence(3), p.get(2));
        assertEquals(sentence(4) + sentence(5) + sentence(6) + sentence(7), p.get(3), "an indented paragraph is not split further");
    }

    @Test
    void headingsPointsAndTheClosingOpenParagraphsAtSentenceEnds() {
        String text = "今天，我讲几点意见。" + sentence(1) + "一、充分认识重大意义" + sentences(2, 2) + "第一，要提高政治站位。" + sentences(4, 2)
                + "第二，要压实工作责任。" + sentences(6, 2) + "二、扎实推进重点工作" + sentences(8, 2) + "——坚持人民至上。" + sentence(10)
                + "——坚持改革创新。" + sentence(11) + "同志们！" + sentence(12) + "谢谢大家。";
        List<String> p = paragraphs(text);
        assertEquals(List.of("今天，我讲几点意见。" + sentence(1), "一、充分认识重大意义" + sentences(2, 2), "第一，要提高政治站位。" + sentences(4, 2),
                "第二，要压实工作责任。" + sentences(6, 2), "二、扎实推进重点工作" + sentences(8, 2), "——坚持人民至上。" + sentence(10),
                "——坚持改革创新。" + sentence(11), "同志们！" + sentence(12), "谢谢大家。"), p);
    }

    @Test
    void pointsCloseTogetherStayInTheirParagraph() {
        String points = "主要有以下几个方面。一是充分总结经验。二是深化形势分析。三是丰富指导思想。";
        List<String> p = paragraphs(sentence(1) + points + "第一，" + sentences(2, 2) + "第二，" + sentences(4, 2));
        assertEquals(sentence(1) + points, p.get(0));
        assertTrue(p.get(1).startsWith("第一，") && p.get(2).startsWith("第二，"), p::toString);
    }

    @Test
    void aPointAfterAColonOpensAParagraph() {
        List<String> p = paragraphs(sentence(1) + "我提出以下建议：第一，" + sentences(2, 2) + "第二，" + sentences(4, 2));
        assertEquals(sentence(1) + "我提出以下建议：", p.get(0));
        assertEquals(3, p.size());
    }

    @Test
    void longRunsWithoutOpenersAreSplitEvenlyAtSentenceEnds() {
        List<String> p = paragraphs(sentences(1, 30));
        assertTrue(p.size() >= 5, p::toString);
        for (String para : p) {
            assertTrue(para.length() >= 150 && para.length() <= ParagraphCuts.MAX_RUN, para.length() + ": " + para);
            assertTrue(para.endsWith("。"), para);
        }
    }

    @Test
    void aSentenceInsideQuotationMarksEndsNoParagraph() {
        String quoted = "“" + sentences(1, 12) + "”";
        List<String> p = paragraphs("我们常说：" + quoted + sentences(20, 2));
        assertTrue(p.get(0).contains(quoted), p::toString);
    }

    @Test
    void aPhotoCaptionStandsBetweenTheParagraphsItInterrupts() {
        String caption = "2020年2月10日，某某同志在北京调研指导工作。这是某某同志在社区了解情况。 新华社记者 张三/摄";
        List<String> p = paragraphs(sentences(1, 3) + "第二，" + sentences(4, 2) + caption + "第三，" + sentences(6, 2) + "第四，" + sentence(9));
        assertTrue(p.contains(caption), p::toString);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("第三，")), p::toString);
    }

    @Test
    void sourceNotesAreLinesOfTheirOwn() {
        List<String> p = paragraphs(sentences(1, 4) + "（2020年2月5日在某某会议上的讲话）" + sentences(5, 4) + "（新华社北京11月3日电）");
        assertTrue(p.contains("（2020年2月5日在某某会议上的讲话）"), p::toString);
        assertEquals("（新华社北京11月3日电）", p.get(p.size() - 1));
    }

    @Test
    void onlyLinesLongerThanParagraphsOrHoldingTheWholeFileAreFlattened() {
        String para = sentences(1, 8);
        assertTrue(para.length() >= 400 && para.length() < FlattenedText.LONG_LINE);
        assertFalse(FlattenedText.isFlattened(para, para.length() * 4), "a long paragraph among others");
        assertTrue(FlattenedText.isFlattened(para, para.length() + 20), "the whole file on one line");
        assertTrue(FlattenedText.isFlattened(sentences(1, 32), 100_000), "longer than any paragraph");
        assertTrue(FlattenedText.isFlattened(sentences(1, 3) + "　　" + sentences(4, 2), 100_000), "an indent inside the line");
        assertFalse(FlattenedText.isFlattened("　　" + sentences(1, 5), 100_000), "an indent at the start is indentation");
    }

    @Test
    void rebuiltLinesKeepTheirLineNumberAndEditorsGetANote() {
        List<SourceLine> lines = List.of(new SourceLine(3, sentences(1, 32), sentences(1, 32)));
        FlattenedText.Result r = FlattenedText.rebuild("a/b.txt", lines);
        assertTrue(r.lines().size() > 4);
        assertTrue(r.lines().stream().allMatch(l -> l.number() == 3));
        Problem note = r.notes().get(0);
        assertEquals(Severity.NOTE, note.severity());
        assertEquals("a/b.txt:3: note: flattened text (no line breaks): rebuilt into " + r.lines().size() + " paragraphs", note.format());
    }

    @Test
    void ordinaryLinesPassThroughUntouched() {
        List<SourceLine> lines = SourceLine.split("在会上的讲话\n同志们：\n" + sentences(1, 4) + "\n" + sentences(5, 4) + "\n", 1);
        FlattenedText.Result r = FlattenedText.rebuild("x.txt", lines);
        assertEquals(lines, r.lines());
        assertTrue(r.notes().isEmpty());
    }
}
