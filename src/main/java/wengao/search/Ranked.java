package wengao.search;

/**
 * A related speech as the ranking found it: its place in the corpus, its score in thousandths, and why, in a
 * reader's words ({@link Wording}).
 */
record Ranked(int speech, int score, String because) {

    /** Ranks above {@code other}: a higher score, or the same earlier in reading order. */
    boolean ranksAbove(Ranked other) {
        return score > other.score || score == other.score && speech < other.speech;
    }
}
