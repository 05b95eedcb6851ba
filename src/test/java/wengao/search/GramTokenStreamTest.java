package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The token table of the trigram stream, in the manner of Lucene's BaseTokenStreamTestCase: normalized text in, every
 * token with its position out. "_" stands for the padding character.
 */
class GramTokenStreamTest {

    /** Each token as {@code position:term}, the position counted from its increments. */
    static List<String> tokens(String normalized) throws IOException {
        List<String> out = new ArrayList<>();
        try (GramTokenStream stream = new GramTokenStream(normalized)) {
            CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.getAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(position + ":" + term.toString().replace(Fields.PAD, '_'));
            }
            stream.end();
        }
        return out;
    }

    @Test
    void oneTrigramPerCharacterOffsetThePaddedTailIncluded() throws IOException {
        Object[][] table = {
                {"", List.of()},
                {"廉", List.of("0:廉__")},
                {"四风", List.of("0:四风_", "1:风__")},
                {"酒杯一端", List.of("0:酒杯一", "1:杯一端", "2:一端_", "3:端__")},
                {"5g时代", List.of("0:5g时", "1:g时代", "2:时代_", "3:代__")},
                // A character outside the basic plane is one character of a trigram, never half of one.
                {"𠮷野家", List.of("0:𠮷野家", "1:野家_", "2:家__")},
                {"a𠮷", List.of("0:a𠮷_", "1:𠮷__")},
        };
        for (Object[] row : table) {
            assertEquals(row[1], tokens((String) row[0]), (String) row[0]);
        }
    }

    @Test
    void aResetStreamStartsAgain() throws IOException {
        try (GramTokenStream stream = new GramTokenStream("三会一课")) {
            CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
            for (int round = 0; round < 2; round++) {
                stream.reset();
                List<String> terms = new ArrayList<>();
                while (stream.incrementToken()) {
                    terms.add(term.toString().replace(Fields.PAD, '_'));
                }
                stream.end();
                assertEquals(List.of("三会一", "会一课", "一课_", "课__"), terms, "round " + round);
            }
        }
    }
}
