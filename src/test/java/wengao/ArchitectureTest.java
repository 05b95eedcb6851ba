package wengao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps DESIGN.md true: each package imports only the packages its row allows; stages never import each other. */
class ArchitectureTest {

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("cli", Set.of("serve", "solr", "pipeline", "ingest", "themes", "search", "render", "publish", "text", "json", "model")),
            Map.entry("serve", Set.of("pipeline", "json", "model")),
            Map.entry("pipeline", Set.of("ingest", "themes", "passages", "citations", "search", "render", "publish", "text", "json", "model")),
            Map.entry("ingest", Set.of("text", "model")),
            Map.entry("passages", Set.of("text", "model")),
            Map.entry("themes", Set.of("text", "json", "model")),
            Map.entry("citations", Set.of("text", "model")),
            Map.entry("search", Set.of("text", "json", "model")),
            Map.entry("solr", Set.of("search", "text", "json", "model")),
            Map.entry("render", Set.of("text", "json", "model")),
            Map.entry("publish", Set.of("model")),
            Map.entry("text", Set.of("model")),
            Map.entry("json", Set.of()),
            Map.entry("model", Set.of()));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?wengao\\.(\\w+)\\.", Pattern.MULTILINE);
    /** A fully qualified reference in code or a comment, {@code wengao.search.SearchIndexer.INDEX}: not an import. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w/.])wengao\\.([a-z]\\w*)\\.[A-Za-z_]");
    private static final Pattern PACKAGE_OR_IMPORT = Pattern.compile("^\\s*(?:package|import)\\s", Pattern.MULTILINE);

    /** The packages a source file refers to, by import or by a fully qualified name, in order of appearance. */
    static List<String> referencedPackages(String source) {
        List<String> packages = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            packages.add(m.group(1));
        }
        for (String line : source.split("\n")) {
            if (PACKAGE_OR_IMPORT.matcher(line).lookingAt()) {
                continue;
            }
            Matcher q = QUALIFIED.matcher(line);
            while (q.find()) {
                packages.add(q.group(1));
            }
        }
        return packages;
    }

    /** The tests mirror the packages (DESIGN.md, Tests). */
    @Test
    void everyMainPackageHasATestFolder() throws IOException {
        Path repo = Path.of(System.getProperty("wengao.repo", "."));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> packages = Files.list(repo.resolve("src/main/java/wengao"))) {
            for (Path p : packages.filter(Files::isDirectory).sorted().toList()) {
                Path tests = repo.resolve("src/test/java/wengao").resolve(p.getFileName().toString());
                boolean hasTest;
                try (Stream<Path> files = Files.exists(tests) ? Files.list(tests) : Stream.empty()) {
                    hasTest = files.anyMatch(f -> f.getFileName().toString().endsWith("Test.java"));
                }
                if (!hasTest) {
                    missing.add(p.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), missing, "main packages without tests");
    }

    @Test
    void referencesAreFoundByImportAndByFullyQualifiedName() {
        String source = """
                package wengao.render;

                import java.util.List;
                import wengao.model.Speech;
                import static wengao.text.TextNormalizer.normalize;

                /** Uses {@link wengao.passages.PassageFinder}. */
                final class Example {
                    Object index = wengao.search.SearchIndexer.INDEX;
                    String json = wengao.json.JsonWriter.compact(List.of());
                    String notAReference = "wengao.load(" + "assets/wengao.css" + "wengao.jar";
                    String file = "x.wengao.cli.Main";
                }
                """;
        assertEquals(List.of("model", "text", "passages", "search", "json"), referencedPackages(source));
    }

    @Test
    void packagesImportOnlyWhatTheDesignAllows() throws IOException {
        Path main = Path.of(System.getProperty("wengao.repo", ".")).resolve("src/main/java/wengao");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = main.relativize(f).getName(0).toString();
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    violations.add(f + ": package " + pkg + " is not in DESIGN.md");
                    continue;
                }
                for (String target : referencedPackages(Files.readString(f))) {
                    if (!target.equals(pkg) && !allowed.contains(target)) {
                        violations.add(main.relativize(f) + " refers to wengao." + target);
                    }
                }
                if (!Files.exists(f.resolveSibling("package-info.java"))) {
                    violations.add(pkg + " has no package-info.java");
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
