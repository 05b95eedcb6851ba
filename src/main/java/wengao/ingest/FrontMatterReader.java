package wengao.ingest;

import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.Problem;

/**
 * Reads the front matter block ({@code ---} … {@code ---}) at the top of a file. flexmark's YAML front matter
 * extension supplies the values; this class first checks the block line by line, because flexmark is lenient and
 * an editor needs to hear which line is malformed rather than find a title silently missing.
 */
final class FrontMatterReader {

    static final Set<String> KNOWN_KEYS = Set.of("title", "date", "speaker", "venue", "tags", "slug");

    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:(?:[ \\t]+(.*))?[ \\t]*");
    private static final Pattern ITEM_LINE = Pattern.compile("[ \\t]+-[ \\t]+(.+)|-[ \\t]+(.+)");

    /** Made when a file first has front matter: most speeches have none, and flexmark takes long to load. */
    private static final class Yaml {
        static final Parser PARSER = Parser.builder(new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()))).build();
    }

    private FrontMatterReader() {
    }

    record Result(FrontMatter frontMatter, List<Problem> problems) {
    }

    /** Reads the front matter of {@code lines} (raw lines of the file), if the file opens with one. */
    static Result read(String path, List<SourceLine> lines, Set<String> extraKeys) {
        if (lines.isEmpty() || !lines.get(0).raw().strip().equals("---")) {
            return new Result(FrontMatter.NONE, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String raw = lines.get(i).raw().strip();
            if (raw.equals("---") || raw.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(Problem.error(path, 1, "front matter opened with --- is never closed (add a line with --- after it)"));
            return new Result(FrontMatter.NONE, problems);
        }
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        String currentKey = null;
        for (int i = 1; i < close; i++) {
            SourceLine line = lines.get(i);
            String raw = line.raw();
            if (raw.isBlank() || raw.strip().startsWith("#")) {
                continue;
            }
            Matcher key = KEY_LINE.matcher(raw);
            if (key.matches()) {
                currentKey = key.group(1);
                if (keyLines.containsKey(currentKey)) {
                    problems.add(Problem.error(path, line.number(), "front matter key '" + currentKey
                            + "' appears twice (first on line " + keyLines.get(currentKey) + ")"));
                }
                keyLines.putIfAbsent(currentKey, line.number());
                String value = key.group(2);
                if (value != null && !quotesBalanced(value.strip())) {
                    problems.add(Problem.error(path, line.number(), "front matter value of '" + currentKey
                            + "' has an unclosed quotation mark"));
                }
                if (!KNOWN_KEYS.contains(currentKey) && !extraKeys.contains(currentKey)) {
                    problems.add(Problem.warning(path, line.number(), "unknown front matter key '" + currentKey
                            + "' is ignored (known: " + String.join(", ", new java.util.TreeSet<>(KNOWN_KEYS)) + ")"));
                }
                continue;
            }
            if (ITEM_LINE.matcher(raw).matches() && currentKey != null) {
                continue;
            }
            problems.add(Problem.error(path, line.number(), "malformed front matter: expected 'key: value' or '- item', found '"
                    + abbreviate(raw.strip()) + "'"));
        }
        StringBuilder block = new StringBuilder();
        for (int i = 0; i <= close; i++) {
            block.append(i == close ? "---" : lines.get(i).raw()).append('\n');
        }
        AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
        visitor.visit(Yaml.PARSER.parse(block.toString()));
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : visitor.getData().entrySet()) {
            values.put(e.getKey(), cleanValues(e.getValue()));
        }
        return new Result(new FrontMatter(values, keyLines, close + 1), problems);
    }

    /** Unquotes values and splits an inline list ({@code [a, b]}), which flexmark leaves as one string. */
    private static List<String> cleanValues(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String value : raw) {
            String v = value.strip();
            if (v.startsWith("[") && v.endsWith("]")) {
                for (String item : v.substring(1, v.length() - 1).split("[,，]")) {
                    if (!item.isBlank()) {
                        out.add(unquote(item.strip()));
                    }
                }
            } else if (!v.isEmpty()) {
                out.add(unquote(v));
            }
        }
        return out;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static boolean quotesBalanced(String v) {
        if (v.startsWith("\"")) {
            return v.length() >= 2 && v.endsWith("\"");
        }
        if (v.startsWith("'")) {
            return v.length() >= 2 && v.endsWith("'");
        }
        return true;
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
