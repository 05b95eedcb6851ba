package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;

/** A passage's name comes from its text: the same whatever its rank, distinct from the others', stable shards. */
class PassageKeysTest {

    private static SharedPassage passage(String text, boolean variant, boolean stock) {
        PassageOccurrence o = new PassageOccurrence("a", 0, "p1", 0, text.length(), text);
        return new SharedPassage(text, text, 2, List.of(o, new PassageOccurrence("b", 0, "p1", 0, text.length(), text)),
                variant, stock);
    }

    private static List<SharedPassage> passages(int n) {
        List<SharedPassage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(passage("坚持以人民为中心的发展思想第" + i + "条", false, false));
        }
        return out;
    }

    @Test
    void aPassageKeepsItsNameAndShardWhateverItsRank() {
        List<SharedPassage> ranked = passages(300);
        PassageKeys keys = PassageKeys.of(ranked, 128);
        List<SharedPassage> reranked = new ArrayList<>(ranked);
        Collections.reverse(reranked);
        PassageKeys again = PassageKeys.of(reranked, 128);
        for (int i = 0; i < ranked.size(); i++) {
            int j = ranked.size() - 1 - i;
            assertEquals(keys.key(i), again.key(j));
            assertEquals(keys.shard(i), again.shard(j));
        }
    }

    @Test
    void namesAreDistinctAndSafeInAnchorsAndRefs() {
        PassageKeys keys = PassageKeys.of(passages(2000), 128);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String key = keys.key(i);
            assertTrue(key.matches("[0-9a-z]{8}"), key);
            assertTrue(seen.add(key), key);
        }
    }

    @Test
    void aVariantIsNamedApartFromTheExactPassageOfItsText() {
        SharedPassage exact = passage("全面从严治党永远在路上", false, false);
        SharedPassage variant = passage("全面从严治党永远在路上", true, false);
        PassageKeys keys = PassageKeys.of(List.of(exact, variant), 128);
        assertNotEquals(keys.key(0), keys.key(1));
    }

    @Test
    void passagesWhoseBitsAgreeAreToldApartByTheirTextsNotTheirRanks() {
        SharedPassage a = passage("甲", false, false);
        SharedPassage b = passage("乙", false, false);
        SharedPassage c = passage("丙", false, false);
        long same = 0x12345L;
        PassageKeys keys = PassageKeys.of(List.of(a, b, c), new long[] {same, same, 7L}, 128);
        PassageKeys swapped = PassageKeys.of(List.of(b, a, c), new long[] {same, same, 7L}, 128);
        // "乙" (U+4E59) before "甲" (U+7532): the first keeps the plain name.
        assertEquals("000028t5-2", keys.key(0));
        assertEquals("000028t5", keys.key(1));
        assertEquals(keys.key(0), swapped.key(1));
        assertEquals(keys.key(1), swapped.key(0));
        assertEquals("00000007", keys.key(2));
    }

    @Test
    void shardsDoubleAsThePassagesDoAndStockPhrasesDoNotCount() {
        assertEquals(1, PassageKeys.of(passages(128), 128).shardCount());
        assertEquals(2, PassageKeys.of(passages(129), 128).shardCount());
        assertEquals(4, PassageKeys.of(passages(300), 128).shardCount());
        List<SharedPassage> withStock = new ArrayList<>(passages(128));
        for (int i = 0; i < 50; i++) {
            withStock.add(passage("四种形态" + i, false, true));
        }
        PassageKeys keys = PassageKeys.of(withStock, 128);
        assertEquals(1, keys.shardCount());
        int[][] members = keys.members(i -> !withStock.get(i).stock());
        assertEquals(128, members[0].length);
        for (int k = 1; k < members[0].length; k++) {
            assertTrue(keys.key(members[0][k - 1]).compareTo(keys.key(members[0][k])) < 0);
        }
    }
}
