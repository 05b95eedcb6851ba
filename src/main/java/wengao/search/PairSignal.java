package wengao.search;

/** The shared-passages signal of related speeches: a count per pair of speeches (by their place in the corpus). */
interface PairSignal {

    /** Sets speech {@code a}'s similarity with each speech it shares a count with into {@code out}, which holds zeros. */
    void similarities(int a, double[] out);

    int count(int a, int b);

    /** As {@link PairCounts} has it: c / (c + 1). */
    static double similarity(int count) {
        return count / (count + 1.0);
    }
}
