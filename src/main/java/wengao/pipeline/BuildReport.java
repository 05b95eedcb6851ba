package wengao.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.model.DroppedLine;
import wengao.model.Problem;
import wengao.model.Speech;
import wengao.publish.SitePublisher;

/**
 * What a build did: its problems, the lines it dropped, what it produced and how much of it was redone, how long
 * each stage took, and whether the site was replaced.
 */
public final class BuildReport {

    /** A line a speech file lost, named by its file: what {@code wengao check} lists per file. */
    public record Dropped(String file, DroppedLine line) implements java.io.Serializable {
    }

    private final boolean strict;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Long> stageNanos = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private long wallNanos;
    private int speeches;
    private int pages;
    private int files;
    private long bytes;
    private int speechesParsed;
    private int pagesWritten;
    private int unchanged;
    private List<Dropped> dropped = List.of();
    private boolean published;
    private BuildProgress progress = BuildProgress.SILENT;

    BuildReport(boolean strict) {
        this.strict = strict;
    }

    void listen(BuildProgress listener) {
        this.progress = listener;
    }

    void starting(String stage) {
        progress.started(stage);
    }

    void add(List<Problem> more) {
        problems.addAll(more);
    }

    void stage(String name, long nanos) {
        stageNanos.merge(name, nanos, Long::sum);
        progress.finished(name, nanos);
    }

    void read(List<Speech> speeches) {
        List<Dropped> lines = new ArrayList<>();
        for (Speech s : speeches) {
            for (DroppedLine d : s.dropped()) {
                lines.add(new Dropped(s.sourcePath(), d));
            }
        }
        lines.sort(java.util.Comparator.comparing(Dropped::file).thenComparingInt(d -> d.line().line()));
        dropped = List.copyOf(lines);
        progress.speeches(speeches.size());
    }

    /** What the last build read, for a build that found nothing changed. */
    void readBefore(List<Dropped> lines, int speeches) {
        dropped = List.copyOf(lines);
        progress.speeches(speeches);
    }

    void finished(long nanos) {
        wallNanos = nanos;
    }

    /** The speeches read and the site made of them: written, or (when the build did not publish) rendered. */
    void counts(int speeches, SitePublisher.Written site) {
        this.speeches = speeches;
        this.pages = site.pages();
        this.files = site.files();
        this.bytes = site.bytes();
    }

    /**
     * How much the build redid: speeches parsed, pages written, speeches taken unchanged from the last build (0 in
     * a full build).
     */
    void redone(int speechesParsed, int pagesWritten, int unchanged) {
        this.speechesParsed = speechesParsed;
        this.pagesWritten = pagesWritten;
        this.unchanged = unchanged;
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

    public long notes() {
        return problems.stream().filter(p -> p.severity() == wengao.model.Severity.NOTE).count();
    }

    /** What the build wrote, or would have written. */
    SitePublisher.Written written() {
        return new SitePublisher.Written(files, pages, bytes);
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

    public int speechesParsed() {
        return speechesParsed;
    }

    public int pagesWritten() {
        return pagesWritten;
    }

    /** Speeches neither parsed nor rendered again: 0 in a full build. */
    public int unchanged() {
        return unchanged;
    }

    /** Every line the speeches lost, by file and line. */
    public List<Dropped> dropped() {
        return dropped;
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
