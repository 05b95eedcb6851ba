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
            Map.entry("cli", Set.of("serve", "build", "ingest", "themes", "search", "render", "publish", "text", "json", "model")),
            Map.entry("serve", Set.of("build", "json", "model")),
            Map.entry("build", Set.of("ingest", "themes", "passages", "citations", "search", "render", "publish", "text", "json", "model")),
            Map.entry("ingest", Set.of("text", "model")),
            Map.entry("passages", Set.of("text", "model")),
            Map.entry("themes", Set.of("text", "json", "model")),
            Map.entry("citations", Set.of("text", "model")),
            Map.entry("search", Set.of("text", "json", "model")),
            Map.entry("render", Set.of("text", "json", "model")),
            Map.entry("publish", Set.of("model")),
            Map.entry("text", Set.of("model")),
            Map.entry("json", Set.of()),
            Map.entry("model", Set.of()));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?wengao\\.(\\w+)\\.", Pattern.MULTILINE);

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
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(pkg) && !allowed.contains(target)) {
                        violations.add(main.relativize(f) + " imports wengao." + target);
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
