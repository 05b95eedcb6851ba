package wengao.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import wengao.json.JsonWriter;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;

/** JSON written as bytes is JsonWriter's JSON, encoded: the data files render writes must not change a byte. */
class JsonBytesTest {

    /** Characters of every kind the escaping tells apart: plain, escaped, markup, controls, separators, surrogates. */
    private static final char[] KINDS = {'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\u0000', '\u001f',
            '\u007f', '<', '>', '&', '\u00e9', '\u07ff', '\u0800', '中', '。', '\u2028', '\u2029', '\ufeff', '\uffff',
            '\ud83d', '\ude00', '\udbff', '\udfff', '\ud800', '\udc00'};

    private static String random(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(KINDS[random.nextInt(KINDS.length)]);
        }
        return s.toString();
    }

    @Test
    void stringsAreJsonWritersEncoded() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String s = random(random, random.nextInt(12));
            byte[] expected = JsonWriter.compact(s).getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, new JsonBytes(1).string(s).toByteArray(), () -> "for " + escapeForMessage(s));
        }
    }

    @Test
    void numbersBooleansAndRepeatsAreAsWritten() {
        JsonBytes out = new JsonBytes(1);
        out.ascii('[').number(-12).ascii(',').number(Long.MAX_VALUE).ascii(',').bool(true).ascii(',').bool(false)
                .ascii(',');
        int from = out.size();
        out.string("重复<的>文字");
        out.ascii(',').again(from, out.size() - from - 1).ascii(']');
        assertEquals(JsonWriter.compact(List.of(-12, Long.MAX_VALUE, true, false, "重复<的>文字", "重复<的>文字")),
                new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void thePassagesFileIsEachPassageAsJsonWriterWritesIt() {
        Random random = new Random(11);
        List<SharedPassage> passages = new ArrayList<>();
        // More than a block of passages, so that blocks are encoded apart and joined in order.
        for (int i = 0; i < 700; i++) {
            String text = random(random, 1 + random.nextInt(30));
            List<PassageOccurrence> occurrences = new ArrayList<>();
            for (int k = 0; k < random.nextInt(5); k++) {
                // Now the very string of the passage (as the passages stage shares it), now the same words apart.
                String at = random.nextBoolean() ? text : random.nextBoolean() ? new String(text) : random(random, 8);
                occurrences.add(new PassageOccurrence("s" + random.nextInt(50), k, "s1-p" + k, 0, at.length(), at));
            }
            passages.add(new SharedPassage(text, text, random.nextInt(9), occurrences, random.nextBoolean(),
                    random.nextBoolean()));
        }
        StringBuilder expected = new StringBuilder("[");
        String separator = "\n";
        for (SharedPassage p : passages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", p.text());
            m.put("speeches", p.speeches());
            List<Object> occurrences = new ArrayList<>();
            for (PassageOccurrence o : p.occurrences()) {
                Map<String, Object> om = new LinkedHashMap<>();
                om.put("url", o.url());
                om.put("anchor", o.anchor());
                om.put("text", o.text());
                occurrences.add(om);
            }
            m.put("occurrences", occurrences);
            m.put("variant", p.variant());
            m.put("stock", p.stock());
            expected.append(separator).append(JsonWriter.compact(m));
            separator = ",\n";
        }
        expected.append("\n]\n");
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8),
                PassageDataJson.of(new PassageMap(passages), MadeFiles.IN_MEMORY).content());
        assertEquals("[\n]\n", new String(PassageDataJson.of(PassageMap.EMPTY, MadeFiles.IN_MEMORY).content(),
                StandardCharsets.UTF_8));
    }

    private static String escapeForMessage(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
        return b.toString();
    }
}
