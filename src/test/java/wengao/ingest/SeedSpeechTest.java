package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.TestFiles;
import wengao.model.Corpus;
import wengao.model.DroppedLine;
import wengao.model.Speech;

/** Metadata and boilerplate of the seeds, checked against what each file says. */
class SeedSpeechTest {

    private static Speech seed(String name) {
        Corpus c = CorpusReader.readFile(TestFiles.seeds().resolve(name));
        assertTrue(c.problems().isEmpty(), () -> "problems: " + c.problems());
        return c.speeches().get(0);
    }

    @Test
    void advertisingHeaderIsDroppedAndReported() {
        Speech s = seed("001_0d024dd79624a196.txt");
        assertEquals("在全市党风廉政建设会议上的讲话", s.title());
        List<Integer> lines = s.dropped().stream().map(DroppedLine::line).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 7, 8, 9), lines);
        assertEquals("仅供学习 禁止外传", s.dropped().get(0).text());
        assertEquals("同志们：", s.salutation());
        assertTrue(s.preamble().isEmpty());
    }

    @Test
    void titlesDatesAndVenues() {
        Speech s0 = seed("000_e1af5873cf126479.txt");
        assertEquals("在2023年队伍廉政建设推进会上的点评讲话", s0.title());
        assertEquals(2023, s0.date().year());
        assertNull(s0.date().iso(), "only the year is stated");
        assertEquals("2023年队伍廉政建设推进会", s0.venue());

        Speech s3 = seed("003_9d6ca829133a8060.txt");
        assertEquals("2023-04-06", s3.date().iso());
        assertEquals(List.of("（2023年4月6日）"), s3.titleLines());

        Speech s1 = seed("001_0d024dd79624a196.txt");
        assertNull(s1.date(), "001 states no date");
    }

    @Test
    void closingParagraphsAreRecognised() {
        Speech s4 = seed("004_e77ce8694092053b.txt");
        assertEquals(2, s4.closing().size());
        assertTrue(s4.closing().get(0).text().startsWith("同志们，任重道远"));
        assertEquals("谢谢大家。", s4.closing().get(1).text());
        assertEquals("end-p2", s4.closing().get(1).anchor());
        assertEquals(0, seed("001_0d024dd79624a196.txt").closing().size());
    }

    @Test
    void speechWithoutHeadingsHasItsPointsAtTheTop() {
        Speech s2 = seed("002_b7abe7910e55f495.txt");
        assertEquals(3, s2.body().paragraphs().size(), "three opening paragraphs before 一要");
        assertEquals(List.of("s1", "s2", "s3"), s2.body().sections().stream().map(x -> x.anchor()).toList());
        assertEquals("s1-p1", s2.body().sections().get(0).paragraphs().get(0).anchor());
        assertEquals("s1-2", s2.body().sections().get(0).sections().get(1).anchor());
    }

    @Test
    void redactionMarksStayInTheText() {
        Speech s = seed("004_e77ce8694092053b.txt");
        assertTrue(s.body().paragraphs().get(0).text().contains("XXX还要作重要讲话"));
    }
}
