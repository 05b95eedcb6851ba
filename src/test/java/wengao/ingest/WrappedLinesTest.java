package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.model.Paragraph;
import wengao.model.Problem;
import wengao.model.Section;
import wengao.model.SourceFile;
import wengao.model.Speech;

/**
 * Text copied out of a PDF, broken at the page's width, on small inline texts; the 40 news-site speeches broken
 * so are {@link SpeechVariantsTest}'s "wrapped" variant.
 */
class WrappedLinesTest {

    /** A report as a PDF prints it: 28 characters a line, no mark where a paragraph starts. */
    private static final String WRAPPED = String.join("\n",
            "在全市安全生产工作会议上的讲话",
            "市长 王五",
            "同志们：",
            "今天，我们召开全市安全生产工作会议，主要任务是深入贯彻",
            "落实党中央、国务院和省委、省政府关于安全生产工作的决策部",
            "署，总结去年工作，部署今年任务，动员全市上下进一步统一思",
            "想、提高认识，坚决守住安全生产底线。",
            "一、充分认识做好安全生产工作的重要性和紧迫性，切实增强责",
            "任感",
            "安全生产事关人民群众生命财产安全，事关改革发展稳定大局，",
            "各级各部门要切实增强责任感和紧迫感，坚决守住安全底线，确",
            "保不发生重特大事故。",
            "二、突出重点，扎实推进安全生产各项工作，全力防范化解重大",
            "风险",
            "（一）强化责任落实。要严格落实党政同责、一岗双责、齐抓共",
            "管、失职追责，层层压实各方面责任，确保责任落实到岗到人。",
            "— 2 —",
            "（二）深化专项整治。要聚焦重点行业领域，深入开展安全生产",
            "专项整治行动，坚决遏制重特大事故发生，切实保障人民群众生",
            "命财产安全。") + "\n";

    private static Speech parse(String name, String text) {
        return SpeechParser.parse(new SourceFile(name, text, "UTF-8")).speech();
    }

    @Test
    void linesBrokenAtThePagesWidthAreOneParagraphAgain() {
        ParsedSpeech parsed = SpeechParser.parse(new SourceFile("w.txt", WRAPPED, "UTF-8"));
        Speech s = parsed.speech();
        assertEquals("在全市安全生产工作会议上的讲话", s.title());
        assertEquals("市长 王五", s.speaker());
        assertEquals(List.of("今天，我们召开全市安全生产工作会议，主要任务是深入贯彻落实党中央、国务院和省委、省政府关于安全生产工作的决策部署，"
                + "总结去年工作，部署今年任务，动员全市上下进一步统一思想、提高认识，坚决守住安全生产底线。"), texts(s.body().paragraphs()));
        List<Section> headings = s.body().sections();
        assertEquals("充分认识做好安全生产工作的重要性和紧迫性，切实增强责任感", headings.get(0).title(),
                "a heading broken at the width is whole, and its body stands apart");
        assertEquals(List.of("安全生产事关人民群众生命财产安全，事关改革发展稳定大局，各级各部门要切实增强责任感和紧迫感，坚决守住安全底线，确保不发生重特大事故。"),
                texts(headings.get(0).paragraphs()));
        assertEquals("突出重点，扎实推进安全生产各项工作，全力防范化解重大风险", headings.get(1).title());
        assertEquals(List.of("强化责任落实", "深化专项整治"), headings.get(1).sections().stream().map(Section::title).toList());
        assertTrue(s.dropped().stream().anyMatch(d -> d.text().equals("— 2 —") && d.reason().equals(Boilerplate.PAGE_NUMBER)),
                "the page's number is dropped: " + s.dropped());
        assertTrue(parsed.problems().stream().map(Problem::format).anyMatch(p -> p.matches("w\\.txt:1: note: hard-wrapped text .*")),
                parsed.problems()::toString);
    }

    @Test
    void aTextWrittenOneParagraphALineIsLeftAsItIs() {
        String items = String.join("\n",
                "在全市工作会议上的讲话", "同志们：",
                "一、提高政治站位", "二、压实工作责任", "三、加强统筹协调", "四、强化督查考核", "五、营造良好氛围",
                "今天的会议开得很好，大家讲得都很实在，我完全同意，希望大家回去以后认真抓好落实，确保各项工作取得实效，推动全市经济社会高质量发展，"
                        + "为建设社会主义现代化国家作出新的更大贡献，奋力谱写新时代高质量发展新篇章。",
                "我们要坚持以人民为中心的发展思想，不断增进民生福祉");
        assertEquals(0, WrappedLines.width(SourceLine.split(items, 1)));
        Speech s = parse("o.txt", items + "\n");
        assertEquals(5, s.body().sections().size());
    }

    @Test
    void aFullLineThatEndsASentenceRunsOnOnlyWhereParagraphsAreMarked() {
        String line = "我们要坚持以人民为中心的发展思想，不断增进民生福祉，让改";
        StringBuilder marked = new StringBuilder("在会议上的讲话\n同志们：\n\n");
        String ordinals = "甲乙丙丁戊己";
        for (int i = 0; i < 6; i++) {
            // six paragraphs of one shape, told apart by a character (the same one six times would be a repeat)
            char n = ordinals.charAt(i);
            marked.append("　　").append(n).append(line.substring(3)).append('\n')
                    .append(n).append("展成果更多更公平惠及全体人民，推动共同富裕取得新进展。\n")
                    .append(n).append("体人民的获得感、幸福感、安全感更加充实。\n\n");
        }
        Speech s = parse("m.txt", marked.toString());
        assertEquals(6, s.body().paragraphs().size(), () -> texts(s.body().paragraphs()).toString());
        assertNull(s.date());
    }

    @Test
    void widthsAreCountedInCells() {
        assertEquals(6, WrappedLines.cells(new SourceLine(1, "三个字", "三个字")));
        assertEquals(6, WrappedLines.cells(new SourceLine(1, "2024年　", "2024年")), "a Latin digit is one cell, a trailing space none");
        assertEquals(10, WrappedLines.cells(new SourceLine(1, "　　2024年", "2024年")), "an indent is part of the line's width");
        assertTrue(WrappedLines.stopsMidSentence("深入贯彻"));
        assertTrue(!WrappedLines.stopsMidSentence("坚决守住底线。”"));
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        List<String> out = new ArrayList<>();
        paragraphs.forEach(p -> out.add(p.text()));
        return out;
    }
}
