package wengao.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import wengao.model.Problem;
import wengao.model.SourceFile;
import wengao.model.ThemeDefinition;

/**
 * Reads the curated themes of {@code content/themes/}: one Markdown file per theme, front matter {@code name},
 * {@code aliases}, {@code slug} (else the file name), {@code parent}, and a body explaining the theme. Also reads
 * {@code content/themes/stoplist.txt}, terms that discovery must not turn into themes, one per line.
 */
final class ThemeFileReader {

    static final String FOLDER = "themes";
    static final String STOP_LIST = "stoplist.txt";
    private static final Set<String> KEYS = Set.of("name", "aliases", "parent");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

    private ThemeFileReader() {
    }

    record Result(List<ThemeDefinition> themes, List<String> stopTerms, List<Problem> problems) {
    }

    /** What one theme file gives by its name and bytes alone: its theme (null when it defines none) and problems. */
    record ThemeFile(ThemeDefinition theme, List<Problem> problems) {
    }

    /** The themes, reading only the theme files {@code cache} does not hold with the same bytes. */
    static Result read(Path contentDir, ParseCache cache) {
        Path dir = contentDir.resolve(FOLDER);
        List<ThemeDefinition> themes = new ArrayList<>();
        List<String> stop = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Result(themes, stop, problems);
        }
        List<Path> files;
        try {
            ContentScanner.Found found = ContentScanner.files(contentDir, dir, relative -> true);
            files = found.files();
            problems.addAll(found.problems());
        } catch (IOException e) {
            problems.add(Problem.error(FOLDER, 0, "cannot list the themes folder: " + e.getMessage()));
            return new Result(themes, stop, problems);
        }
        Map<String, String> owners = new HashMap<>();
        for (Path file : files) {
            String name = ContentScanner.relativeName(contentDir, file);
            String fileName = file.getFileName().toString();
            if (fileName.startsWith(".")) {
                continue;
            }
            if (fileName.equals(STOP_LIST)) {
                readStopList(file, name, stop, problems);
            } else if (fileName.endsWith(".md")) {
                ThemeDefinition t = readTheme(file, name, cache, problems);
                if (t != null) {
                    String previous = owners.putIfAbsent(t.slug(), name);
                    if (previous != null) {
                        problems.add(Problem.error(name, 0, "theme slug '" + t.slug() + "' is already used by " + previous));
                    } else {
                        themes.add(t);
                    }
                }
            }
        }
        return new Result(themes, stop, problems);
    }

    private static void readStopList(Path file, String name, List<String> stop, List<Problem> problems) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String t = SourceLine.trim(line);
                if (!t.isEmpty() && !t.startsWith("#")) {
                    stop.add(t);
                }
            }
        } catch (IOException e) {
            problems.add(Problem.error(name, 0, "cannot read the stop list (it must be UTF-8): " + e.getMessage()));
        }
    }

    private static ThemeDefinition readTheme(Path file, String name, ParseCache cache, List<Problem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Problem.error(name, 0, "cannot read the file: " + e.getMessage()));
            return null;
        }
        ThemeFile read = cache.theme(name, ParseCache.digest(bytes), () -> themeFile(name, bytes));
        problems.addAll(read.problems());
        return read.theme();
    }

    /** What the theme file {@code name} with these bytes gives. */
    static ThemeFile themeFile(String name, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        return new ThemeFile(readTheme(name, bytes, problems), problems);
    }

    private static ThemeDefinition readTheme(String name, byte[] bytes, List<Problem> problems) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(name, bytes);
        problems.addAll(decoded.problems());
        if (decoded.file().isEmpty()) {
            return null;
        }
        SourceFile source = decoded.file().get();
        List<SourceLine> lines = SourceLine.split(source.text(), 1);
        FrontMatterReader.Result fm = FrontMatterReader.read(name, lines, KEYS);
        problems.addAll(fm.problems());
        String themeName = fm.frontMatter().first("name");
        if (themeName == null || themeName.isBlank()) {
            problems.add(Problem.error(name, 1, "a theme needs a 'name' in its front matter"));
            return null;
        }
        String slug = fm.frontMatter().first("slug");
        if (slug == null) {
            slug = SlugAssigner.stem(name);
        }
        if (!SLUG.matcher(slug).matches()) {
            problems.add(Problem.error(name, fm.frontMatter().lineOf("slug"), "theme slug '" + slug
                    + "' must be lower-case ASCII letters, digits, - and _ (name the file like si-feng.md, or set 'slug')"));
            return null;
        }
        StringBuilder body = new StringBuilder();
        List<SourceLine> bodyLines = lines.subList(fm.frontMatter().bodyStart(), lines.size());
        for (SourceLine line : bodyLines) {
            body.append(line.raw()).append('\n');
        }
        int firstLine = bodyLines.isEmpty() ? 1 : bodyLines.get(0).number();
        String parent = fm.frontMatter().first("parent");
        return new ThemeDefinition(slug, themeName.strip(), fm.frontMatter().all("aliases"),
                parent == null || parent.isBlank() ? null : parent.strip(),
                MarkdownSpeechParser.toHtml(name, body.toString(), firstLine, problems), name);
    }
}
