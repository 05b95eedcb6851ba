package wengao.search;

import java.util.BitSet;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The postings buckets a replay must assemble: those that hold an entry of a gram whose code can have changed
 * (a changed speech's gram, old or new) or whose file is not in the site as the last build left it. Every other
 * bucket receives exactly the entries it received last time, so its file is taken as it is, never spilled,
 * assembled or compared. Only sound when no unit moved (every other code is then the last build's, see
 * {@link PostingsReplay}) and the buckets are cut as they were. A group of trigrams that a change takes across the
 * layout's group size moves its unchanged trigrams between buckets: when one of those buckets was not to be
 * assembled, the replay is {@link #missed} and must be made again assembling all.
 */
final class TouchedBuckets {

    private final BitSet assembled;
    private final AtomicBoolean missed = new AtomicBoolean();

    private TouchedBuckets(BitSet assembled) {
        this.assembled = assembled;
    }

    /**
     * The buckets of {@code count} that the grams (unigrams, bigrams, trigrams as the gram field cuts them: a pad
     * second means a term no bucket gets) can reach, and those {@code intact} says are not as the last build left
     * them.
     */
    static TouchedBuckets of(int count, java.util.function.IntPredicate intact, Collection<String> grams) {
        BitSet b = new BitSet(count);
        for (String g : grams) {
            int c0 = g.codePointAt(0);
            int second = Character.charCount(c0);
            if (second == g.length()) {
                b.set(PostingsBuckets.bucket(g, count));
                continue;
            }
            int c1 = g.codePointAt(second);
            if (c1 == Fields.PAD) {
                continue;
            }
            int third = second + Character.charCount(c1);
            // A bigram is its group's key (or its own, the group heavy); a trigram is in its group or alone.
            b.set(PostingsBuckets.bucket(g.substring(0, third), count));
            if (third < g.length()) {
                b.set(PostingsBuckets.bucket(g, count));
            }
        }
        for (int i = 0; i < count; i++) {
            if (!b.get(i) && !intact.test(i)) {
                b.set(i);
            }
        }
        return new TouchedBuckets(b);
    }

    boolean assembles(int bucket) {
        return assembled.get(bucket);
    }

    /** How many buckets are taken as they are. */
    int kept(int count) {
        return count - assembled.cardinality();
    }

    /** An entry went to a bucket not assembled that the last build did not send it to (or the reverse). */
    void miss() {
        missed.set(true);
    }

    boolean missed() {
        return missed.get();
    }
}
