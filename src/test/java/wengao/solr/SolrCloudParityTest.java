package wengao.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.GeneratedCorpus;
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.SearchHit;
import wengao.model.SearchResults;
import wengao.model.Speech;
import wengao.model.TextUnit;
import wengao.model.ThemeMap;
import wengao.search.SearchIndexer;
import wengao.search.SearchQuery;
import wengao.search.Searcher;
import wengao.themes.ThemeDetector;

/**
 * A real SolrCloud in this JVM (two nodes, a collection of two shards with one replica each) answers every query
 * exactly as the local index does: the same totals, the same hits in the same order, with the same fields. On the
 * seeds, with filters and after incremental runs that change, add and remove speeches; and on a generated corpus
 * of 2,000 speeches.
 */
class SolrCloudParityTest {

    static final List<String> QUERIES = List.of("酒杯一端", "酒杯一端丢了饭碗", "三会一课", "廉", "5G", "问责 一案双查",
            "党风廉政建设", "党风廉政建设 -四风", "第一种形态", "两个维护", "的", "一岗双责", "廉洁队伍", "XX", "\"廉洁 队伍\"",
            "不存在的词语组合", "同志们", "发展 -廉洁");

    @TempDir
    static Path tmp;
    static MiniSolrCloudCluster cluster;
    static String url;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cloud")).build();
        cluster.waitForAllNodes(60);
        url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    record Local(Corpus corpus, ThemeMap themes, Searcher searcher) implements AutoCloseable {
        static Local of(Corpus corpus, Path work) throws IOException {
            return of(corpus, ThemeDetector.detect(corpus), work);
        }

        static Local of(Corpus corpus, ThemeMap themes, Path work) throws IOException {
            Files.createDirectories(work);
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
            try {
                SearchIndexer.index(corpus, themes, work, threads); // the Lucene index only: no client export
            } finally {
                threads.shutdown();
            }
            return new Local(corpus, themes, Searcher.open(work.resolve(SearchIndexer.INDEX)));
        }

        @Override
        public void close() throws IOException {
            searcher.close();
        }
    }

    static Path seedContent(String name) throws IOException {
        Path content = tmp.resolve(name);
        Files.createDirectories(content.resolve("speeches"));
        for (Path seed : TestFiles.files(TestFiles.seeds())) {
            Files.copy(seed, content.resolve("speeches").resolve(seed.getFileName()));
        }
        Path themes = Path.of(System.getProperty("wengao.repo", ".")).resolve("content/themes");
        Files.createDirectories(content.resolve("themes"));
        for (Path f : TestFiles.files(themes)) {
            Files.copy(f, content.resolve("themes").resolve(f.getFileName()));
        }
        return content;
    }

    static void assertSameResults(Local local, SolrSearch remote, String text, int year, String theme, int limit)
            throws IOException {
        SearchQuery q = SearchQuery.parse(text);
        SearchResults want = local.searcher().search(q, year, theme, limit);
        SearchResults got = remote.search(q, year, theme, limit);
        String what = text + " (year " + year + ", theme " + theme + ")";
        assertEquals(want.total(), got.total(), what + ": total");
        assertEquals(want.speeches(), got.speeches(), what + ": speeches");
        assertEquals(describe(want.hits()), describe(got.hits()), what + ": hits");
    }

    static List<String> describe(List<SearchHit> hits) {
        List<String> out = new ArrayList<>();
        for (SearchHit h : hits) {
            StringBuilder spans = new StringBuilder();
            h.highlights().forEach(s -> spans.append(s[0]).append('-').append(s[1]).append(' '));
            out.add(h.url() + "#" + h.anchor() + " unit " + h.unit() + " tier " + h.tier() + " all " + h.allTerms()
                    + " score " + h.score() + " [" + h.speech() + "|" + h.speechSlug() + "] " + spans + h.text());
        }
        return out;
    }

    /** Queries cut from the corpus itself, of one to eight characters, the same for every run. */
    static List<String> sampled(Corpus corpus, int count, long seed) {
        Random r = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        List<Speech> speeches = corpus.speeches();
        while (out.size() < count) {
            List<TextUnit> units = speeches.get(r.nextInt(speeches.size())).textUnits();
            String text = units.get(r.nextInt(units.size())).text();
            if (text.length() < 2) {
                continue;
            }
            int len = 1 + r.nextInt(Math.min(8, text.length()));
            int from = r.nextInt(text.length() - len + 1);
            String term = text.substring(from, from + len);
            if (!SearchQuery.parse(term).isEmpty()) {
                out.add(term);
            }
        }
        return List.copyOf(out);
    }

