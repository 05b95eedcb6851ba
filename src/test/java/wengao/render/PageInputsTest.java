package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.model.CoOccurrence;
import wengao.model.Mention;
import wengao.model.PassageOccurrence;
import wengao.model.Related;

/**
 * The records descriptions write by hand are described exactly as reflection describes them: a component added to
 * one of them, or two swapped, fails here instead of leaving pages taken that should be made again.
 */
class PageInputsTest {

    private static final List<Record> WRITTEN_BY_HAND = List.of(
            new Mention("si-feng", "s1", 3, "s1-p2", 4, 9, "形式主义", 0.25),
            new Mention("si-feng", "s1", 3, null, 4, 9, null, -0.0),
            new PassageOccurrence("s2", 7, "s2-1-p3", 0, 12, "全面从严治党永远在路上"),
            new PassageOccurrence("s2", 7, null, 0, 12, null),
            new Related("speeches/s3.html", "第三次会议上的讲话", 0.4375, "同论 四风"),
            new Related(null, null, Double.NaN, null),
            new CoOccurrence("ba-xiang-gui-ding", 12, 5),
            new SeeAlso.Marker("s1-p3", 3, "0.3ktw5q1m.0 1 2", 5, "3ktw5q1m"),
            new SeeAlso.Marker(null, 0, null, 0, null));

    @Test
    void recordsWrittenByHandAreDescribedAsReflectionDescribesThem() {
        for (Record r : WRITTEN_BY_HAND) {
            assertEquals(PageInputs.ofReflectively(r), PageInputs.of(r), r::toString);
        }
    }

    @Test
    void everyComponentCounts() {
        Mention m = new Mention("si-feng", "s1", 3, "s1-p2", 4, 9, "形式主义", 0.25);
        List<Mention> changed = List.of(new Mention("si-fen", "s1", 3, "s1-p2", 4, 9, "形式主义", 0.25),
                new Mention("si-feng", "s2", 3, "s1-p2", 4, 9, "形式主义", 0.25),
                new Mention("si-feng", "s1", 4, "s1-p2", 4, 9, "形式主义", 0.25),
                new Mention("si-feng", "s1", 3, "s1-p3", 4, 9, "形式主义", 0.25),
                new Mention("si-feng", "s1", 3, "s1-p2", 5, 9, "形式主义", 0.25),
                new Mention("si-feng", "s1", 3, "s1-p2", 4, 8, "形式主义", 0.25),
                new Mention("si-feng", "s1", 3, "s1-p2", 4, 9, "官僚主义", 0.25),
                new Mention("si-feng", "s1", 3, "s1-p2", 4, 9, "形式主义", 0.5));
        for (Mention other : changed) {
            assertNotEquals(PageInputs.of(m), PageInputs.of(other), other::toString);
        }
        assertEquals(PageInputs.of(m), PageInputs.of(new Mention("si-feng", "s1", 3, "s1-p2", 4, 9, "形式主义", 0.25)));
    }

    @Test
    void everyComponentOfAMarkerCounts() {
        SeeAlso.Marker m = new SeeAlso.Marker("s1-p3", 3, "0.3ktw5q1m.0 1", 5, "3ktw5q1m");
        for (SeeAlso.Marker other : List.of(new SeeAlso.Marker("s1-p4", 3, "0.3ktw5q1m.0 1", 5, "3ktw5q1m"),
                new SeeAlso.Marker("s1-p3", 4, "0.3ktw5q1m.0 1", 5, "3ktw5q1m"),
                new SeeAlso.Marker("s1-p3", 3, "0.3ktw5q1m.0 2", 5, "3ktw5q1m"),
                new SeeAlso.Marker("s1-p3", 3, "0.3ktw5q1m.0 1", 6, "3ktw5q1m"),
                new SeeAlso.Marker("s1-p3", 3, "0.3ktw5q1m.0 1", 5, "3ktw5q1n"))) {
            assertNotEquals(PageInputs.of(m), PageInputs.of(other), other::toString);
            assertNotEquals(m.shown(), other.shown(), "a marker shows each of its components");
        }
        assertEquals(PageInputs.of(m), PageInputs.of(new SeeAlso.Marker("s1-p3", 3, "0.3ktw5q1m.0 1", 5, "3ktw5q1m")));
    }
}
