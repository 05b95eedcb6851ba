package wengao.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.pipeline.BuildReport;
import wengao.json.JsonWriter;
import wengao.model.Problem;
import wengao.model.Severity;

/**
 * What open pages need to know about the builds: a counter of finished builds, whether the last one published,
 * and the problems of a failed one. Pages wait here (long polls) for the next build instead of asking again and
 * again. {@code run} tells this server apart from an earlier one on the same port, whose counter a page may
 * still hold.
 */
final class BuildStatus {

    private final String run;
    private long version;
    private boolean building;
    private boolean ok;
    private boolean closed;
    private List<Problem> problems = List.of();

    BuildStatus(String run) {
        this.run = run;
    }

    String run() {
        return run;
    }

    synchronized long version() {
        return version;
    }

    synchronized void started() {
        building = true;
    }

    synchronized boolean isBuilding() {
        return building;
    }

    synchronized void finished(BuildReport report) {
        // notes are for the editors' report page; a failed build is about its errors and warnings
        finished(report.isPublished(), report.problems().stream().filter(p -> p.severity() != Severity.NOTE).toList());
    }

    synchronized void finished(boolean published, List<Problem> failure) {
        version++;
        building = false;
        ok = published;
        problems = ok ? List.of() : List.copyOf(failure);
        notifyAll();
    }

    /** Wakes every waiting page: the server is stopping. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /**
     * The status as JSON, once a build newer than {@code since} of run {@code seenRun} has finished, or at once
     * when the page saw another run, or after {@code patience}.
     */
    synchronized String awaitJson(String seenRun, long since, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!closed && run.equals(seenRun) && version <= since) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return json();
    }

    synchronized String json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", run);
        out.put("version", version);
        out.put("building", building);
        out.put("ok", ok);
        List<Object> list = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("file", p.file());
            one.put("line", p.line());
            one.put("severity", p.severity().word());
            one.put("message", p.message());
            list.add(one);
        }
        out.put("problems", list);
        return JsonWriter.compact(out);
    }
}
