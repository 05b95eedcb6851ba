package wengao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesValuesInOrderAndEscapes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", "讲话\"</script>\n");
        m.put("a", Arrays.asList(1, 2.5, true, null));
        m.put("e", Map.of());
        assertEquals("{\"b\":\"讲话\\\"\\u003c/script\\u003e\\n\",\"a\":[1,2.5,true,null],\"e\":{}}", JsonWriter.compact(m));
        assertEquals("[\n  1,\n  {\n    \"k\": \"v\"\n  }\n]", JsonWriter.pretty(List.of(1, Map.of("k", "v"))));
    }

    @Test
    void escapesWhatCouldBreakAStringAFileOrAScriptElement() {
        String[][] table = {
                // input, JSON
                {"a\"b\\c", "\"a\\\"b\\\\c\""},
                {"\n\r\t", "\"\\n\\r\\t\""},
                {"\u0000\u0001\u001f\u007f", "\"\\u0000\\u0001\\u001f\u007f\""},
                {"行\u2028分\u2029段", "\"行\\u2028分\\u2029段\""},
                {"</script><!--&", "\"\\u003c/script\\u003e\\u003c!--\\u0026\""},
                {"𠮷野家", "\"𠮷野家\""},
                {"\ud842", "\"\\ud842\""},
                {"\udfb7x", "\"\\udfb7x\""},
                {"x\ud842\ud842\udfb7", "\"x\\ud842𠮷\""},
                {"", "\"\""},
                {"/ 'single' 全角：“引号”", "\"/ 'single' 全角：“引号”\""},
        };
        for (String[] row : table) {
            String json = JsonWriter.compact(row[0]);
            assertEquals(row[1], json);
            assertEquals(row[0], JsonReader.read(json), "reads back");
            assertEquals(json, new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), "survives UTF-8");
        }
    }

    @Test
    void everyCharacterIsWrittenAsTheOneByOneRuleSays() {
        // The fast path (runs copied at once, a table for ASCII) against the rule, for every UTF-16 unit alone and
        // between plain characters, in a String and in a StringBuilder.
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            boolean escaped = c < 0x20 || ch == '"' || ch == '\\' || ch == '<' || ch == '>' || ch == '&'
                    || ch == '\u2028' || ch == '\u2029' || Character.isSurrogate(ch);
            String text = "甲" + ch + "乙";
            String json = JsonWriter.compact(text);
            assertEquals(escaped, !json.equals("\"" + text + "\""), "U+" + Integer.toHexString(c));
            assertEquals(json, JsonWriter.compact(new StringBuilder(text)));
        }
    }

    @Test
    void appendsOntoWhatIsThere() {
        StringBuilder out = new StringBuilder("load(");
        JsonWriter.compact(List.of("a", 1), out);
        assertEquals("load([\"a\",1]", out.toString());
    }

    @Test
    void numbersAreWrittenAsJsonHasThem() {
        Object[][] table = {
                {0, "0"}, {-7, "-7"}, {Long.MAX_VALUE, "9223372036854775807"}, {(short) 3, "3"},
                {1.0, "1"}, {-0.0, "0"}, {2.5, "2.5"}, {0.472, "0.472"}, {1e20, "1.0E20"}, {1e-7, "1.0E-7"},
                {new BigDecimal("12.50"), "12.5"},
        };
        for (Object[] row : table) {
            assertEquals(row[1], JsonWriter.compact(row[0]), String.valueOf(row[0]));
        }
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.compact(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.compact(List.of(Double.POSITIVE_INFINITY)));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.compact(new Object()));
    }

    @Test
    void nestsObjectsAndArraysCompactAndPretty() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("url", "speeches/a.html");
        inner.put("anchors", List.of("s1-p1", "s1-p2"));
        inner.put("none", List.of());
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("mentions", List.of(inner, List.of(List.of())));
        outer.put("empty", Map.of());
        assertEquals("{\"mentions\":[{\"url\":\"speeches/a.html\",\"anchors\":[\"s1-p1\",\"s1-p2\"],\"none\":[]},[[]]],\"empty\":{}}",
                JsonWriter.compact(outer));
        assertEquals("""
                {
                  "mentions": [
                    {
                      "url": "speeches/a.html",
                      "anchors": [
                        "s1-p1",
                        "s1-p2"
                      ],
                      "none": []
                    },
                    [
                      []
                    ]
                  ],
                  "empty": {}
                }""", JsonWriter.pretty(outer));
        assertEquals(JsonReader.read(JsonWriter.compact(outer)), JsonReader.read(JsonWriter.pretty(outer)));
    }

    @Test
    void aSortedMapGivesTheSameBytesWhateverOrderItWasFilledIn() {
        Map<String, Object> a = new TreeMap<>();
        Map<String, Object> b = new TreeMap<>();
        String[] keys = {"四风", "a", "B", "一岗双责", "10", "9"};
        for (int i = 0; i < keys.length; i++) {
            a.put(keys[i], i);
            b.put(keys[keys.length - 1 - i], keys.length - 1 - i);
        }
        assertEquals(JsonWriter.compact(a), JsonWriter.compact(b));
        assertEquals("{\"10\":4,\"9\":5,\"B\":2,\"a\":1,\"一岗双责\":3,\"四风\":0}", JsonWriter.compact(a));
        // The writer keeps the caller's order; it never sorts for the caller.
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("z", 1);
        linked.put("a", 2);
        assertTrue(JsonWriter.compact(linked).startsWith("{\"z\""));
    }
}
