package wengao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}
