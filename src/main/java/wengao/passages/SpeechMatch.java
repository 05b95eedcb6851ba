package wengao.passages;

import java.util.HashMap;
import java.util.Map;

/**
 * Which speeches of the last build ({@link PassageCache.Kept}) are here again unchanged, by their keys
 * ({@link CorpusText#key}): what they found then is what they would find now.
 */
final class SpeechMatch {

    /** Per kept speech, where it stands now, or -1 when it is gone or changed. */
    final int[] now;
    /** Per speech now, which kept speech it was, or -1 when it is new or changed. */
    final int[] kept;
    /** How many speeches are new or changed, and how many kept ones are gone or changed. */
    final int added;
    final int gone;

    private record Key(long high, long low) {
    }

    SpeechMatch(long[][] keys, long[] keptKeys) {
        int speeches = keys.length;
        Map<Key, Integer> at = new HashMap<>(speeches * 2);
        for (int s = 0; s < speeches; s++) {
            at.put(new Key(keys[s][0], keys[s][1]), s);
        }
        int before = keptKeys.length / 2;
        now = new int[before];
        kept = new int[speeches];
        java.util.Arrays.fill(kept, -1);
        int lost = 0;
        for (int s = 0; s < before; s++) {
            Integer a = at.get(new Key(keptKeys[2 * s], keptKeys[2 * s + 1]));
            if (a == null || kept[a] >= 0) {
                now[s] = -1;
                lost++;
            } else {
                now[s] = a;
                kept[a] = s;
            }
        }
        int fresh = 0;
        for (int k : kept) {
            fresh += k < 0 ? 1 : 0;
        }
        added = fresh;
        gone = lost;
    }

    boolean stays(int speech) {
        return kept[speech] >= 0;
    }
}
