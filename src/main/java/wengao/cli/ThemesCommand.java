package wengao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wengao.build.SiteBuilder;
import wengao.json.JsonWriter;
import wengao.render.ThemeDataJson;
import wengao.model.Theme;
import wengao.model.ThemeCandidate;
import wengao.model.ThemeMap;

@Command(name = "themes", mixinStandardHelpOptions = true,
        description = "Lists the themes of the corpus with their mentions, and with --candidates what discovery considered.")
final class ThemesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder of speeches and themes. Default: ${DEFAULT-VALUE}")
    Path content;

    @Option(names = "--candidates", description = "Also list every candidate discovery found, with its counts and status.")
    boolean candidates;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteBuilder.Analysis analysis = SiteBuilder.analyse(content);
        int code = ExitCodes.printed(err, analysis.problems());
        ThemeMap map = analysis.themes();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            List<Object> themes = new ArrayList<>();
            for (Theme t : map.themes()) {
                Map<String, Object> m = ThemeDataJson.fields(t);
                m.put("mentions", t.mentions().size());
                m.put("speeches", t.speechCount());
                themes.add(m);
            }
            root.put("themes", themes);
            if (candidates) {
                List<Object> cs = new ArrayList<>();
                for (ThemeCandidate c : map.candidates()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("term", c.term());
                    m.put("origin", c.origin().label());
                    m.put("mentions", c.mentions());
                    m.put("speeches", c.speeches());
                    m.put("status", c.status().label());
                    cs.add(m);
                }
                root.put("candidates", cs);
            }
            out.println(JsonWriter.pretty(root));
        } else {
            out.printf("%-6s %-6s %-10s %-14s %s%n", "提及", "篇数", "来源", "slug", "主题");
            for (Theme t : map.themes()) {
                out.printf("%6d %6d %-10s %-14s %s%s%n", t.mentions().size(), t.speechCount(), t.origin().label(), t.slug(), t.name(),
                        t.parent() == null ? "" : "  (属于 " + t.parent() + ")");
            }
            if (candidates) {
                out.println();
                out.println("candidates (status: theme = has a page; curated = covered by a curated theme; rare = below the floor; stop = on the stop list):");
                out.printf("%-6s %-6s %-8s %-8s %s%n", "提及", "篇数", "来源", "状态", "词语");
                for (ThemeCandidate c : map.candidates()) {
                    out.printf("%6d %6d %-8s %-8s %s%n", c.mentions(), c.speeches(), c.origin().label(), c.status().label(), c.term());
                }
            }
        }
        return code;
    }
}
