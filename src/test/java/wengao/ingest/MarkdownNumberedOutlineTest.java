package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.model.Section;
import wengao.model.SourceFile;
import wengao.model.Speech;

/** A Markdown speech without {@code ##} headings, its outline numbered as in plain text (a converted Word file). */
class MarkdownNumberedOutlineTest {

    private static Speech parse(String text) {
        return MarkdownSpeechParser.parse(new SourceFile("a.md", text, "UTF-8")).speech();
    }

    private static List<String> headings(Speech s) {
        return s.body().sections().stream().map(x -> x.label() + x.title()).toList();
    }

    @Test
    void numberedLinesAloneAreTheOutline() {
        Speech s = parse("# 在会议上的讲话\n\n同志们：\n\n一、提高认识\n\n要认真学习。\n\n（一）学深悟透\n\n二、压实责任\n\n落实。\n");
        assertEquals(List.of("一、提高认识", "二、压实责任"), headings(s));
        assertEquals(List.of("（一）学深悟透"), s.body().sections().get(0).sections().stream().map(x -> x.label() + x.title()).toList());
    }

    @Test
    void aHeadingInsideAParagraphOfSoftBreaksStandsApart() {
        Speech s = parse("# 在会议上的讲话\n今天召开会议。\n一、充分认识重要意义\n专家委员会是智库。\n二、扎实做好工作\n希望多提意见。\n");
        assertEquals(List.of("一、充分认识重要意义", "二、扎实做好工作"), headings(s));
        Section first = s.body().sections().get(0);
        assertEquals("专家委员会是智库。", first.paragraphs().get(0).text());
        assertTrue(first.paragraphs().get(0).html().contains("专家委员会是智库。"));
        assertEquals("今天召开会议。", s.body().paragraphs().get(0).text());
    }

    @Test
    void markupInALineOrHeadingsOfTheAuthorsOwnLeaveItAsItIs() {
        assertEquals(List.of(), headings(parse("# 讲话\n\n二、**压实**责任\n\n落实。\n")), "emphasis: its text is not its source");
        Speech own = parse("# 讲话\n\n## 一、提高认识\n\n二、这一行是正文\n\n落实。\n");
        assertEquals(List.of("一、提高认识"), headings(own), "an author who writes ## marks the outline with it");
    }

    @Test
    void htmlInTheSplitParagraphsIsStillEscaped() {
        Speech s = parse("# 讲话\n一、提高认识\n要<script>alert(1)</script>学习。\n");
        String html = s.body().sections().get(0).paragraphs().get(0).html();
        assertTrue(html.contains("&lt;script&gt;") && !html.contains("<script>"), html);
    }
}
