package wengao.build;

import java.util.List;
import java.util.function.Supplier;
import java.nio.file.Path;
import java.util.ArrayList;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.OutputFile;
import wengao.model.Problem;
import wengao.model.ThemeMap;
import wengao.publish.SitePublisher;
import wengao.render.SiteRenderer;
import wengao.themes.ThemeDetector;

/**
 * The whole build, one call per stage. Stages hand each other model values and never see one another; nothing is
 * written before every stage has succeeded, so a failed build leaves the previous site as it was.
 */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    public static BuildReport build(BuildOptions options) {
        BuildReport report = new BuildReport(options.strict());

        Corpus corpus = timed(report, "ingest", () -> CorpusReader.read(options.content()));
        report.add(corpus.problems());

        ThemeMap themes = timed(report, "themes", () -> ThemeDetector.detect(corpus));
        report.add(themes.problems());

        SiteRenderer.Result site = timed(report, "render", () -> new SiteRenderer(options.templates()).render(corpus, themes));
        report.add(site.problems());
        report.counts(corpus.speeches().size(), countPages(site.files()), site.files().size(), totalBytes(site.files()));

        if (report.failed()) {
            return report;
        }
        report.add(timed(report, "publish", () -> SitePublisher.publish(site.files(), options.out())));
        if (!report.failed()) {
            report.published();
        }
        return report;
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
        return files.stream().mapToLong(f -> f.content().length).sum();
    }
}
