package wengao.search;

import java.util.Comparator;

/**
 * How hits are ordered, the same in the command line and the browser: titles before headings before body text;
 * then paragraphs with every term first; then a BM25 score over the exact matches; then reading order.
 * The score is Lucene's BM25 (k1 = 1.2) without length normalisation (b = 0), summed over the terms a unit
 * contains: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), where N counts units and df the units containing the term,
 * times tf·(k1 + 1) / (tf + k1), where tf is how often the term occurs in the unit. It is rounded to six places so
 * that both implementations order equal scores the same way.
 */
final class Ranking {

    static final double K1 = 1.2;

    private Ranking() {
    }

    static double idf(int units, int df) {
        return StrictMath.log(1 + (units - df + 0.5) / (df + 0.5));
    }

    static double termScore(double idf, int tf) {
        return idf * (tf * (K1 + 1)) / (tf + K1);
    }

    static double round(double score) {
        return Math.round(score * 1e6) / 1e6;
    }

    record Ranked(int unit, int tier, boolean allTerms, double score) {
    }

    static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::tier)
            .thenComparing(Ranked::allTerms, Comparator.reverseOrder())
            .thenComparing(Ranked::score, Comparator.reverseOrder())
            .thenComparingInt(Ranked::unit);
}
