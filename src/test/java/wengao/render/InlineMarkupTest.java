package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text written as HTML: escaped, redaction marks marked, element ranges nested, marks found in the whole text. */
class InlineMarkupTest {

    private static final String R = "<span class=\"redacted\" title=\"原文隐去\">";

    @Test
    void marksRedactionsButNotOperatorsOrLetters() {
        assertEquals("提供7×24小时服务，做X光检查，" + R + "XX</span>市" + R + "××</span>局，5*8&lt;9",
                InlineMarkup.render("提供7×24小时服务，做X光检查，XX市××局，5*8<9", List.of()));
    }

    @Test
    void aMarkIsJudgedByTheWholeTextNotByThePieceAnElementCutsOff() {
        // alone, the piece "XX" would be a mark and the piece "×" a symbol; in their texts it is the other way round
        assertEquals("<b>MA</b>XX系列", InlineMarkup.render("MAXX系列", List.of(new InlineMarkup.Range(0, 2, "<b>", "</b>"))));
        assertEquals(R + "×</span><b>机关</b>", InlineMarkup.render("×机关", List.of(new InlineMarkup.Range(1, 3, "<b>", "</b>"))));
        String split = InlineMarkup.render("请×××同志", List.of(new InlineMarkup.Range(0, 3, "<i>", "</i>")));
        assertEquals("<i>请" + R + "××</span></i>" + R + "×</span>同志", split);
    }
}
