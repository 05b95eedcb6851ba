package wengao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wengao.pipeline.BuildOptions;
import wengao.pipeline.BuildReport;
import wengao.pipeline.SiteBuilder;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the static site from the speeches in the content folder.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceFolders folders;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Output folder, replaced whole when the build succeeds. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--strict", description = "Treat warnings as errors (for CI): the site is not replaced if there are any.")
    boolean strict;

    @Option(names = "--no-report", description = "Leave out the editors' report page _report.html (dropped lines and problems per file).")
    boolean noReport;

    @Option(names = "--full", description = "Build everything anew, ignoring what the build cache (.wengao-cache/) kept from the last build.")
    boolean full;

    @Option(names = "--search-endpoint", paramLabel = "URL",
            description = "The search page asks this JSON endpoint (wengao serve --solr) instead of the static index.")
    String searchEndpoint;

    @Option(names = "--timings", description = "Print how long each stage took.")
    boolean timings;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        BuildReport report;
        try (StageProgress progress = new StageProgress(stdout, Terminal.interactive())) {
            BuildOptions options = new BuildOptions(folders.content, folders.templates, out, strict, !noReport, full,
                    searchEndpoint);
            report = SiteBuilder.build(options, notice -> {
                stdout.println(notice);
                stdout.flush();
            }, progress);
        }
        ExitCodes.printed(stderr, report.problems()); // the exit code is the report's: --strict, publishing
        stderr.flush();
        String counts = String.format(Locale.ROOT, "%d speeches, %d pages, %d warnings, %d errors, %.2f s",
                report.speeches(), report.pages(), report.warnings(), report.errors(), report.totalMillis() / 1000);
        if (timings) {
            StringBuilder t = new StringBuilder("stages:");
            report.stageMillis().forEach((stage, ms) -> t.append(String.format(Locale.ROOT, " %s %.0f ms,", stage, ms)));
            stdout.println(t.substring(0, t.length() - 1));
            stdout.println("memory: " + PeakMemory.describe());
        }
        if (report.isPublished()) {
            // A warning of publishing itself (a leftover it could not remove) comes after the site is in place.
            boolean strictFailure = report.failed();
            stdout.println("built " + out + "/: " + counts + "; " + redone(report)
                    + (strictFailure ? "; --strict treats warnings as errors" : ""));
            return strictFailure ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
        }
        stdout.println("build failed (" + counts + ")" + (report.isStrict() && report.errors() == 0
                ? "; --strict treats warnings as errors" : "") + "; " + out + "/ was not replaced");
        return ExitCodes.INPUT_PROBLEMS;
    }

    /**
     * How much the build redid: {@code full build: 2,000 speeches parsed, 2,017 pages written}; a build that took
     * speeches unchanged from the last one says {@code 12 pages rebuilt, 1 speech reparsed, 1,999 unchanged}.
     */
    static String redone(BuildReport report) {
        if (report.unchanged() == 0) {
            return "full build: " + count(report.speechesParsed(), "speech", "speeches") + " parsed, "
                    + count(report.pagesWritten(), "page", "pages") + " written";
        }
        return count(report.pagesWritten(), "page", "pages") + " rebuilt, "
                + count(report.speechesParsed(), "speech", "speeches") + " reparsed, "
                + String.format(Locale.ROOT, "%,d", report.unchanged()) + " unchanged";
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
