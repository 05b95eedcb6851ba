package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.SearchHit;
import wengao.model.ThemeMap;
import wengao.text.TextNormalizer;

/**
 * Search is exact: for every paragraph of the seeds used as a query, and for random substrings of 1 to 8
 * characters, the hits are exactly the units whose normalized text contains the query, found by a plain scan.
 */
class SearchExactnessTest {

    @TempDir
    static Path tmp;
    static Corpus corpus;
    static UnitTable table;
    static List<String> normalized = new ArrayList<>();
    static Searcher searcher;

    @BeforeAll
    static void index() throws IOException {
        corpus = CorpusReader.read(TestFiles.seeds());
        table = new UnitTable(corpus.speeches());
        for (UnitTable.Unit u : table.units) {
            normalized.add(TextNormalizer.normalize(u.unit().text()));
        }
        SearchIndexer.Result r = SearchIndexer.build(corpus, ThemeMap.EMPTY, tmp.resolve("work"));
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        searcher = Searcher.open(tmp.resolve("work").resolve(SearchIndexer.INDEX));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static TreeSet<Integer> truth(String term) {
        TreeSet<Integer> units = new TreeSet<>();
        for (int i = 0; i < normalized.size(); i++) {
            if (normalized.get(i).contains(term)) {
                units.add(table.units.get(i).id());
            }
        }
        return units;
    }

    private static TreeSet<Integer> found(String query) throws IOException {
        TreeSet<Integer> units = new TreeSet<>();
        for (SearchHit h : searcher.search(SearchQuery.parse(query), 0, null, Integer.MAX_VALUE).hits()) {
            units.add(h.unit());
        }
        return units;
    }

    @Test
    void everyParagraphFindsExactlyTheUnitsThatContainIt() throws IOException {
        int checked = 0;
        for (UnitTable.Unit u : table.units) {
            String query = u.unit().text().replaceAll("[\\s\u3000]+", "");
            String term = TextNormalizer.normalize(query);
            if (term.isEmpty()) {
                continue;
            }
            assertEquals(truth(term), found(query), () -> "query: " + query);
            checked++;
        }
        assertEquals(table.units.size(), checked, "every unit of the seeds was a query");
    }

    @Test
    void randomSubstringsOfOneToEightCharactersAreFoundExactly() throws IOException {
        Random random = new Random(20261123);
        String all = String.join("", normalized);
        for (int i = 0; i < 600; i++) {
            int length = 1 + random.nextInt(8);
            int start = random.nextInt(all.length() - length);
            String term = all.substring(start, start + length);
            assertEquals(truth(term), found(term), () -> "term: " + term);
        }
    }

    @Test
    void substringsWithTheirPunctuationAreFoundAsWritten() throws IOException {
        Random random = new Random(7);
        List<String> texts = table.units.stream().map(u -> u.unit().text()).filter(t -> t.length() > 20).toList();
        for (int i = 0; i < 200; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            int length = 2 + random.nextInt(12);
            int start = random.nextInt(text.length() - length);
            String raw = text.substring(start, start + length).replaceAll("[\\s\u3000\"]+", "");
            String term = TextNormalizer.normalize(raw);
            if (term.isEmpty() || raw.startsWith("-") || raw.startsWith("－")) {
                continue;
            }
            assertEquals(truth(term), found(raw), () -> "query: " + raw);
        }
    }

    @Test
    void trigramChainsAgreeWithLucenePhraseQueries() throws IOException {
        Random random = new Random(3);
        String all = String.join("", normalized);
        try (FSDirectory dir = FSDirectory.open(tmp.resolve("work").resolve(SearchIndexer.INDEX));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher lucene = new IndexSearcher(reader);
            IndexView view = new IndexView(reader);
            for (int i = 0; i < 200; i++) {
                int length = 3 + random.nextInt(10);
                int start = random.nextInt(all.length() - length);
                String term = all.substring(start, start + length);
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                int[] cps = term.codePoints().toArray();
                for (int o : GramCover.offsets(cps.length)) {
                    phrase.add(new Term(Fields.G3, new String(cps, o, 3)), o);
                }
                assertEquals(lucene.count(phrase.build()), view.match(term).size(), term);
            }
        }
    }
}
