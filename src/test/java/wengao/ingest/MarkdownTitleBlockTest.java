package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.model.SourceFile;
import wengao.model.Speech;

/** The title block under a Markdown speech's {@code #} title, as a converted Word document has it. */
class MarkdownTitleBlockTest {

    private static Speech parse(String text) {
        return MarkdownSpeechParser.parse(new SourceFile("a.md", text, "UTF-8")).speech();
    }

    @Test
    void theSpeakerDateAndSubtitleUnderTheTitleAreItsTitleBlock() {
        Speech s = parse("# 坚持不懈抓好作风建设\n\n——在全县警示教育大会上的讲话\n\n县委书记 李四\n\n（2024年1月15日）\n\n同志们：\n\n今天召开全县警示教育大会。\n");
        assertEquals(List.of("——在全县警示教育大会上的讲话", "县委书记 李四", "（2024年1月15日）"), s.titleLines());
        assertEquals("2024-01-15", s.date().iso());
        assertEquals("县委书记 李四", s.speaker());
        assertEquals("全县警示教育大会", s.venue());
        assertEquals("同志们：", s.salutation());
        assertEquals("今天召开全县警示教育大会。", s.body().paragraphs().get(0).text());
    }

    @Test
    void frontMatterWinsAndTheBodyStaysTheBody() {
        Speech s = parse("---\ndate: 2024-02-01\nspeaker: 市委书记 王五\n---\n# 在全市组织工作会议上的讲话\n\n（2024年1月15日）\n\n"
                + "今天召开会议。\n\n（一）提高站位\n");
        assertEquals("2024-02-01", s.date().iso());
        assertEquals("市委书记 王五", s.speaker());
        assertEquals("今天召开会议。", s.body().paragraphs().get(0).text());
        Speech none = parse("# 在会议上的讲话\n\n今天召开会议，**李四**同志作了发言。\n");
        assertEquals(List.of(), none.titleLines());
        assertNull(none.speaker());
    }
}
