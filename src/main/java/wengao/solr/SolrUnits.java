package wengao.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import wengao.model.SearchHit;
import wengao.model.Speech;
import wengao.search.Highlights;
import wengao.search.SearchQuery;
import wengao.search.UnitDocuments;
import wengao.search.UnitMatches;
import wengao.search.UnitSource;
import wengao.text.NormalizedText;

/**
 * A collection as {@link wengao.search.Searcher#rank} sees an index, for one query. Solr decides which units
 * contain a term, by the same grams as the local index (a phrase of consecutive trigrams, or a trigram prefix for
 * one or two characters); the term's frequency in a unit is counted in its stored text, normalized here, which is
 * what the local index counts with positions. The units found are numbered in reading order (by the speech's
 * order key, then the unit's place in it), so that ties break as they do locally; a hit's unit number is the
 * global one, counted in the collection.
 */
final class SolrUnits implements UnitSource {

    private static final int PAGE = 2000;
    private static final String[] UNIT_FIELDS = {SolrFields.ID, SolrFields.SPEECH, SolrFields.ORDER,
            SolrFields.POSITION, SolrFields.TIER, SolrFields.YEAR, SolrFields.DATE, SolrFields.TITLE,
            SolrFields.ANCHOR, SolrFields.TEXT};

    /** A unit the query found. */
    record Found(String speech, String order, int position, int tier, int year, String date, String title,
                 String anchor, String text) {
    }

    private static final Comparator<Found> READING_ORDER = Comparator.comparing(Found::order)
            .thenComparingInt(Found::position);

    private final SolrClient client;
    private final String collection;
    private final int total;
    private final List<Found> units = new ArrayList<>();
    private final int[] speechOf;
    private final Map<String, Integer> speechNumbers = new HashMap<>();
    private final Map<String, UnitMatches> matches = new HashMap<>();
    private final Map<String, Integer> unitsBefore = new HashMap<>();
    private final Map<String, String> dates = new HashMap<>();

