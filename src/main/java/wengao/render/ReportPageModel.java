package wengao.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wengao.model.Corpus;
import wengao.model.DroppedLine;
import wengao.model.Problem;
import wengao.model.Severity;
import wengao.model.Speech;

/**
 * The editors' report: per source file, sorted by path, the lines the build removed (with their reasons and line
 * numbers, text as in the source) and every problem the build met. Readers' pages leave these out; editors check
 * here that nothing was removed that belongs to the speech.
 */
final class ReportPageModel {

    static final String PATH = "_report.html";

    private ReportPageModel() {
    }

    static Map<String, Object> variables(Corpus corpus, List<Problem> problems) {
        Map<String, Entry> byPath = new TreeMap<>();
        for (Speech s : corpus.speeches()) {
            if (!s.dropped().isEmpty()) {
                byPath.computeIfAbsent(s.sourcePath(), Entry::new).dropped.addAll(s.dropped());
            }
        }
        for (Problem p : problems) {
            byPath.computeIfAbsent(p.file(), Entry::new).problems.add(p);
        }
        Map<String, Speech> speechByPath = new TreeMap<>();
        for (Speech s : corpus.speeches()) {
            speechByPath.put(s.sourcePath(), s);
        }
        List<Map<String, Object>> files = new ArrayList<>();
        int droppedCount = 0;
        for (Entry e : byPath.values()) {
            files.add(e.toMap(speechByPath.get(e.path)));
            droppedCount += e.dropped.size();
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("files", files);
        vars.put("speechCount", corpus.speeches().size());
        vars.put("droppedCount", droppedCount);
        vars.put("severityCounts", severityCounts(problems));
        return vars;
    }

    /** How many problems of each severity, every severity listed (in the order the model declares them). */
    private static List<Map<String, Object>> severityCounts(List<Problem> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = problems.stream().filter(p -> p.severity() == s).count();
            out.add(Map.of("severity", s.word(), "count", n));
        }
        return out;
    }

    /** What the report says about one file; the file is empty for problems of the build as a whole. */
    private static final class Entry {
        final String path;
        final List<DroppedLine> dropped = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        Entry(String path) {
            this.path = path;
        }

        Map<String, Object> toMap(Speech speech) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", path);
            m.put("title", speech == null ? null : speech.title());
            m.put("url", speech == null ? null : speech.url());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (DroppedLine d : dropped) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("line", d.line());
                l.put("text", d.text());
                l.put("reason", d.reason());
                lines.add(l);
            }
            m.put("dropped", lines);
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(Problem::line));
            List<Map<String, Object>> ps = new ArrayList<>();
            for (Problem p : sorted) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("where", where(p));
                pm.put("line", p.line());
                pm.put("severity", p.severity().word());
                pm.put("message", p.message());
                ps.add(pm);
            }
            m.put("problems", ps);
            return m;
        }

        private static String where(Problem p) {
            if (p.file().isEmpty()) {
                return "";
            }
            return p.line() > 0 ? p.file() + ":" + p.line() : p.file();
        }
    }
}
