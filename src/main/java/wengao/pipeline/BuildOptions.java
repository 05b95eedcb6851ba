package wengao.pipeline;

import java.nio.file.Path;

/**
 * Where a build reads and writes; {@code strict} turns warnings into errors (for CI); {@code report} writes the
 * editors' report page {@code _report.html}; {@code full} builds everything anew, taking nothing from the build
 * cache.
 */
public record BuildOptions(Path content, Path templates, Path out, boolean strict, boolean report, boolean full) {

    public BuildOptions(Path content, Path templates, Path out, boolean strict, boolean report) {
        this(content, templates, out, strict, report, false);
    }

    public BuildOptions(Path content, Path templates, Path out, boolean strict) {
        this(content, templates, out, strict, true);
    }
}
