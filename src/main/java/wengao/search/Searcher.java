package wengao.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import wengao.model.SearchHit;
import wengao.model.SearchResults;
import wengao.model.Speech;

/**
 * Answers queries from the Lucene index of the last build. A speech qualifies when it contains every term and no
 * excluded one (and matches the year and theme filters); its units that contain any term are the hits, ranked by
 * {@link Ranking}. Hit counts are exact: every unit is decided by the gram postings, none by a score.
 */
public final class Searcher implements AutoCloseable {

    private final FSDirectory directory;
    private final IndexView index;

    private Searcher(FSDirectory directory, IndexView index) {
        this.directory = directory;
        this.index = index;
    }

    public static Searcher open(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new IOException("no search index at " + indexDir);
        }
        FSDirectory directory = FSDirectory.open(indexDir);
        return new Searcher(directory, new IndexView(DirectoryReader.open(directory)));
    }

    /**
     * Filters: {@code year} 0 for any; {@code theme} null for any. All hits are found, ranked and counted; text and
     * highlights are read only for the first {@code limit}.
     */
    public SearchResults search(SearchQuery query, int year, String theme, int limit) throws IOException {
        if (query.isEmpty()) {
            return new SearchResults(query.text(), 0, 0, List.of());
        }
        int units = index.units();
        Map<String, IndexView.Matches> matches = new LinkedHashMap<>();
        for (String t : query.include()) {
            matches.put(t, index.match(t));
        }
        BitSet speeches = null;
        for (IndexView.Matches m : matches.values()) {
            BitSet s = speechesOf(m);
            if (speeches == null) {
                speeches = s;
            } else {
                speeches.and(s);
            }
        }
        for (String x : query.exclude()) {
            speeches.andNot(speechesOf(index.match(x)));
        }
        if (theme != null) {
            speeches.and(speechesWithTheme(theme));
        }
        Map<Integer, double[]> scores = new HashMap<>();
        Map<Integer, Integer> termCount = new HashMap<>();
        for (IndexView.Matches m : matches.values()) {
            double idf = Ranking.idf(units, m.size());
            for (int i = 0; i < m.size(); i++) {
                int u = m.units()[i];
                if (!speeches.get(index.unitSpeech[u]) || year != 0 && index.unitYear[u] != year) {
                    continue;
                }
                scores.computeIfAbsent(u, k -> new double[1])[0] += Ranking.termScore(idf, m.tf()[i]);
                termCount.merge(u, 1, Integer::sum);
            }
        }
        List<Ranking.Ranked> ranked = new ArrayList<>();
        scores.forEach((u, s) -> ranked.add(new Ranking.Ranked(u, index.unitTier[u], termCount.get(u) == matches.size(), Ranking.round(s[0]))));
        ranked.sort(Ranking.ORDER);
        List<Ranking.Ranked> grouped = groupBySpeech(ranked);
        List<SearchHit> hits = new ArrayList<>();
        StoredFields stored = index.reader.storedFields();
        for (Ranking.Ranked r : grouped.subList(0, Math.min(Math.max(0, limit), grouped.size()))) {
            Document d = stored.document(index.unitToDoc[r.unit()]);
            String text = d.get(Fields.TEXT);
            String slug = d.get(Fields.SPEECH);
            hits.add(new SearchHit(Speech.urlOf(slug), d.get(Fields.ANCHOR), d.get(Fields.TITLE), slug, r.unit(), r.tier(),
                    r.allTerms(), r.score(), text, Highlights.spans(text, query.include())));
        }
        long hitSpeeches = ranked.stream().mapToInt(r -> index.unitSpeech[r.unit()]).distinct().count();
        return new SearchResults(query.text(), ranked.size(), (int) hitSpeeches, hits);
    }

    /** Hits grouped by speech, groups in the order of their best hit, hits in rank order within a group. */
    private List<Ranking.Ranked> groupBySpeech(List<Ranking.Ranked> ranked) {
        Map<Integer, List<Ranking.Ranked>> groups = new LinkedHashMap<>();
        for (Ranking.Ranked r : ranked) {
            groups.computeIfAbsent(index.unitSpeech[r.unit()], k -> new ArrayList<>()).add(r);
        }
        List<Ranking.Ranked> out = new ArrayList<>(ranked.size());
        groups.values().forEach(out::addAll);
        return out;
    }

    private BitSet speechesOf(IndexView.Matches m) {
        BitSet s = new BitSet();
        for (int u : m.units()) {
            s.set(index.unitSpeech[u]);
        }
        return s;
    }

    /** The slugs of the themes the indexed speeches mention, sorted: what the theme filter can match. */
    public List<String> themeSlugs() throws IOException {
        List<String> slugs = new ArrayList<>();
        org.apache.lucene.index.Terms terms = MultiTerms.getTerms(index.reader, Fields.THEMES);
        if (terms != null) {
            org.apache.lucene.index.TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                slugs.add(t.utf8ToString());
            }
        }
        return slugs;
    }

    private BitSet speechesWithTheme(String theme) throws IOException {
        BitSet s = new BitSet();
        PostingsEnum pe = MultiTerms.getTermPostingsEnum(index.reader, Fields.THEMES, new BytesRef(theme), PostingsEnum.NONE);
        if (pe != null) {
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (index.isLive(d)) {
                    s.set(index.unitSpeech[index.docToUnit[d]]);
                }
            }
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        index.close();
        directory.close();
    }
}
