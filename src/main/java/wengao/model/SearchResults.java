package wengao.model;

import java.util.List;

/** The answer to a query: how many hits there are and in how many speeches, and the first of them in ranked order. */
public record SearchResults(String query, int total, int speeches, List<SearchHit> hits) implements java.io.Serializable {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
