package wengao.serve;

import java.io.IOException;
import java.util.Map;

/**
 * The search page's JSON endpoint that {@code wengao serve --solr} adds at {@link #PATH}: it answers the query
 * parameters {@code q}, {@code year}, {@code theme} and {@code limit} with the ranked hits. What answers is given
 * by the command line (a SolrCloud collection), so this package knows no search engine.
 */
@FunctionalInterface
public interface SearchEndpoint {

    String PATH = "/__wengao/search";
    /** The endpoint as the search page at the site's root asks for it: relative, so any sub-path works. */
    String RELATIVE_URL = PATH.substring(1);

    /** The JSON answer; an {@link IllegalArgumentException} for parameters that are no query. */
    String answer(Map<String, String> params) throws IOException;
}