    SolrUnits(SolrClient client, String collection, SearchQuery query) throws IOException {
        this.client = client;
        this.collection = collection;
        SolrQuery all = new SolrQuery("*:*");
        all.setRows(0);
        this.total = (int) query(all).getResults().getNumFound();
        Map<String, Found> byId = new HashMap<>();
        Map<String, Map<String, Integer>> tfById = new LinkedHashMap<>();
        for (String term : query.include()) {
            Map<String, Integer> tf = new HashMap<>();
            each(termQuery(term, UNIT_FIELDS), d -> {
                String id = (String) d.getFieldValue(SolrFields.ID);
                Found f = byId.computeIfAbsent(id, k -> found(d));
                tf.put(id, occurrences(NormalizedText.of(f.text()).text(), term));
            });
            tfById.put(term, tf);
        }
        List<Map.Entry<String, Found>> sorted = new ArrayList<>(byId.entrySet());
        sorted.sort(Map.Entry.comparingByValue(READING_ORDER));
        Map<String, Integer> number = new HashMap<>();
        speechOf = new int[sorted.size()];
        for (Map.Entry<String, Found> e : sorted) {
            int u = units.size();
            number.put(e.getKey(), u);
            units.add(e.getValue());
            dates.put(e.getValue().speech(), e.getValue().date());
            speechOf[u] = speechNumbers.computeIfAbsent(e.getValue().speech(), k -> speechNumbers.size());
        }
        tfById.forEach((term, tf) -> {
            int[][] rows = tf.entrySet().stream().map(e -> new int[] {number.get(e.getKey()), e.getValue()})
                    .sorted(Comparator.comparingInt(r -> r[0])).toArray(int[][]::new);
            int[] us = new int[rows.length];
            int[] fs = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                us[i] = rows[i][0];
                fs[i] = rows[i][1];
            }
            matches.put(term, new UnitMatches(us, fs));
        });
    }

    /** Overlapping occurrences, as positions count them: 的的 is twice in 的的的. */
    static int occurrences(String text, String term) {
        int n = 0;
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
            n++;
        }
        return n;
    }

    /** The query for the units whose normalized text contains the normalized {@code term}. */
    static SolrQuery termQuery(String term, String... fields) {
        SolrQuery q;
        if (term.codePointCount(0, term.length()) <= 2) {
            q = new SolrQuery("{!prefix f=" + SolrFields.G3 + " v=$t}");
            q.set("t", term);
        } else {
            q = new SolrQuery("{!field f=" + SolrFields.G3 + " v=$t}");
            q.set("t", String.join(" ", UnitDocuments.queryGrams(term)));
        }
        q.setFields(fields);
        return q;
    }

    private static Found found(SolrDocument d) {
        return new Found((String) d.getFieldValue(SolrFields.SPEECH), (String) d.getFieldValue(SolrFields.ORDER),
                (Integer) d.getFieldValue(SolrFields.POSITION), (Integer) d.getFieldValue(SolrFields.TIER),
                d.getFieldValue(SolrFields.YEAR) == null ? 0 : (Integer) d.getFieldValue(SolrFields.YEAR),
                string(d, SolrFields.DATE), string(d, SolrFields.TITLE), string(d, SolrFields.ANCHOR),
                string(d, SolrFields.TEXT));
    }

    private static String string(SolrDocument d, String field) {
        Object v = d.getFieldValue(field);
        return v == null ? "" : v.toString();
    }

    /** Every document of {@code q}, page by page with a cursor, which holds however many there are. */
    private void each(SolrQuery q, Consumer<SolrDocument> consumer) throws IOException {
        q.setRows(PAGE);
        q.setSort(SolrFields.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q);
            r.getResults().forEach(consumer);
            if (cursor.equals(r.getNextCursorMark())) {
                return;
            }
            cursor = r.getNextCursorMark();
        }
    }

    private QueryResponse query(SolrQuery q) throws IOException {
        try {
            return client.query(collection, q, SolrRequest.METHOD.POST);
        } catch (SolrServerException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private BitSet speechesOf(SolrQuery q) throws IOException {
        BitSet out = new BitSet();
        each(q, d -> {
            Integer s = speechNumbers.get((String) d.getFieldValue(SolrFields.SPEECH));
            if (s != null) {
                out.set(s);
            }
        });
        return out;
    }

    @Override
    public int units() {
        return total;
    }

    @Override
    public UnitMatches match(String term) throws IOException {
        UnitMatches m = matches.get(term);
        if (m == null) {
            throw new IOException("term not fetched for this query: " + term);
        }
        return m;
    }

    @Override
    public BitSet speechesMatching(String term) throws IOException {
        return speechesOf(termQuery(term, SolrFields.ID, SolrFields.SPEECH));
    }

    @Override
    public BitSet speechesWithTheme(String theme) throws IOException {
        SolrQuery q = new SolrQuery("{!term f=" + SolrFields.THEMES + " v=$th}");
        q.set("th", theme);
        q.setFields(SolrFields.ID, SolrFields.SPEECH);
        return speechesOf(q);
    }

    @Override
    public int speech(int unit) {
        return speechOf[unit];
    }

    @Override
    public int tier(int unit) {
        return units.get(unit).tier();
    }

    @Override
    public int year(int unit) {
        return units.get(unit).year();
    }

    /** The date of a speech the query found, as its page prints it. */
    String dateOf(String slug) {
        return dates.getOrDefault(slug, "");
    }

    @Override
    public SearchHit hit(int unit, int tier, boolean allTerms, double score, List<String> terms) throws IOException {
        Found f = units.get(unit);
        int before = unitsBefore.containsKey(f.order()) ? unitsBefore.get(f.order()) : countBefore(f.order());
        unitsBefore.put(f.order(), before);
        return new SearchHit(Speech.urlOf(f.speech()), f.anchor(), f.title(), f.speech(), before + f.position(), tier,
                allTerms, score, f.text(), Highlights.spans(f.text(), terms));
    }

    /**
     * Where this speech's units start: the numbers the speeches before it in reading order take, each a few more
     * than its units ({@link wengao.search.UnitDocuments#room}), as the local index numbers them.
     */
    private int countBefore(String order) throws IOException {
        SolrQuery q = new SolrQuery(SolrFields.ORDER + ":{* TO " + order + "}");
        q.setRows(0);
        q.setFacet(true);
        q.addFacetField(SolrFields.SPEECH);
        q.setFacetLimit(-1);
        q.setFacetMinCount(1);
        int before = 0;
        for (org.apache.solr.client.solrj.response.FacetField.Count c
                : query(q).getFacetField(SolrFields.SPEECH).getValues()) {
            before += wengao.search.UnitDocuments.room((int) c.getCount());
        }
        return before;
    }
}
