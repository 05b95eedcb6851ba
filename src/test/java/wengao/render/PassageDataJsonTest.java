package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;

/** data/passages.json is taken from the last build only when everything it is written from is the same. */
class PassageDataJsonTest {

    private static PassageMap map(String text, int speeches, String slug, String anchor, String at, boolean variant,
                                  boolean stock) {
        return new PassageMap(List.of(new SharedPassage(text, text, speeches, List.of(
                new PassageOccurrence(slug, 3, anchor, 0, at.length(), at),
                new PassageOccurrence("b", 1, "s1-p1", 0, text.length(), text)), variant, stock)));
    }

    @Test
    void everyFieldTheFileHoldsChangesItsInputs() {
        PassageMap base = map("全面从严治党永远在路上", 2, "a", "s1-p2", "全面从严治党永远在路上", false, false);
        List<PassageMap> changed = List.of(
                map("全面从严治党永远在路上。", 2, "a", "s1-p2", "全面从严治党永远在路上", false, false),
                map("全面从严治党永远在路上", 3, "a", "s1-p2", "全面从严治党永远在路上", false, false),
                map("全面从严治党永远在路上", 2, "c", "s1-p2", "全面从严治党永远在路上", false, false),
                map("全面从严治党永远在路上", 2, "a", "s1-p3", "全面从严治党永远在路上", false, false),
                map("全面从严治党永远在路上", 2, "a", "s1-p2", "全面从严治党，永远在路上", false, false),
                map("全面从严治党永远在路上", 2, "a", "s1-p2", "全面从严治党永远在路上", true, false),
                map("全面从严治党永远在路上", 2, "a", "s1-p2", "全面从严治党永远在路上", false, true),
                PassageMap.EMPTY);
        Set<String> seen = new HashSet<>();
        seen.add(PassageDataJson.inputs(base));
        for (PassageMap m : changed) {
            String json = new String(PassageDataJson.of(m, MadeFiles.IN_MEMORY).content(), StandardCharsets.UTF_8);
            assertNotEquals(new String(PassageDataJson.of(base, MadeFiles.IN_MEMORY).content(), StandardCharsets.UTF_8), json);
            assertEquals(true, seen.add(PassageDataJson.inputs(m)), "inputs tell apart " + json);
        }
        assertEquals(PassageDataJson.inputs(base),
                PassageDataJson.inputs(map("全面从严治党永远在路上", 2, "a", "s1-p2", "全面从严治党永远在路上", false, false)));
    }
}
