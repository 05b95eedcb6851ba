package wengao.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import wengao.model.SearchResults;
import wengao.search.SearchQuery;
import wengao.search.Searcher;

/**
 * {@code wengao search --solr} and the endpoint of {@code wengao serve --solr}: queries a collection that
 * {@link SolrIndexer} filled and ranks as the local search does ({@link Searcher#rank}). It only ever sends
 * searches ({@code /select}): never an update or an admin request.
 */
public final class SolrSearch implements AutoCloseable {

    private final SolrClient client;
    private final String collection;

    private SolrSearch(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    public static SolrSearch open(SolrTarget target) {
        return new SolrSearch(target.client(), target.collection());
    }

    /** The results and, for the speeches of the hits shown, their dates as the pages print them. */
    public record Answer(SearchResults results, List<String> dates) {
    }

    public SearchResults search(SearchQuery query, int year, String theme, int limit) throws IOException {
        return answer(query, year, theme, limit).results();
    }

    public Answer answer(SearchQuery query, int year, String theme, int limit) throws IOException {
        if (query.isEmpty()) {
            return new Answer(new SearchResults(query.text(), 0, 0, List.of()), List.of());
        }
        SolrUnits units = new SolrUnits(client, collection, query);
        SearchResults results = Searcher.rank(units, query, year, theme, limit);
        List<String> dates = new ArrayList<>();
        for (var h : results.hits()) {
            dates.add(units.dateOf(h.speechSlug()));
        }
        return new Answer(results, dates);
    }

    /** The slugs of the themes the collection's units mention, sorted as the local index sorts them. */
    public List<String> themeSlugs() throws IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        q.setFacet(true);
        q.addFacetField(SolrFields.THEMES);
        q.setFacetLimit(-1);
        q.setFacetMinCount(1);
        q.setFacetSort("index");
        try {
            QueryResponse r = client.query(collection, q);
            List<String> out = new ArrayList<>();
            FacetField f = r.getFacetField(SolrFields.THEMES);
            if (f != null && f.getValues() != null) {
                f.getValues().forEach(c -> out.add(c.getName()));
            }
            return out;
        } catch (SolrServerException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
