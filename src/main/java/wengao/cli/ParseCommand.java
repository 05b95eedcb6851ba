package wengao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wengao.json.JsonWriter;
import wengao.model.DroppedLine;
import wengao.model.OutlineFormat;
import wengao.model.Problem;
import wengao.model.Speech;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Prints the parsed model of speech files as a build sees them: title, date, URL, outline, "
                + "dropped boilerplate.",
                "Paths and URLs are those of a build from the content folder: --content, else content/ when the file "
                + "lies under it, else a folder named here, or a file's own folder (the file read alone)."})
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON: one object per file, an array when several (or a folder).")
    boolean json;

    @Option(names = "--content", paramLabel = "DIR",
            description = "The content folder the build reads: paths, slugs and URLs are the ones it gives.")
    Path content;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Speech files (.txt or .md), or folders: every speech under them, as the build finds them.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (content != null && !Files.isDirectory(content)) {
            err.println(Problem.error(content.toString(), 0, "content folder not found").format());
            return ExitCodes.INPUT_PROBLEMS;
        }
        BuildView view = new BuildView(content);
        List<Object> objects = new ArrayList<>();
        boolean errors = false;
        boolean folders = false;
        for (Path file : files) {
            if (!Files.exists(file)) {
                err.println(Problem.error(file.toString(), 0, "no such file").format());
                errors = true;
                continue;
            }
            folders |= Files.isDirectory(file);
            BuildView.Parsed parsed = view.of(file);
            errors |= ExitCodes.printed(err, parsed.problems()) != ExitCodes.OK;
            for (Speech s : parsed.speeches()) {
                if (json) {
                    objects.add(SpeechJson.of(s));
                } else {
                    printText(out, s);
                }
            }
        }
        if (json) {
            out.println(JsonWriter.pretty(objects.size() == 1 && files.size() == 1 && !folders ? objects.get(0) : objects));
        }
        return errors ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
    }

    private static void printText(PrintWriter out, Speech s) {
        out.println(s.sourcePath() + " -> " + s.url());
        out.println("  title:      " + s.title());
        for (String line : s.titleLines()) {
            out.println("              " + line);
        }
        out.println("  date:       " + (s.date() == null ? "-" : s.date().display()));
        if (s.speaker() != null) {
            out.println("  speaker:    " + s.speaker());
        }
        if (s.venue() != null) {
            out.println("  venue:      " + s.venue());
        }
        if (s.salutation() != null) {
            out.println("  salutation: " + s.salutation().replace("\n", " "));
        }
        out.println("  length:     " + s.length() + " characters; " + s.body().paragraphs().size()
                + " opening and " + s.closing().size() + " closing paragraphs");
        out.println("  outline:");
        for (String line : OutlineFormat.of(s).split("\n")) {
            if (!line.isEmpty()) {
                out.println("    " + line);
            }
        }
        out.println("  dropped:    " + s.dropped().size() + " lines");
        for (DroppedLine d : s.dropped()) {
            out.println("    line " + d.line() + " [" + d.reason() + "] " + d.text());
        }
    }
}
