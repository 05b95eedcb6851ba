package wengao.pipeline;

import java.nio.file.Path;

/**
 * Where a build reads and writes; {@code strict} turns warnings into errors (for CI); {@code report} writes the
 * editors' report page {@code _report.html}.
 */
public record BuildOptions(Path content, Path templates, Path out, boolean strict, boolean report) {

    public BuildOptions(Path content, Path templates, Path out, boolean strict) {
        this(content, templates, out, strict, true);
    }
}
