package wengao.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import wengao.pipeline.BuildCache;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.SearchHit;
import wengao.model.Speech;
import wengao.model.TextUnit;
import wengao.search.SearchQuery;
import wengao.search.Searcher;
import wengao.text.TextNormalizer;

/**
 * The benchmark: generates a synthetic corpus, builds it as a user would (a separate {@code java -jar} process),
 * checks search exactness against a plain scan, and measures the search page in headless Chromium: the bytes a
 * cold browser loads per query (served over HTTP on 127.0.0.1 and counted), the time to results from disk, and
 * the time for the next keystroke. Prints figures; asserts nothing.
 */
public final class Benchmark {

    /** A rare and a common phrase of the targets first, then everyday queries. */
    public static final List<String> QUERIES = List.of("酒杯一端", "党风廉政建设", "三会一课", "廉", "5G", "问责 一案双查",
            "第一种形态", "全面从严治党", "习近平新时代中国特色社会主义思想", "人工智能+");

    private final PrintWriter out;

    public Benchmark(PrintWriter out) {
        this.out = out;
    }

    public record Options(int speeches, List<Path> sources, Path work, long seed, boolean browser, Path themes) {
    }

    public int run(Options o) throws IOException, InterruptedException {
        BuildCache.deleteTree(o.work());
        Path content = o.work().resolve("content");
        Path site = o.work().resolve("site");
        Files.createDirectories(content);
        if (o.themes() != null && Files.isDirectory(o.themes())) {
            copyTree(o.themes(), content.resolve("themes"));
        }
        long t0 = System.nanoTime();
        CorpusGenerator generator = new CorpusGenerator(o.sources());
        long chars = generator.generate(o.speeches(), o.seed(), content);
        out.printf(Locale.ROOT, "corpus: %d speeches, %.1f M characters, from %d source paragraphs (%.1f s to generate)%n",
                o.speeches(), chars / 1e6, generator.poolSize(), (System.nanoTime() - t0) / 1e9);
        out.flush();

        flushToDisk();
        buildInChildProcess(content, site, "full build");
        out.printf(Locale.ROOT, "site: %s in %d files; client search index: %s in %d files%n",
                mb(size(site)), count(site), mb(size(site.resolve("search"))), count(site.resolve("search")));
        out.flush();
        incrementalBuilds(content, site, o.sources());

        exactness(content);
        if (o.browser()) {
            browser(site);
        }
        return 0;
    }

