package wengao.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Widening a matched span to whole clauses: a token table of where spans end up. */
class ClauseSpanTest {

    private static String widened(String text, String match) {
        int start = text.indexOf(match);
        long span = ClauseSpan.widen(text, start, start + match.length());
        return text.substring(ClauseSpan.start(span), ClauseSpan.end(span));
    }

    @Test
    void reachesAClauseBoundaryAFewCharactersAway() {
        assertEquals("切实做到真管真严、敢管敢严、长管长严", widened("必须坚定不移，切实做到真管真严、敢管敢严、长管长严。一是", "做到真管真严、敢管敢严、长管长严"));
        assertEquals("以习近平思想为指导", widened("思路是：以习近平思想为指导，深入落实", "习近平思想为指"));
        assertEquals("全面贯彻党的二十大精神", widened("全面贯彻党的二十大精神", "贯彻党的二十大精神"));
    }

    @Test
    void staysWhereTheBoundaryIsFarOrTheEndsArePunctuation() {
        assertEquals("五六七八九十", widened("一二三四五六七八九十甲乙丙丁", "五六七八九十"));
        assertEquals("教育百遍不如问责一次", widened("机制。“教育百遍不如问责一次”。要严肃", "“教育百遍不如问责一次”"));
    }
}
