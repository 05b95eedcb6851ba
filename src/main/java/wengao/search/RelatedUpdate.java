package wengao.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import wengao.model.SpeechPairs;
import java.util.stream.IntStream;

/**
 * Related speeches ranked again from the last build's ({@link RelatedState}) where only a few speeches changed, to
 * the ranking a build of everything gives. It holds when the corpus is the same speeches and each has the same names
 * of every signal as before: then how many speeches have each feature, and so every idf, is as before, and only the
 * similarities of a changed speech (its counts or its shared passages) can differ: its row and its column. A changed
 * speech is ranked again. Any other keeps its ranking but for the changed speeches in it; they come in again with
 * their new scores, and its ranking is then known, as long as five of what it kept and what came in rank at or above
 * what it used to have fifth (what ranked below that before still does); else it is ranked again. Scores are compared
 * as the integers in thousandths that the ranking ranks; the weights are those a full build weighs (every speech's,
 * weighed again), and each similarity is summed as a full build sums it, in the same order.
 */
final class RelatedUpdate {

    /** Past this share of changed speeches, ranking every speech costs less. */
    private static final int MOST_CHANGED_OF = 4;

    private RelatedUpdate() {
    }

    /** The new state, how many speeches were ranked again for it, and whether it is the last build's as it was. */
    record Update(RelatedState state, int rankedAgain, boolean unchanged) {
    }

    /**
     * The new state, or empty when the last build's cannot give it (other speeches, names in other speeches or
     * read otherwise). {@code now}: this build's fingerprints, not yet ranked; {@code counts} and {@code pairs}
     * what they were taken of.
     */
    static Optional<Update> of(RelatedState previous, RelatedState now, SignalCounts[] counts,
                               Supplier<SpeechPairs> pairs, Map<String, Integer> index, Wording wording) {
        if (!previous.sameNames(now)) {
            return Optional.empty();
        }
        int n = now.slugs.length;
        boolean[] changed = new boolean[n];
        int[] dirty = IntStream.range(0, n).filter(s -> !previous.values[s].equals(now.values[s])).toArray();
        if (dirty.length == 0) {
            return Optional.of(new Update(previous, 0, true));
        }
        if (dirty.length > n / MOST_CHANGED_OF) {
            return Optional.empty();
        }
        for (int d : dirty) {
            changed[d] = true;
        }
        // Weighed as a full build weighs them, every speech: the same weights to the last bit, whatever changed.
        FeatureSpace[] spaces = new FeatureSpace[RelatedState.SPACES];
        for (int sig = 0; sig < RelatedState.SPACES; sig++) {
            spaces[sig] = FeatureSpace.of(counts[sig], RelatedSpeeches.maxFeatures(Signal.values()[sig]));
        }
        PairSignal passages = new PairRows(pairs.get(), index, n);
        List<List<Ranked>> ranked = new ArrayList<>(previous.ranked);
        List<List<Ranked>> comingIn = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            comingIn.add(changed[s] ? null : new ArrayList<>());
        }
        double[][] row = new double[Signal.values().length][n];
        long floor = RelatedSpeeches.floor();
        for (int d : dirty) {
            // The changed speech's row, which is also its column: each other speech's similarities with it.
            RelatedSpeeches.similarities(d, row, spaces, passages);
            for (int s = 0; s < n; s++) {
                if (changed[s]) {
                    continue;
                }
                long score = RelatedSpeeches.score(row, s);
                if (score >= floor && mayComeIn(previous.ranked.get(s), d, score)) {
                    comingIn.get(s).add(new Ranked(d, (int) score, wording.because(RelatedSpeeches.reasons(s, d, row, s,
                            spaces, passages))));
                }
            }
            for (double[] r : row) {
                Arrays.fill(r, 0);
            }
            ranked.set(d, RelatedSpeeches.rank(d, row, spaces, passages, wording));
        }
        int rankedAgain = dirty.length;
        for (int s = 0; s < n; s++) {
            if (!changed[s]) {
                List<Ranked> merged = merged(previous.ranked.get(s), comingIn.get(s), changed);
                if (merged == null) {
                    merged = RelatedSpeeches.rank(s, row, spaces, passages, wording);
                    rankedAgain++;
                }
                ranked.set(s, merged);
            }
        }
        return Optional.of(new Update(now.ranked(List.copyOf(ranked)), rankedAgain, false));
    }

    /**
     * Whether changed speech {@code d} with {@code score} could be in a ranking that had {@code kept}: not when five
     * were kept and it ranks below the fifth (it may be that fifth, with its score as before).
     */
    private static boolean mayComeIn(List<Ranked> kept, int d, long score) {
        return kept.size() < RelatedSpeeches.LIMIT
                || !kept.get(kept.size() - 1).ranksAbove(new Ranked(d, (int) score, null));
    }

    /**
     * The new ranking of a speech that did not change, from what it {@code kept} and the changed speeches that may
     * come in; null when it cannot be told from them.
     */
    static List<Ranked> merged(List<Ranked> kept, List<Ranked> comingIn, boolean[] changed) {
        List<Ranked> all = new ArrayList<>(kept.size() + comingIn.size());
        for (Ranked r : kept) {
            if (!changed[r.speech()]) {
                all.add(r);
            }
        }
        if (all.size() == kept.size() && comingIn.isEmpty()) {
            return kept;
        }
        all.addAll(comingIn);
        all.sort((x, y) -> x.ranksAbove(y) ? -1 : y.ranksAbove(x) ? 1 : 0);
        if (kept.size() < RelatedSpeeches.LIMIT) {
            // It kept every speech that scored enough: none is missing.
            return List.copyOf(all.subList(0, Math.min(all.size(), RelatedSpeeches.LIMIT)));
        }
        // What it did not keep ranked below its fifth, and still does; what came in ranks above that fifth, or is it.
        return all.size() >= RelatedSpeeches.LIMIT ? List.copyOf(all.subList(0, RelatedSpeeches.LIMIT)) : null;
    }
}
