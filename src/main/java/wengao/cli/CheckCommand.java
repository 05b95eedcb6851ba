package wengao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wengao.pipeline.BuildOptions;
import wengao.pipeline.BuildReport;
import wengao.pipeline.SiteBuilder;
import wengao.json.JsonWriter;
import wengao.model.Problem;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the content as a build would, and writes nothing: every problem, the lines dropped per "
                + "file, links between speeches that lead nowhere, curated themes no speech mentions, speeches of one title.",
                "Exit 0 when clean, 1 with errors (or warnings under --strict)."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceFolders folders;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "The output folder a build would replace, checked but not touched. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--strict", description = "Treat warnings as errors (for CI): exit 1 if there are any.")
    boolean strict;

    @Option(names = "--no-report", description = "As build --no-report: leave the editors' report page out of the check.")
    boolean noReport;

    @Option(names = "--json", description = "Print one JSON object: files, problems, dropped.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        BuildReport report = SiteBuilder.check(new BuildOptions(folders.content, folders.templates, out, strict, !noReport));
        if (json) {
            stdout.println(JsonWriter.pretty(json(report)));
        } else {
            ExitCodes.printed(stderr, report.problems()); // the exit code is the report's: --strict
            stderr.flush();
            for (BuildReport.Dropped d : report.dropped()) {
                stdout.println(d.file() + ":" + d.line().line() + ": dropped (" + d.line().reason() + "): " + d.line().text());
            }
            stdout.println(String.format(Locale.ROOT, "checked %s/: %d speeches, %d pages, %d dropped lines, "
                            + "%d warnings, %d errors, %d notes, %.2f s%s", folders.content, report.speeches(), report.pages(),
                    report.dropped().size(), report.warnings(), report.errors(), report.notes(),
                    report.totalMillis() / 1000, report.isStrict() && report.errors() == 0 && report.failed()
                            ? "; --strict treats warnings as errors" : ""));
        }
        stdout.flush();
        return report.failed() ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
    }

    /** The documented shape: {@code {"files", "problems": [{file, line, severity, message}], "dropped": [{file, line, text, reason}]}}. */
    static Map<String, Object> json(BuildReport report) {
        List<Object> problems = new ArrayList<>();
        for (Problem p : report.problems()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", p.file());
            o.put("line", p.line());
            o.put("severity", p.severity().word());
            o.put("message", p.message());
            problems.add(o);
        }
        List<Object> dropped = new ArrayList<>();
        for (BuildReport.Dropped d : report.dropped()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", d.file());
            o.put("line", d.line().line());
            o.put("text", d.line().text());
            o.put("reason", d.line().reason());
            dropped.add(o);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("files", report.speeches());
        all.put("problems", problems);
        all.put("dropped", dropped);
        return all;
    }
}
