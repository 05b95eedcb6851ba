package wengao.cli;

import java.io.IOException;
import java.util.List;
import wengao.model.SearchResults;
import wengao.search.SearchQuery;
import wengao.serve.SearchEndpoint;
import wengao.solr.SolrSearch;
import wengao.solr.SolrTarget;

/**
 * The commands' way into a SolrCloud collection, kept in one class so that the classes of the commands themselves
 * name no Solr type: picocli loads every command at start-up, and {@code wengao build} must not load Solr.
 */
final class RemoteSearch {

    private RemoteSearch() {
    }

    /** {@code wengao search --solr}; an unknown theme is an {@link IllegalArgumentException} naming the known ones. */
    static SearchResults run(String url, String collection, SearchQuery query, int year, String theme, int limit)
            throws IOException {
        try (SolrSearch search = SolrSearch.open(new SolrTarget(url, collection))) {
            if (theme != null) {
                List<String> slugs = search.themeSlugs();
                if (!slugs.contains(theme)) {
                    throw new IllegalArgumentException("--theme " + theme + ": no speech of the collection mentions a "
                            + "theme with this slug; " + (slugs.isEmpty() ? "it has no themes"
                            : "the themes are: " + String.join(", ", slugs)));
                }
            }
            return search.search(query, year, theme, limit);
        }
    }

    /** The first message along the causes: a refused connection says so only deep down. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    /** {@code wengao serve --solr}: the endpoint, open for the server's lifetime. */
    static SearchEndpoint endpoint(String url, String collection) {
        SolrSearch search = SolrSearch.open(new SolrTarget(url, collection));
        return search::json;
    }
}
