package wengao.search;

import java.util.List;

/**
 * A related speech as the ranking found it: its place in the corpus, its score in thousandths, and why, by the
 * features' names (theme and document slugs, words), which a reader's words are made of only when the pages are:
 * a theme's name or a document's title may change while what two speeches share does not.
 */
record Ranked(int speech, int score, List<Reason> reasons) {

    Ranked {
        reasons = List.copyOf(reasons);
    }

    /** Ranks above {@code other}: a higher score, or the same earlier in reading order. */
    boolean ranksAbove(Ranked other) {
        return score > other.score || score == other.score && speech < other.speech;
    }

    /**
     * One signal of what two speeches share: the features that add most to it ({@code features}), or for shared
     * passages how many there are ({@code count}).
     */
    record Reason(Signal signal, List<String> features, int count) {

        Reason {
            features = List.copyOf(features);
        }
    }
}
