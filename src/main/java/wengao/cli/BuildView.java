package wengao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.Problem;
import wengao.model.Speech;

/**
 * Files and folders as a build from a content folder sees them, for {@code wengao parse}. A speech's path is taken
 * relative to the content folder, and its slug is assigned over the whole folder (when two speeches claim one URL,
 * the folder decides which keeps it), so a content folder is read whole, once, and each speech reported with the
 * URL the build writes. The content folder is the one given; else {@code content/} when the path lies under it;
 * else a folder named on the command line is its own content folder, and a file elsewhere is read alone, as if it
 * were the only file of its folder (its siblings are not read).
 */
final class BuildView {

    static final Path DEFAULT_CONTENT = Path.of("content");

    /** What the build makes of one command-line path: its speeches, in path order, and the problems about them. */
    record Parsed(List<Speech> speeches, List<Problem> problems) {
    }

    private final Path content;
    private final Map<Path, Corpus> corpora = new HashMap<>();

    /** {@code content} is the content folder given with {@code --content}, or null to find one per path. */
    BuildView(Path content) {
        this.content = content;
    }

    Parsed of(Path target) {
        Path where = absolute(target);
        Path folder = content != null ? content
                : Files.isDirectory(DEFAULT_CONTENT) && contains(absolute(DEFAULT_CONTENT), where) ? DEFAULT_CONTENT : null;
        boolean isFolder = Files.isDirectory(target);
        if (folder == null) {
            return isFolder ? under(target, "") : alone(target, List.of());
        }
        if (!contains(absolute(folder), where)) {
            Problem outside = Problem.warning(target.toString(), 0, "not in the content folder " + folder
                    + ": a build from it does not read this; parsed " + (isFolder ? "as a content folder of its own" : "on its own"));
            if (isFolder) {
                Parsed own = under(target, "");
                return new Parsed(own.speeches(), prepend(outside, own.problems()));
            }
            return alone(target, List.of(outside));
        }
        String name = absolute(folder).relativize(where).toString().replace('\\', '/');
        return isFolder ? under(folder, name) : file(folder, name, target);
    }

    /** The speeches of the content folder {@code folder} under its subfolder {@code name} ("" for all of them). */
    private Parsed under(Path folder, String name) {
        Corpus corpus = corpus(folder);
        String prefix = name.isEmpty() ? "" : name + "/";
        List<Speech> speeches = new ArrayList<>();
        for (Speech s : corpus.speeches()) {
            if (s.sourcePath().startsWith(prefix)) {
                speeches.add(s);
            }
        }
        speeches.sort(Comparator.comparing(Speech::sourcePath));
        // The whole folder's problems are the build's own (themes/ included); a subfolder's are those of its files.
        List<Problem> problems = new ArrayList<>();
        for (Problem p : corpus.problems()) {
            if (name.isEmpty() || p.file().startsWith(prefix)) {
                problems.add(p);
            }
        }
        if (!name.isEmpty() && speeches.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.warning(name, 0, "no .txt, .md or .docx speeches found"));
        }
        return new Parsed(speeches, problems);
    }

    private Parsed file(Path folder, String name, Path target) {
        Corpus corpus = corpus(folder);
        List<Speech> speeches = corpus.speeches().stream().filter(s -> s.sourcePath().equals(name)).toList();
        List<Problem> problems = corpus.problems().stream().filter(p -> p.file().equals(name)).toList();
        if (speeches.isEmpty() && problems.isEmpty()) {
            // The build passes over it (themes/, a dot-folder, another extension): say so, and show it anyway.
            return alone(target, List.of(Problem.warning(name, 0, "a build from " + folder
                    + " does not read this file as a speech; parsed on its own")));
        }
        return new Parsed(speeches, problems);
    }

    private static Parsed alone(Path file, List<Problem> first) {
        Corpus corpus = CorpusReader.readFile(file);
        List<Problem> problems = new ArrayList<>(first);
        problems.addAll(corpus.problems());
        return new Parsed(corpus.speeches(), problems);
    }

    private Corpus corpus(Path folder) {
        return corpora.computeIfAbsent(absolute(folder), f -> CorpusReader.read(folder));
    }

    private static boolean contains(Path folder, Path path) {
        return path.startsWith(folder);
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static List<Problem> prepend(Problem first, List<Problem> rest) {
        List<Problem> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
