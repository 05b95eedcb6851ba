package wengao.search;

import java.util.Arrays;
import java.util.Map;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;
import wengao.text.Fingerprint;

/**
 * Per speech, a fingerprint of the shared passages it is in: of each such passage, its speeches and whether it is
 * a stock phrase, summed over the passages (so the passages' order does not count). The pairs' counts
 * ({@link PassageMap#pairCounts}) are made of nothing else, so a speech whose fingerprint is as before has the same
 * count with every other speech: what the related speeches need to know of the passages when nothing changed,
 * at a fraction of what counting every pair costs. Every passage is taken, not only those that count for pairs: a
 * change to one that does not count marks its speeches too, which is safe, and nothing depends on which count.
 */
final class PassageMemberships {

    private PassageMemberships() {
    }

    /**
     * {@code index}: the corpus's speeches by slug, {@code n} of them. A passage of a speech outside the corpus
     * (which passages are not found in) leaves nothing to tell by: every speech then has a fingerprint of its own.
     */
    static String[] fingerprints(PassageMap passages, Map<String, Integer> index, int n) {
        Sums sums = new Sums(index, n);
        for (SharedPassage p : passages.passages()) {
            if (!sums.add(p)) {
                return unlike(n);
            }
        }
        String[] prints = new String[n];
        for (int s = 0; s < n; s++) {
            prints[s] = Long.toHexString(sums.sums[2 * s]) + "/" + Long.toHexString(sums.sums[2 * s + 1]);
        }
        return prints;
    }

    /**
     * The speeches' sums, a passage at a time: a method per passage, which the JVM compiles after a few passages,
     * where a loop over all of them in one method would run interpreted much longer.
     */
    private static final class Sums {
        private final Map<String, Integer> index;
        private final long[] sums;
        private int[] members = new int[16];

        Sums(Map<String, Integer> index, int n) {
            this.index = index;
            this.sums = new long[2 * n];
        }

        /** Adds passage {@code p} to its speeches' sums; false when one of them is not in the corpus. */
        boolean add(SharedPassage p) {
            int size = 0;
            String last = null;
            for (PassageOccurrence o : p.occurrences()) {
                if (o.speech().equals(last)) {
                    continue;
                }
                last = o.speech();
                if (size == members.length) {
                    members = Arrays.copyOf(members, 2 * size);
                }
                Integer s = index.get(last);
                if (s == null) {
                    return false;
                }
                members[size++] = s;
            }
            Arrays.sort(members, 0, size);
            // Two chains of MurmurHash3's finalizer, seeded apart: a passage's 128 bits, without an object for it.
            long high = p.stock() ? 0x9e3779b97f4a7c15L : 0x632be59bd9b4e019L;
            long low = p.stock() ? 0xc2b2ae3d27d4eb4fL : 0x165667b19e3779f9L;
            int distinct = 0;
            for (int k = 0; k < size; k++) {
                if (k == 0 || members[k] != members[k - 1]) {
                    members[distinct++] = members[k];
                    high = Fingerprint.fmix(high + members[k] * 0x87c37b91114253d5L);
                    low = Fingerprint.fmix(low ^ (members[k] + 1L) * 0x4cf5ad432745937fL);
                }
            }
            high = Fingerprint.fmix(high ^ distinct);
            low = Fingerprint.fmix(low + distinct);
            for (int k = 0; k < distinct; k++) {
                sums[2 * members[k]] += high;
                sums[2 * members[k] + 1] += low;
            }
            return true;
        }
    }

    /** Fingerprints like no other build's. */
    private static String[] unlike(int n) {
        String[] prints = new String[n];
        java.util.Arrays.fill(prints, "unknown/" + System.nanoTime());
        return prints;
    }
}
