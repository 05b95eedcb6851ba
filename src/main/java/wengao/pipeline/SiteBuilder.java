package wengao.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import wengao.citations.CitationFinder;
import wengao.ingest.CorpusReader;
import wengao.ingest.ParseCache;
import wengao.model.Citations;
import wengao.model.Corpus;
import wengao.model.OutputFile;
import wengao.model.PageReuse;
import wengao.model.PassageMap;
import wengao.model.Problem;
import wengao.model.RelatedMap;
import wengao.model.SearchPageHints;
import wengao.model.ThemeMap;
import wengao.publish.IoReason;
import wengao.passages.PassageCache;
import wengao.passages.PassageFinder;
import wengao.publish.SitePublisher;
import wengao.render.SiteRenderer;
import wengao.search.OutlineWords;
import wengao.search.RelatedCache;
import wengao.search.RelatedSpeeches;
import wengao.search.SearchIndexer;
import wengao.text.FileFingerprints;
import wengao.themes.ThemeCache;
import wengao.themes.ThemeDetector;

/**
 * The whole build, one call per stage. Stages hand each other model values and never see one another; nothing goes
 * into the site before every stage has succeeded (what they make waits in the build cache's staging folder), so a
 * failed build leaves the previous site as it was. A fresh search index is written with both cores, related speeches
 * found beside it; then its export and render, which need only what is done, run side by side. An update of the
 * last build's index, and its export, run beside everything after the themes where the heap has room for both
 * ({@link HeapRoom}). Before any of it:
 * an output folder that would swallow the content or templates is refused, and a second build of the same content
 * or into the same output folder waits for the first. {@link #check} runs the same stages and writes neither
 * the site nor the cache.
 */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    /** How long a build waits for another build of the same folders before it gives up. */
    static final Duration PATIENCE = Duration.ofMinutes(10);

    public static BuildReport build(BuildOptions options) {
        return build(options, notice -> { });
    }

    /** {@code notices} hears what the build is waiting for, while it waits (another build of the same folders). */
    public static BuildReport build(BuildOptions options, Consumer<String> notices) {
        return build(options, notices, BuildProgress.SILENT);
    }

    /** {@code progress} hears each stage start and end. */
    public static BuildReport build(BuildOptions options, Consumer<String> notices, BuildProgress progress) {
        return build(options, notices, progress, PATIENCE);
    }

    static BuildReport build(BuildOptions options, Consumer<String> notices, Duration patience) {
        return build(options, notices, BuildProgress.SILENT, patience);
    }

    static BuildReport build(BuildOptions options, Consumer<String> notices, BuildProgress progress, Duration patience) {
        BuildReport report = new BuildReport(options.strict());
        report.listen(progress);
        Optional<Problem> overlap = FolderOverlap.check(options);
        if (overlap.isPresent()) {
            report.add(List.of(overlap.get()));
            return report;
        }
        BuildCache cache = BuildCache.of(options.content());
        try (BuildLock content = lock(cache.lockFile(), options.content(), "of", "cannot use the build cache",
                     patience, notices, report);
             BuildLock out = content == null ? null : lock(SitePublisher.lockFile(options.out()), options.out(), "into",
                     "cannot write beside the output folder", patience, notices, report)) {
            if (out != null) {
                long started = System.nanoTime();
                run(options, cache, report, notices);
                report.finished(System.nanoTime() - started);
            }
        }
        return report;
    }

    /** Waits for another build of the same folder; null, with the problem reported, when it cannot. */
    private static BuildLock lock(Path file, Path folder, String preposition, String cannot, Duration patience,
                                  Consumer<String> notices, BuildReport report) {
        try {
            return BuildLock.take(file, patience, holder -> notices.accept("waiting for another build " + preposition
                    + " " + folder + " to finish (" + holder + ")"));
        } catch (BuildLock.Busy e) {
            report.add(List.of(Problem.error(folder.toString(), 0, "another build " + preposition + " this folder is "
                    + "still running (" + e.holder + ") after " + waited(patience) + "; try again when it has finished")));
        } catch (IOException e) {
            report.add(List.of(Problem.error(folder.toString(), 0, cannot + ": " + IoReason.describe(e))));
        }
        return null;
    }

    private static String waited(Duration d) {
        return d.toMinutes() >= 1 ? d.toMinutes() + " minutes"
                : String.format(java.util.Locale.ROOT, "%.1f seconds", d.toMillis() / 1000.0);
    }

    private static void run(BuildOptions options, BuildCache cache, BuildReport report, Consumer<String> notices) {
        long startedAt = System.currentTimeMillis();
        String version = CodeVersion.current();
        Path out = options.out().toAbsolutePath().normalize();
        // Before any file is read: its clock probe is this build's start, which the next trusts stamps by.
        FileFingerprints stamps = options.full() ? cache.noFingerprints() : cache.fingerprints();
        // The content's digest on another core, while the last build's state is read and the site looked at.
        CompletableFuture<String> inputsSoon = CompletableFuture.supplyAsync(
                () -> BuildInputs.digest(options, version, stamps));
        Optional<LastBuild> last = options.full() ? Optional.empty() : cache.lastBuild(version, notices);
        // The site as it is, looked at once: for whether anything changed, which pages can be taken, what a patch
        // removes, and (patched with the files moved in) what the next build compares the site with.
        Map<String, LastBuild.Stamp> site = last.isPresent() && last.get().out().equals(out.toString())
                ? timed(report, "survey", () -> surveyed(options, out, report)) : Map.of();
        String inputs = joined(inputsSoon);
        if (last.isPresent() && last.get().inputs().equals(inputs) && last.get().isIntact(out, site)) {
            unchanged(last.get(), report);
            return;
        }
        Path work = staging(options, cache, report);
        if (work == null) {
            return;
        }
        ParseCache parses = options.full() ? ParseCache.empty(version) : cache.parses(version);
        ThemeCache themes = options.full() ? ThemeCache.empty(version) : cache.themes(version);
        OutlineWords words = options.full() ? OutlineWords.empty(version) : cache.outlineWords(version);
        PassageCache passages = options.full() ? PassageCache.empty(version) : cache.passages(version);
        RelatedCache related = options.full() ? RelatedCache.empty(version) : cache.related(version);
        if (last.isPresent()) { // else the note on the last build said it already: one line, not two
            parses.note().ifPresent(notices);
            themes.note().ifPresent(notices);
            words.note().ifPresent(notices);
        }
        PageStore pages = new PageStore(last, out, BuildInputs.templates(options, version, stamps), site);
        ExecutorService threads = threads();
        try {
            Read read = read(options.content(), parses, stamps, themes, words, passages, related, report);
            int parsed = parses.parsed();
            report.add(cache.keep(parses)); // and let go of it: the rest of the build needs the memory
            report.add(cache.keep(themes));
            report.add(cache.keep(stamps));
            Corpuswide wide = corpuswide(read, work, last.isPresent() ? cache.kept() : null, pages, threads, report);
            report.add(cache.keep(words));
            report.add(cache.keep(passages));
            report.add(cache.keep(related));
            if (last.isPresent()) {
                passages.note().ifPresent(notices); // known once the stage has read it
                related.note().ifPresent(notices);
            }
            // Made pages go beside the staged index, for publish to move into the site: not held in memory till then.
            SiteRenderer renderer = new SiteRenderer(options.templates(), pages, options.searchEndpoint(),
                    work.resolve(SiteRenderer.MADE));
            List<OutputFile> files = new ArrayList<>(render(renderer, read, wide.found, wide.related, report));
            SearchIndexer.Result exported = joined(wide.search);
            exported.notes().forEach(notices);
            files.addAll(search(renderer, exported, report));
            if (options.report()) {
                files.addAll(editorsReport(renderer, read.corpus, report));
            }
            List<Problem> found = report.problems();
            publish(files, options, site, read.corpus, report, cache, startedAt, parsed, pages.reusedPages(),
                    publication -> new LastBuild(version, inputs, out.toString(), publication.patched() && !site.isEmpty()
                            ? LastBuild.patched(out, site, files) : LastBuild.survey(out), pages.keys(), found,
                            report.dropped(), read.corpus.speeches().size(), report.written()));
        } finally {
            threads.shutdown();
        }
    }

    /**
     * The site's files as they are, once what a build that stopped half-way left beside it is repaired (a patch it
     * had planned is finished first, so that nothing changes the site after this look).
     */
    private static Map<String, LastBuild.Stamp> surveyed(BuildOptions options, Path out, BuildReport report) {
        report.add(SitePublisher.recover(options.out()));
        return LastBuild.survey(out);
    }

    /** What the stages after the themes found, and the search stage, which may still be running. */
    private record Corpuswide(Found found, RelatedMap related, CompletableFuture<SearchIndexer.Result> search) {
    }

    /**
     * Shared passages, citations and related speeches, and the search index with its export. An update of the
     * last build's index ({@code lastIndex}) keeps one core busy: it and the export run beside the rest where the
     * heap has room for both. A fresh index is written with both cores, related speeches found beside it; the
     * export then runs beside render.
     */
    private static Corpuswide corpuswide(Read read, Path work, Path lastIndex, PageReuse pages, ExecutorService threads,
                                         BuildReport report) {
        if (lastIndex != null && HeapRoom.forSideBySide()) {
            CompletableFuture<SearchIndexer.Result> search = CompletableFuture.supplyAsync(() -> {
                SearchIndexer.Indexed index = timed(report, "search index",
                        () -> SearchIndexer.index(read.corpus, read.themes, work, lastIndex, threads));
                return timed(report, "search export", () -> index.export(pages));
            }, threads);
            Found found = find(read, report);
            return new Corpuswide(found, timed(report, "related", () -> related(read, found)), search);
        }
        Found found = find(read, report);
        CompletableFuture<RelatedMap> relatedSoon = CompletableFuture.supplyAsync(
                () -> timed(report, "related", () -> related(read, found)), threads);
        SearchIndexer.Indexed index = timed(report, "search index",
                () -> SearchIndexer.index(read.corpus, read.themes, work, lastIndex, threads));
        RelatedMap related = joined(relatedSoon);
        return new Corpuswide(found, related, CompletableFuture.supplyAsync(
                () -> timed(report, "search export", () -> index.export(pages)), threads));
    }

    /** A stage run beside another, as if it had run on this thread: what it threw is thrown here. */
    private static <T> T joined(CompletableFuture<T> stage) {
        try {
            return stage.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Nothing the build reads changed since the last build, and its site is as it left it: there is nothing to do. */
    private static void unchanged(LastBuild last, BuildReport report) {
        report.add(last.problems());
        report.readBefore(last.dropped(), last.speeches());
        report.counts(last.speeches(), last.written());
        report.redone(0, 0, last.speeches());
        report.published();
    }

    /**
     * The build's threads, handed to the stages that keep a second core busy beside their own work (the search
     * index and its export). Grown as they ask, so that a stage waiting on its own helper never waits for a thread.
     */
    private static ExecutorService threads() {
        return Executors.newCachedThreadPool(work -> {
            Thread t = new Thread(work, "wengao-build");
            t.setDaemon(true);
            return t;
        });
    }

    /** The build cache's fresh staging folder for the search index; null, with the problem reported, when none. */
    private static Path staging(BuildOptions options, BuildCache cache, BuildReport report) {
        try {
            return cache.freshStaging();
        } catch (IOException e) {
            report.add(List.of(Problem.error(options.content().toString(), 0, "cannot prepare the build cache in "
                    + cache.folder() + ": " + IoReason.describe(e))));
            report.add(SitePublisher.recover(options.out()));
            return null;
        }
    }

    /**
     * Publishes the site, unless the build failed; after a published build its search index becomes the one
     * {@code wengao search} answers from.
     */
    private static void publish(List<OutputFile> files, BuildOptions options, Map<String, LastBuild.Stamp> site,
                                Corpus corpus, BuildReport report, BuildCache cache, long startedAt, int parsed,
                                int reusedPages, java.util.function.Function<SitePublisher.Publication, LastBuild> state) {
        SitePublisher.Publication publication = report.failed()
                ? new SitePublisher.Publication(false, SitePublisher.measure(files), SitePublisher.recover(options.out()))
                : timed(report, "publish", () -> SitePublisher.publish(files, options.out(),
                        site.isEmpty() ? null : site.keySet()));
        report.add(publication.problems());
        report.counts(corpus.speeches().size(), publication.written());
        int speeches = corpus.speeches().size();
        report.redone(parsed, publication.written().pages() - reusedPages, speeches - parsed);
        if (publication.live()) {
            report.published();
            report.add(cache.promote(startedAt, state.apply(publication)));
        } else {
            cache.discardStaging();
        }
    }

    /**
     * What a build verifies, without writing the site or the build cache: every stage but the search index (whose
     * problems are the disk's, not the input's) runs, the pages are rendered into a temporary folder removed after,
     * and what publishing would refuse is checked. The search page is rendered without an index, for its template.
     */
    public static BuildReport check(BuildOptions options) {
        BuildReport report = new BuildReport(options.strict());
        Optional<Problem> overlap = FolderOverlap.check(options);
        if (overlap.isPresent()) {
            report.add(List.of(overlap.get()));
            return report;
        }
        long started = System.nanoTime();
        BuildCache cache = BuildCache.of(options.content());
        String version = CodeVersion.current();
        Read read = read(options.content(), cache.parses(version), null, cache.themes(version),
                cache.outlineWords(version), cache.passages(version), cache.related(version), report);
        Found found = find(read, report);
        RelatedMap related = timed(report, "related", () -> related(read, found));
        // The pages are made as a build makes them, into a folder of the system's temporary files that is removed
        // after: a large corpus's pages do not fit in the heap a build is given.
        Path made = scratch();
        try {
            SiteRenderer renderer = new SiteRenderer(options.templates(), wengao.model.PageReuse.NONE, null, made);
            List<OutputFile> files = new ArrayList<>(render(renderer, read, found, related, report));
            files.addAll(searchPage(renderer, SearchPageHints.NONE, report));
            if (options.report()) {
                files.addAll(editorsReport(renderer, read.corpus, report));
            }
            report.add(SitePublisher.verify(files, options.out()));
            report.counts(read.corpus.speeches().size(), SitePublisher.measure(files));
        } finally {
            if (made != null) {
                try {
                    BuildCache.deleteTree(made);
                } catch (IOException e) {
                    // a temporary folder the system clears
                }
            }
        }
        report.finished(System.nanoTime() - started);
        return report;
    }

    /** A fresh temporary folder, or null (the pages are then kept in memory) when none can be made. */
    private static Path scratch() {
        try {
            return java.nio.file.Files.createTempDirectory("wengao-check-");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The corpus and its themes, with the checks only the whole corpus allows; the outline words and passages kept for it. */
    private record Read(Corpus corpus, ThemeMap themes, OutlineWords words, PassageCache passages,
                        RelatedCache related) {
    }

    /** What is found across the corpus: shared passages and cited documents. */
    private record Found(PassageMap passages, Citations citations) {
    }

    /** {@code files}: the stamps of the files the last build read (null: read every file). */
    private static Read read(Path content, ParseCache parses, FileFingerprints files, ThemeCache themeCache,
                             OutlineWords words, PassageCache passages, RelatedCache related, BuildReport report) {
        Corpus corpus = timed(report, "ingest", () -> CorpusReader.read(content, parses, files));
        report.add(corpus.problems());
        report.read(corpus.speeches());

        ThemeMap themes = timed(report, "themes", () -> ThemeDetector.detect(corpus, themeCache));
        report.add(themes.problems());
        report.add(CorpusChecks.of(corpus, themes));
        return new Read(corpus, themes, words, passages, related);
    }

    private static Found find(Read read, BuildReport report) {
        PassageMap passages = timed(report, "passages", () -> PassageFinder.find(read.corpus, read.themes, read.passages));
        Citations citations = timed(report, "citations", () -> CitationFinder.find(read.corpus));
        return new Found(passages, citations);
    }

    private static RelatedMap related(Read read, Found found) {
        return RelatedSpeeches.find(read.corpus, read.themes, found.citations, found.passages, read.words,
                read.related);
    }

    /** Every page but the search page and the editors' report. */
    private static List<OutputFile> render(SiteRenderer renderer, Read read, Found found, RelatedMap related,
                                           BuildReport report) {
        SiteRenderer.Result site = timed(report, "render",
                () -> renderer.render(read.corpus, read.themes, found.passages, related));
        SiteRenderer.Result cited = timed(report, "render citations",
                () -> renderer.citations(read.corpus, found.citations));
        report.add(site.problems());
        report.add(cited.problems());
        List<OutputFile> files = new ArrayList<>(site.files());
        files.addAll(cited.files());
        return files;
    }

    /** The search page, with what it must know of the exported client index, and the files of that index. */
    private static List<OutputFile> search(SiteRenderer renderer, SearchIndexer.Result search, BuildReport report) {
        report.add(search.problems());
        List<OutputFile> files = new ArrayList<>(searchPage(renderer, search.hints(), report));
        files.addAll(search.files());
        return files;
    }

    private static List<OutputFile> searchPage(SiteRenderer renderer, SearchPageHints hints, BuildReport report) {
        SiteRenderer.Result page = renderer.searchPage(hints);
        report.add(page.problems());
        return page.files();
    }

    /** Last: the editors' report lists every problem of the build. */
    private static List<OutputFile> editorsReport(SiteRenderer renderer, Corpus corpus, BuildReport report) {
        SiteRenderer.Result editors = timed(report, "render report", () -> renderer.report(corpus, report.problems()));
        report.add(editors.problems());
        return editors.files();
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
        report.starting(stage);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            report.stage(stage, System.nanoTime() - start);
        }
    }
}
