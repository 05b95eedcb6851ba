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
        return rank(new LocalUnits(), query, year, theme, limit);
    }

    /** The search itself, over any index that numbers its units in reading order: local and remote rank alike. */
    public static SearchResults rank(UnitSource index, SearchQuery query, int year, String theme, int limit)
            throws IOException {
        if (query.isEmpty()) {
            return new SearchResults(query.text(), 0, 0, List.of());
        }
        int units = index.units();
        Map<String, UnitMatches> matches = new LinkedHashMap<>();
        for (String t : query.include()) {
            matches.put(t, index.match(t));
        }
        BitSet speeches = null;
        for (UnitMatches m : matches.values()) {
            BitSet s = speechesOf(index, m);
            if (speeches == null) {
                speeches = s;
            } else {
                speeches.and(s);
            }
        }
        for (String x : query.exclude()) {
            speeches.andNot(index.speechesMatching(x));
        }
        if (theme != null) {
            speeches.and(index.speechesWithTheme(theme));
        }
        Map<Integer, double[]> scores = new HashMap<>();
        Map<Integer, Integer> termCount = new HashMap<>();
        for (UnitMatches m : matches.values()) {
            double idf = Ranking.idf(units, m.size());
            for (int i = 0; i < m.size(); i++) {
                int u = m.units()[i];
                if (!speeches.get(index.speech(u)) || year != 0 && index.year(u) != year) {
                    continue;
                }
                scores.computeIfAbsent(u, k -> new double[1])[0] += Ranking.termScore(idf, m.tf()[i]);
                termCount.merge(u, 1, Integer::sum);
            }
        }
        List<Ranking.Ranked> ranked = new ArrayList<>();
        scores.forEach((u, s) -> ranked.add(new Ranking.Ranked(u, index.tier(u), termCount.get(u) == matches.size(), Ranking.round(s[0]))));
        ranked.sort(Ranking.ORDER);
        List<Ranking.Ranked> grouped = groupBySpeech(index, ranked);
        List<SearchHit> hits = new ArrayList<>();
        for (Ranking.Ranked r : grouped.subList(0, Math.min(Math.max(0, limit), grouped.size()))) {
            hits.add(index.hit(r.unit(), r.tier(), r.allTerms(), r.score(), query.include()));
        }
        long hitSpeeches = ranked.stream().mapToInt(r -> index.speech(r.unit())).distinct().count();
        return new SearchResults(query.text(), ranked.size(), (int) hitSpeeches, hits);
    }

    /** Hits grouped by speech, groups in the order of their best hit, hits in rank order within a group. */
    private static List<Ranking.Ranked> groupBySpeech(UnitSource index, List<Ranking.Ranked> ranked) {
        Map<Integer, List<Ranking.Ranked>> groups = new LinkedHashMap<>();
        for (Ranking.Ranked r : ranked) {
            groups.computeIfAbsent(index.speech(r.unit()), k -> new ArrayList<>()).add(r);
        }
        List<Ranking.Ranked> out = new ArrayList<>(ranked.size());
        groups.values().forEach(out::addAll);
        return out;
    }

    private static BitSet speechesOf(UnitSource index, UnitMatches m) {
        BitSet s = new BitSet();
        for (int u : m.units()) {
            s.set(index.speech(u));
        }
        return s;
    }

    /** The index of the last build, as {@link #rank} sees it. */
    private final class LocalUnits implements UnitSource {

        @Override
        public int units() {
            return index.units();
        }

        @Override
        public UnitMatches match(String term) throws IOException {
            IndexView.Matches m = index.match(term);
            return new UnitMatches(m.units(), m.tf());
        }

        @Override
        public BitSet speechesMatching(String term) throws IOException {
            return speechesOf(this, match(term));
        }

        @Override
        public BitSet speechesWithTheme(String theme) throws IOException {
            return Searcher.this.speechesWithTheme(theme);
        }

        @Override
        public int speech(int unit) {
            return index.unitSpeech[unit];
        }

        @Override
        public int tier(int unit) {
            return index.unitTier[unit];
        }

        @Override
        public int year(int unit) {
            return index.unitYear[unit];
        }

        @Override
        public SearchHit hit(int unit, int tier, boolean allTerms, double score, List<String> terms) throws IOException {
            StoredFields stored = index.reader.storedFields();
            Document d = stored.document(index.unitToDoc[unit]);
            String text = d.get(Fields.TEXT);
            String slug = d.get(Fields.SPEECH);
            return new SearchHit(Speech.urlOf(slug), d.get(Fields.ANCHOR), d.get(Fields.TITLE), slug, unit, tier,
                    allTerms, score, text, Highlights.spans(text, terms));
        }
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
