package wengao.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import wengao.json.JsonWriter;
import wengao.model.SearchHit;
import wengao.model.SearchResults;
import wengao.search.Highlights;
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
        for (SearchHit h : results.hits()) {
            dates.add(units.dateOf(h.speechSlug()));
        }
        return new Answer(results, dates);
    }

    /** The most hits one answer of the endpoint lists (the totals are always exact). */
    static final int MOST_HITS = 200;

    /**
     * The endpoint's answer to {@code q}, {@code year}, {@code theme} and {@code limit} (default 20, at most
     * {@link #MOST_HITS}): {"query", "total", "speeches", "hits": [{"url", "anchor", "speech", "slug", "date",
     * "tier", "text", "highlights", "snippet"}]}.
     */
    public String json(Map<String, String> params) throws IOException {
        String q = params.getOrDefault("q", "");
        int year = number(params.get("year"), 0, "year");
        int limit = Math.min(MOST_HITS, number(params.get("limit"), 20, "limit"));
        String theme = params.get("theme");
        Answer a = answer(SearchQuery.parse(q), year, theme == null || theme.isEmpty() ? null : theme, limit);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q);
        m.put("total", a.results().total());
        m.put("speeches", a.results().speeches());
        List<Object> hits = new ArrayList<>();
        for (int i = 0; i < a.results().hits().size(); i++) {
            SearchHit h = a.results().hits().get(i);
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("url", h.url());
            hm.put("anchor", h.anchor());
            hm.put("speech", h.speech());
            hm.put("slug", h.speechSlug());
            hm.put("date", a.dates().get(i));
            hm.put("tier", h.tier());
            hm.put("text", h.text());
            List<Object> spans = new ArrayList<>();
            h.highlights().forEach(s -> spans.add(List.of(s[0], s[1])));
            hm.put("highlights", spans);
            hm.put("snippet", Highlights.snippet(h.text(), h.highlights()));
            hits.add(hm);
        }
        m.put("hits", hits);
        return JsonWriter.compact(m);
    }

    private static int number(String value, int otherwise, String name) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + value);
        }
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
            QueryResponse r = client.query(collection, q, SolrRequest.METHOD.POST);
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