    /**
     * The generator has just written the corpus; without this the build would be timed while the system writes
     * those files out. A user's content is on disk already.
     */
    private static void flushToDisk() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            // not a Unix system: the figures include the write-out
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Builds after the full one, as an editor makes them: nothing changed, one speech changed (a paragraph added in
     * the middle of the corpus), one speech added, one deleted. Each is a whole {@code java -jar} process.
     */
    private void incrementalBuilds(Path content, Path site, List<Path> sources) throws IOException, InterruptedException {
        buildInChildProcess(content, site, "no-change build");
        List<Path> speeches;
        try (var s = Files.walk(content.resolve("speeches"))) {
            speeches = s.filter(Files::isRegularFile).sorted().toList();
        }
        Path middle = speeches.get(speeches.size() / 2);
        Files.writeString(middle, "\n要把全面从严治党的要求落实到每一个支部。\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        buildInChildProcess(content, site, "one-speech build (one paragraph added)");
        // A real speech, as an editor adds one (the generated ones share their paragraphs with the rest).
        Path real;
        try (var s = Files.walk(sources.get(0))) {
            real = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElse(speeches.get(0));
        }
        Path added = middle.resolveSibling("bench-added.txt");
        Files.copy(real, added);
        buildInChildProcess(content, site, "one speech added (" + real.getFileName() + ")");
        Files.delete(added);
        buildInChildProcess(content, site, "one speech deleted");
    }

    private void buildInChildProcess(Path content, Path site, String what) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = System.getProperty("wengao.jar", "target/wengao.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IOException(jar + " is missing: the benchmark builds with the packaged jar (mvn -B -q -Pbench package -DskipTests)");
        }
        List<String> command = List.of(java, "-jar", jar, "build", "--content", content.toString(), "--out", site.toString(), "--timings");
        out.println(what + ": " + String.join(" ", command.subList(1, command.size())));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.println("  " + line);
            }
        }
        int code = p.waitFor();
        out.printf(Locale.ROOT, "  whole build process, JVM start included: %.2f s (exit %d)%n", (System.nanoTime() - start) / 1e9, code);
        out.flush();
        if (code != 0) {
            throw new IOException("the build failed");
        }
    }

    /** Every query of the set and random substrings against a plain scan of every unit's normalized text. */
    private void exactness(Path content) throws IOException {
        Corpus corpus = CorpusReader.read(content);
        List<String> keys = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Speech s : corpus.speeches()) {
            for (TextUnit u : s.textUnits()) {
                keys.add(s.url() + "#" + u.anchor());
                texts.add(TextNormalizer.normalize(u.text()));
            }
        }
        List<String> queries = new ArrayList<>(QUERIES.stream().filter(q -> !q.contains(" ")).toList());
        Random random = new Random(11);
        String all = String.join("", texts.subList(0, Math.min(texts.size(), 5000)));
        for (int i = 0; i < 200; i++) {
            int length = 1 + random.nextInt(8);
            int start = random.nextInt(all.length() - length);
            queries.add(all.substring(start, start + length));
        }
        long truePositives = 0;
        long found = 0;
        long relevant = 0;
        long t0 = System.nanoTime();
        try (Searcher searcher = Searcher.open(BuildCache.of(content).index())) {
            for (String q : queries) {
                String term = TextNormalizer.normalize(q);
                Set<String> truth = new HashSet<>();
                for (int i = 0; i < texts.size(); i++) {
                    if (texts.get(i).contains(term)) {
                        truth.add(keys.get(i));
                    }
                }
                Set<String> hits = new HashSet<>();
                for (SearchHit h : searcher.search(SearchQuery.parse(q), 0, null, Integer.MAX_VALUE).hits()) {
                    hits.add(h.url() + "#" + h.anchor());
                }
                relevant += truth.size();
                found += hits.size();
                hits.retainAll(truth);
                truePositives += hits.size();
            }
        }
        out.printf(Locale.ROOT, "exactness: %d queries (the set and 200 random substrings of 1-8 characters), %d hits: "
                        + "precision %.4f, recall %.4f (%.0f ms)%n", queries.size(), found,
                found == 0 ? 1.0 : (double) truePositives / found, relevant == 0 ? 1.0 : (double) truePositives / relevant,
                (System.nanoTime() - t0) / 1e6);
        out.flush();
    }

    private void browser(Path site) throws IOException {
        if (!HeadlessChromium.installed()) {
            out.println("browser: skipped, no headless Chromium (apt-get install chromium chromium-driver)");
            return;
        }
        out.println("browser (headless Chromium; every run in a fresh profile, so with a cold cache; times are the median of "
                + RUNS + " runs):");
        out.printf("  %-20s %7s %12s %9s %15s %13s %10s%n", "query", "hits", "cold bytes", "requests", "to results", "of which us", "next key");
        try (StaticServer server = new StaticServer(site, "/")) {
            for (String q : QUERIES) {
                String param = URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20");
                long[] counts;
                try (HeadlessChromium s = HeadlessChromium.start()) {
                    server.takeCounts();
                    s.open(server.url("/") + "search.html?q=" + param);
                    s.waitFor("document.documentElement.getAttribute('data-search-total')", 60_000);
                    counts = server.takeCounts();
                }
                String total = "";
                double[] disk = new double[RUNS];
                double[] ours = new double[RUNS];
                double[] next = new double[RUNS];
                for (int run = 0; run < RUNS; run++) {
                    try (HeadlessChromium s = HeadlessChromium.start()) {
                        int[] cps = q.codePoints().toArray();
                        String first = new String(cps, 0, cps.length - 1);
                        String last = new String(cps, cps.length - 1, 1);
                        // A reader comes from a page of the site (the header's search box): the style sheet is
                        // cached, the search page's scripts and every index file are not.
                        s.open(site.resolve("index.html").toUri().toString());
                        s.open(site.resolve("search.html").toUri() + "?q=" + param);
                        disk[run] = Double.parseDouble((String) s.waitFor("document.documentElement.getAttribute('data-results-at')", 60_000));
                        ours[run] = disk[run] - Double.parseDouble((String) s.script("return document.documentElement.getAttribute('data-search-start');"));
                        total = (String) s.waitFor("document.documentElement.getAttribute('data-search-total')", 60_000);
                        s.script("var q = document.getElementById('q'); q.value = arguments[0]; q.dispatchEvent(new Event('input'));", first);
                        Thread.sleep(300);
                        s.script("document.documentElement.removeAttribute('data-search-ms');");
                        s.type("#q", last);
                        next[run] = Double.parseDouble((String) s.waitFor("document.documentElement.getAttribute('data-search-ms')", 60_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                }
                out.printf(Locale.ROOT, "  %-20s %7s %9.1f KB %9d %12.1f ms %10.1f ms %7.1f ms%n", abbreviate(q), total,
                        counts[0] / 1024.0, counts[1], median(disk), median(ours), median(next));
                out.flush();
            }
        }
        out.println("  cold bytes: everything search.html?q= loads over HTTP in a fresh profile (page, style, scripts, index files).");
        out.println("  to results: from navigation to the first results drawn, from file://, arriving from the home page (style");
        out.println("  cached, search script and index files cold); of which us: from the search script starting to results drawn,");
        out.println("  the rest being the browser's own page load; next key: from a keystroke to its results drawn.");
    }

    private static final int RUNS = 3;

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    private static String abbreviate(String q) {
        return q.length() <= 12 ? q : q.substring(0, 11) + "…";
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> w = Files.walk(dir)) {
            return w.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> w = Files.walk(dir)) {
            return w.filter(Files::isRegularFile).count();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> w = Files.walk(from)) {
            for (Path p : w.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
