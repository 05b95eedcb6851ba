package wengao.model;

import java.util.List;

/**
 * What the search page carries about the client index, so that it can ask for a query's postings the moment it
 * starts: the number of postings buckets, the grams heavy enough to have files of their own, and how many bits a
 * code of rows spends on its first unit.
 */
public record SearchPageHints(int buckets, List<String> heavy, int unitBits) implements java.io.Serializable {

    /** No index: what {@code wengao check} renders the search page with, for its template alone. */
    public static final SearchPageHints NONE = new SearchPageHints(0, List.of(), 1);

    public SearchPageHints {
        heavy = List.copyOf(heavy);
    }
}
