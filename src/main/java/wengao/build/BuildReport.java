package wengao.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.model.Problem;

/** What a build did: its problems, what it produced, how long each stage took, and whether the site was replaced. */
public final class BuildReport {

    private final boolean strict;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Long> stageNanos = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private long wallNanos;
    private int speeches;
    private int pages;
    private int files;
    private long bytes;
    private boolean published;

    BuildReport(boolean strict) {
        this.strict = strict;
    }

    void add(List<Problem> more) {
        problems.addAll(more);
    }

    void stage(String name, long nanos) {
        stageNanos.merge(name, nanos, Long::sum);
    }

    void finished(long nanos) {
        wallNanos = nanos;
    }

    void counts(int speeches, int pages, int files, long bytes) {
        this.speeches = speeches;
        this.pages = pages;
        this.files = files;
        this.bytes = bytes;
    }

    void published() {
        this.published = true;
    }

    /** True when the build must not publish: an error, or a warning under {@code --strict}. */
    public boolean failed() {
        return errors() > 0 || strict && warnings() > 0;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.stream().filter(p -> p.severity() == wengao.model.Severity.WARNING).count();
    }

    public int speeches() {
        return speeches;
    }

    public int pages() {
        return pages;
    }

    public int files() {
        return files;
    }

    public long bytes() {
        return bytes;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isStrict() {
        return strict;
    }

    /** Stage name to milliseconds, in pipeline order. */
    public Map<String, Double> stageMillis() {
        Map<String, Double> out = new LinkedHashMap<>();
        synchronized (stageNanos) {
            stageNanos.forEach((k, v) -> out.put(k, v / 1e6));
        }
        return out;
    }

    /** Wall-clock time of the build (stages that ran side by side count once). */
    public double totalMillis() {
        if (wallNanos > 0) {
            return wallNanos / 1e6;
        }
        synchronized (stageNanos) {
            return stageNanos.values().stream().mapToLong(Long::longValue).sum() / 1e6;
        }
    }
}
