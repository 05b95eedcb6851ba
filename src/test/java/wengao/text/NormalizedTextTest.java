package wengao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Where each normalized character came from, held in runs, is what a character-by-character map says. */
class NormalizedTextTest {

    @Test
    void aMatchMapsBackToTheSpanOfTheSource() {
        NormalizedText n = NormalizedText.of("不敢腐、不能腐、不想腐");
        assertEquals("不敢腐不能腐不想腐", n.text());
        int at = n.text().indexOf("不能腐");
        assertEquals(4, n.sourceStart(at));
        assertEquals(7, n.sourceEnd(at + 3));
    }

    @Test
    void expandedAndWideCharactersMapToTheWholeSourceCharacter() {
        // ㍻ is two characters normalized (平成), both from the one source character; 𠀀 is a surrogate pair.
        NormalizedText n = NormalizedText.of("Ａ㍻，𠀀ﬁ①");
        assertEquals("a平成\uD840\uDC00fi1", n.text());
        assertEquals(1, n.sourceStart(1));
        assertEquals(2, n.sourceEnd(2));
        assertEquals(2, n.sourceEnd(3 - 1));
        assertEquals(3, n.sourceStart(3));
        assertEquals(5, n.sourceEnd(5));
        assertEquals(5, n.sourceStart(5));
        assertEquals(6, n.sourceEnd(7));
        assertEquals(6, n.sourceStart(7));
        assertEquals(7, n.sourceEnd(8));
    }

    @Test
    void everyCharacterMapsAsTheCharacterByCharacterMapDoes() {
        Random random = new Random(20261201);
        String[] pieces = {"要", "坚持", "，", "。", " ", "\u3000", "Ａ", "b", "C", "1", "①", "㍻", "ﬁ", "𠀀", "（", "一", "）",
            "“", "”", "e\u0301", "Ⅻ", "…", "\t", "℃", "·"};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder source = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                source.append(pieces[random.nextInt(pieces.length)]);
            }
            Reference expected = Reference.of(source.toString());
            NormalizedText actual = NormalizedText.of(source.toString());
            assertEquals(expected.text, actual.text(), source.toString());
            for (int i = 0; i < expected.text.length(); i++) {
                assertEquals(expected.starts.get(i), actual.sourceStart(i), source + " start of " + i);
                assertEquals(expected.ends.get(i), actual.sourceEnd(i + 1), source + " end of " + i);
            }
        }
    }

    @Test
    void aCharacterOutsideTheTextIsRefused() {
        NormalizedText n = NormalizedText.of("作风建设");
        assertThrows(IndexOutOfBoundsException.class, () -> n.sourceStart(4));
        assertThrows(IndexOutOfBoundsException.class, () -> NormalizedText.of("。").sourceEnd(1));
    }

    /** Each normalized character with its source span, one entry per character: the plain way to say it. */
    private record Reference(String text, List<Integer> starts, List<Integer> ends) {
        static Reference of(String source) {
            StringBuilder out = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (int i = 0; i < source.length(); ) {
                int cp = source.codePointAt(i);
                int next = i + Character.charCount(cp);
                String n = Normalizer.normalize(source.substring(i, next), Normalizer.Form.NFKC);
                for (int k = 0; k < n.length(); ) {
                    int c = n.codePointAt(k);
                    k += Character.charCount(c);
                    if (TextNormalizer.isKept(c)) {
                        for (char ch : Character.toChars(Character.toLowerCase(c))) {
                            out.append(ch);
                            starts.add(i);
                            ends.add(next);
                        }
                    }
                }
                i = next;
            }
            return new Reference(out.toString(), starts, ends);
        }
    }
}
