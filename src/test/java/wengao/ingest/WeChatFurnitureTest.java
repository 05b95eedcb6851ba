package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.model.DroppedLine;
import wengao.model.SourceFile;
import wengao.model.Speech;

/** A speech copied out of a WeChat account's article: its byline, its prompts to follow it and its credits. */
class WeChatFurnitureTest {

    private static final String SPEECH = "在全县警示教育大会上的讲话\n县委书记 李四\n同志们：\n"
            + "今天召开全县警示教育大会，目的是以案为鉴、以案明纪，推动全县党员干部知敬畏、存戒惧、守底线。\n"
            + "一、深刻汲取教训，筑牢思想防线\n案件警示我们，理想信念动摇是最危险的动摇。\n"
            + "二、严守纪律规矩，扎紧制度笼子\n在看到成绩的同时，我们也要清醒看到存在的问题。\n";

    private static Speech parse(String text) {
        return SpeechParser.parse(new SourceFile("wx.txt", text, "UTF-8")).speech();
    }

    private static String reasonOf(Speech s, String text) {
        return s.dropped().stream().filter(d -> d.text().strip().equals(text)).map(DroppedLine::reason).findFirst().orElse(null);
    }

    @Test
    void theAccountsBylinePromptsAndCreditsAreFurniture() {
        Speech s = parse("原创 某某清风 某某县纪委监委 2024-01-15 08:00 发表于浙江\n点击蓝字 关注我们\n" + SPEECH
                + "来源 | 某某县纪委监委\n编辑 | 王五\n审核丨赵六\n- END -\n往期推荐\n在全县经济工作会议上的讲话\n▼\n点个“在看”\n");
        assertEquals("在全县警示教育大会上的讲话", s.title());
        assertEquals("县委书记 李四", s.speaker());
        assertEquals(List.of(), s.preamble());
        assertEquals(Boilerplate.SOURCE, reasonOf(s, "原创 某某清风 某某县纪委监委 2024-01-15 08:00 发表于浙江"));
        assertEquals(Boilerplate.ADVERTISING, reasonOf(s, "点击蓝字 关注我们"));
        for (String credit : List.of("来源 | 某某县纪委监委", "编辑 | 王五", "审核丨赵六")) {
            assertEquals(Boilerplate.SOURCE, reasonOf(s, credit), credit);
        }
        assertEquals(Boilerplate.FURNITURE, reasonOf(s, "- END -"));
        assertEquals(Boilerplate.RELATED, reasonOf(s, "在全县经济工作会议上的讲话"), "an article listed under 往期推荐");
        assertTrue(s.textUnits().stream().anyMatch(u -> u.text().equals("在看到成绩的同时，我们也要清醒看到存在的问题。")),
                "the speech's own last sentence stays");
    }

    @Test
    void theSameWordsInsideTheSpeechStay() {
        Speech s = parse(SPEECH + "要点击关注群众反映强烈的突出问题，逐一建立台账。\n");
        assertTrue(s.dropped().isEmpty(), s.dropped().toString());
    }
}
