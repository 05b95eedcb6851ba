package wengao.search;

/**
 * What two related speeches share, each signal with its weight in the score and the words that tell a reader
 * (同论 一岗双责、四风). A signal's similarity is between 0 and 1; the score is the weighted sum.
 */
enum Signal {
    /** Themes both mention (curated and discovered), weighted by how rare they are in the corpus. */
    THEMES(0.4, "同论 "),
    /** Distinctive words of their outlines (title, headings, points), as smartcn segments them. */
    TERMS(0.4, "共有词 "),
    /** Documents both cite by 《title》. */
    DOCUMENTS(0.2, "同引 "),
    /** Passages both contain: a count per pair of speeches, given by the caller (none until shared passages exist). */
    PASSAGES(0.3, "共有段落 ");

    final double weight;
    final String phrase;

    Signal(double weight, String phrase) {
        this.weight = weight;
        this.phrase = phrase;
    }
}
