package wengao.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.OutputFile;
import wengao.model.PassageMap;
import wengao.model.Problem;
import wengao.model.ThemeMap;
import wengao.passages.PassageFinder;
import wengao.publish.SitePublisher;
import wengao.render.SiteRenderer;
import wengao.search.SearchIndexer;
import wengao.themes.ThemeDetector;

/**
 * The whole build, one call per stage. Stages hand each other model values and never see one another; nothing is
 * written before every stage has succeeded, so a failed build leaves the previous site as it was. The search index
 * is written with both cores; then its export and render, which need only what is done, run side by side.
 */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    public static BuildReport build(BuildOptions options) {
        long startedAt = System.currentTimeMillis();
        long started = System.nanoTime();
        BuildReport report = new BuildReport(options.strict());
        BuildCache cache = BuildCache.of(options.content());
        Path work;
        try {
            work = cache.freshStaging();
        } catch (IOException e) {
            report.add(List.of(Problem.error(cache.index().toString(), 0, "cannot prepare the build cache: " + e.getMessage())));
            return report;
        }

        Corpus corpus = timed(report, "ingest", () -> CorpusReader.read(options.content()));
        report.add(corpus.problems());

        ThemeMap themes = timed(report, "themes", () -> ThemeDetector.detect(corpus));
        report.add(themes.problems());

        PassageMap passages = timed(report, "passages", () -> PassageFinder.find(corpus, themes));

        SearchIndexer.Indexed index = timed(report, "search index", () -> SearchIndexer.index(corpus, themes, work));

        // Exporting the client index and rendering the pages need only what is done: they run side by side.
        ExecutorService exportThread = Executors.newSingleThreadExecutor();
        CompletableFuture<SearchIndexer.Result> exporting =
                CompletableFuture.supplyAsync(() -> timed(report, "search export", index::export), exportThread);
        exportThread.shutdown();
        SiteRenderer renderer = new SiteRenderer(options.templates());
        SiteRenderer.Result site = timed(report, "render", () -> renderer.render(corpus, themes, passages));
        SearchIndexer.Result search = exporting.join();
        SiteRenderer.Result searchPage = renderer.searchPage(search.pageIndex());
        report.add(search.problems());
        report.add(site.problems());
        report.add(searchPage.problems());

        List<OutputFile> files = new ArrayList<>(site.files());
        files.addAll(searchPage.files());
        files.addAll(search.files());
        if (options.report()) { // last: the editors' report lists every problem of the build
            SiteRenderer.Result editors = timed(report, "render", () -> renderer.report(corpus, report.problems()));
            report.add(editors.problems());
            files.addAll(editors.files());
        }
        report.counts(corpus.speeches().size(), countPages(files), files.size(), totalBytes(files));
        if (!report.failed()) {
            report.add(timed(report, "publish", () -> SitePublisher.publish(files, options.out())));
        }

        if (report.failed()) {
            cache.discardStaging();
        } else {
            report.published();
            keepIndex(cache, startedAt, report);
        }
        report.finished(System.nanoTime() - started);
        return report;
    }

    /** After a published build: its index becomes the one {@code wengao search} answers from. */
    private static void keepIndex(BuildCache cache, long startedAt, BuildReport report) {
        try {
            cache.promote(startedAt);
        } catch (IOException e) {
            report.add(List.of(Problem.warning(cache.index().toString(), 0, "the site was built but the search index "
                    + "could not be kept for 'wengao search': " + e.getMessage())));
        }
    }

    /** The corpus and its themes without rendering: what {@code wengao themes} reports on. */
    public record Analysis(Corpus corpus, ThemeMap themes, List<Problem> problems) {
    }

    public static Analysis analyse(Path content) {
        Corpus corpus = CorpusReader.read(content);
        ThemeMap themes = ThemeDetector.detect(corpus);
        List<Problem> problems = new ArrayList<>(corpus.problems());
        problems.addAll(themes.problems());
        return new Analysis(corpus, themes, problems);
    }

    private static <T> T timed(BuildReport report, String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            report.stage(stage, System.nanoTime() - start);
        }
    }

    private static int countPages(List<OutputFile> files) {
        return (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
    }

    private static long totalBytes(List<OutputFile> files) {
        long total = 0;
        for (OutputFile f : files) {
            try {
                total += f.content() != null ? f.content().length : java.nio.file.Files.size(f.source());
            } catch (IOException e) {
                // a file that cannot be sized will fail to publish, and that is where it is reported
            }
        }
        return total;
    }
}