    static void assertLayout(String collection) {
        cluster.waitForActiveCollection(collection, 60, TimeUnit.SECONDS, 2, 2);
        DocCollection c = cluster.getSolrClient().getClusterState().getCollection(collection);
        assertEquals(2, c.getSlices().size(), "shards");
        c.getSlices().forEach(s -> assertEquals(1, s.getReplicas().size(), "replicas of " + s.getName()));
    }

    @Test
    void seedsAnswerAsTheLocalIndexAndLaterRunsSendOnlyWhatChanged() throws Exception {
        Path content = seedContent("seeds");
        SolrTarget target = new SolrTarget(url, "seeds");
        try (Local local = Local.of(CorpusReader.read(content), tmp.resolve("local-seeds"));
             SolrSearch remote = SolrSearch.open(target)) {
            int speeches = local.corpus().speeches().size();
            SolrIndexer.Report first = SolrIndexer.index(target, local.corpus().speeches(), local.themes(), 2, 1);
            assertTrue(first.created());
            assertEquals(speeches, first.sent());
            assertLayout("seeds");
            List<String> queries = new ArrayList<>(QUERIES);
            queries.addAll(sampled(local.corpus(), 40, 7));
            for (String q : queries) {
                assertSameResults(local, remote, q, 0, null, 100_000);
            }
            List<String> themes = local.searcher().themeSlugs();
            assertEquals(themes, remote.themeSlugs());
            assertTrue(!themes.isEmpty(), "the seeds mention themes");
            int year = local.corpus().speeches().get(0).date().year();
            for (String q : List.of("的", "党风廉政建设", "同志")) {
                assertSameResults(local, remote, q, year, null, 100_000);
                assertSameResults(local, remote, q, 0, themes.get(0), 100_000);
                assertSameResults(local, remote, q, 0, null, 7);
            }

            SolrIndexer.Report again = SolrIndexer.index(target, local.corpus().speeches(), local.themes(), 2, 1);
            assertEquals(new SolrIndexer.Report(first.configset(), false, 0, 0, speeches, first.units()), again);
        }

        Set<String> before = new java.util.TreeSet<>();
        CorpusReader.read(content).speeches().forEach(sp -> before.add(sp.slug()));
        // One speech edited, one removed, one added: the collection follows, and answers as the new local index.
        List<Path> files = TestFiles.files(content.resolve("speeches"));
        Path edited = files.get(0);
        Files.writeString(edited, Files.readString(edited) + "\n新增的一段：酒杯一端，丢了饭碗，这是补充的话。\n");
        Files.copy(files.get(1), content.resolve("speeches").resolve("zz-copy-added.txt"));
        Files.delete(files.get(2));
        try (Local local = Local.of(CorpusReader.read(content), tmp.resolve("local-seeds-2"));
             SolrSearch remote = SolrSearch.open(target)) {
            SolrIndexer.Report changed = SolrIndexer.index(target, local.corpus().speeches(), local.themes(), 2, 1);
            Set<String> gone = new java.util.TreeSet<>(before);
            local.corpus().speeches().forEach(sp -> gone.remove(sp.slug()));
            assertEquals(gone.size(), changed.deleted(), changed + " before " + before + " gone " + gone);
            assertTrue(changed.sent() >= 2 && changed.sent() + changed.unchanged() == local.corpus().speeches().size(),
                    changed.toString());
            for (String q : QUERIES) {
                assertSameResults(local, remote, q, 0, null, 100_000);
            }
        }
    }

    @Test
    void aGeneratedCorpusOf2000SpeechesAnswersAsTheLocalIndex() throws Exception {
        long t0 = System.nanoTime();
        Corpus corpus = GeneratedCorpus.of(2000, 42, tmp.resolve("generated"));
        System.out.println("generated in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertEquals(2000, corpus.speeches().size());
        SolrTarget target = new SolrTarget(url, "generated");
        t0 = System.nanoTime();
        try (Local local = Local.of(corpus, ThemeMap.EMPTY, tmp.resolve("local-generated"));
             SolrSearch remote = SolrSearch.open(target)) {
            System.out.println("local index in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            long start = System.nanoTime();
            SolrIndexer.Report report = SolrIndexer.index(target, corpus.speeches(), local.themes(), 2, 1);
            System.out.println("indexed " + report + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            assertEquals(2000, report.sent());
            assertLayout("generated");
            List<String> queries = new ArrayList<>(List.of("酒杯一端", "三会一课", "党风廉政建设 -四风", "两个维护",
                    "一岗双责", "\"廉洁 队伍\"", "不存在的词语组合"));
            queries.addAll(sampled(corpus, 12, 11));
            for (String q : queries) {
                start = System.nanoTime();
                assertSameResults(local, remote, q, 0, null, 200);
                System.out.println(q + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        }
    }
}
