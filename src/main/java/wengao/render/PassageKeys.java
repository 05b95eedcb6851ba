package wengao.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wengao.model.SharedPassage;
import wengao.text.Fingerprint;

/**
 * A name per shared passage made from its text alone, for the links and shards that point at it: the anchor of its
 * entry on the passages page, the shard of the places markers list, the refs of the markers. Passages are ranked by
 * how many speeches use them, so a number by rank would change for every passage after one speech is added, and with
 * it every speech page's markers, and a reader's saved link would point at another passage. A name from the text
 * stays as long as the passage does.
 *
 * <p>A name is eight characters of Crockford's base 32, forty bits of the passage's fingerprint (its normalized text,
 * and whether it is a variant). Two passages whose forty bits agree, rare even among a hundred thousand, are told apart
 * by their texts in order: the first keeps the name, the others add {@code -2}, {@code -3} … Shards are the low bits
 * of the fingerprint, their number the power of two that keeps them at about {@value SeeAlso#PER_SHARD} passages
 * or fewer on average: a passage changes shard only when the number of passages doubles or halves.
 */
final class PassageKeys {

    private static final char[] DIGITS = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final int BITS = 40;

    private final String[] keys;
    private final int[] shards;
    private final int shardCount;

    private PassageKeys(String[] keys, int[] shards, int shardCount) {
        this.keys = keys;
        this.shards = shards;
        this.shardCount = shardCount;
    }

    /** The names of {@code passages}, by index; the shards counted over those that are not stock phrases. */
    static PassageKeys of(List<SharedPassage> passages, int perShard) {
        long[] bits = new long[passages.size()];
        for (int i = 0; i < bits.length; i++) {
            SharedPassage p = passages.get(i);
            String hex = new Fingerprint().add(p.normalized()).add(p.variant() ? 1L : 0L).hex();
            bits[i] = Long.parseLong(hex.substring(0, BITS / 4), 16);
        }
        return of(passages, bits, perShard);
    }

    /** The names of {@code passages} whose fingerprints' forty bits are {@code bits}. */
    static PassageKeys of(List<SharedPassage> passages, long[] bits, int perShard) {
        Map<Long, List<Integer>> byBits = new HashMap<>();
        int marked = 0;
        for (int i = 0; i < bits.length; i++) {
            byBits.computeIfAbsent(bits[i], b -> new ArrayList<>(1)).add(i);
            if (!passages.get(i).stock()) {
                marked++;
            }
        }
        String[] keys = new String[bits.length];
        for (List<Integer> same : byBits.values()) {
            if (same.size() > 1) {
                // Ordered by what the passages are, not by their rank: the names stay as the ranks change.
                same.sort(Comparator.<Integer, String>comparing(i -> passages.get(i).normalized())
                        .thenComparing(i -> passages.get(i).variant()).thenComparing(i -> passages.get(i).text()));
            }
            for (int k = 0; k < same.size(); k++) {
                int i = same.get(k);
                keys[i] = name(bits[i]) + (k == 0 ? "" : "-" + (k + 1));
            }
        }
        int shardCount = 1;
        while ((long) shardCount * perShard < marked) {
            shardCount <<= 1;
        }
        int[] shards = new int[bits.length];
        for (int i = 0; i < bits.length; i++) {
            shards[i] = (int) (bits[i] & (shardCount - 1));
        }
        return new PassageKeys(keys, shards, shardCount);
    }

    private static String name(long bits) {
        char[] out = new char[BITS / 5];
        for (int k = out.length - 1; k >= 0; k--) {
            out[k] = DIGITS[(int) (bits & 31)];
            bits >>>= 5;
        }
        return new String(out);
    }

    String key(int passage) {
        return keys[passage];
    }

    int shard(int passage) {
        return shards[passage];
    }

    int shardCount() {
        return shardCount;
    }

    /** Per shard, the passages in it that are {@code wanted}, ordered by name. */
    int[][] members(java.util.function.IntPredicate wanted) {
        List<List<Integer>> in = new ArrayList<>();
        for (int s = 0; s < shardCount; s++) {
            in.add(new ArrayList<>());
        }
        for (int i = 0; i < keys.length; i++) {
            if (wanted.test(i)) {
                in.get(shards[i]).add(i);
            }
        }
        int[][] out = new int[shardCount][];
        for (int s = 0; s < shardCount; s++) {
            out[s] = in.get(s).stream().sorted(Comparator.comparing(i -> keys[i]))
                    .mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
