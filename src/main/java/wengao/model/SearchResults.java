package wengao.model;

import java.util.List;

/** The answer to a query: every hit in ranked order, how many there are, and in how many speeches. */
public record SearchResults(String query, int total, int speeches, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
