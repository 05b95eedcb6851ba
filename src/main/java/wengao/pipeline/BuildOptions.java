package wengao.pipeline;

import java.nio.file.Path;

/**
 * Where a build reads and writes; {@code strict} turns warnings into errors (for CI); {@code report} writes the
 * editors' report page {@code _report.html}; {@code full} builds everything anew, taking nothing from the build
 * cache; {@code searchEndpoint}, when not null, is the URL of a JSON search endpoint ({@code wengao serve --solr})
 * that the search page asks instead of the static index.
 */
public record BuildOptions(Path content, Path templates, Path out, boolean strict, boolean report, boolean full,
                           String searchEndpoint) {

    public BuildOptions(Path content, Path templates, Path out, boolean strict, boolean report, String searchEndpoint) {
        this(content, templates, out, strict, report, false, searchEndpoint);
    }

    public BuildOptions(Path content, Path templates, Path out, boolean strict, boolean report) {
        this(content, templates, out, strict, report, false, null);
    }

    public BuildOptions(Path content, Path templates, Path out, boolean strict) {
        this(content, templates, out, strict, true);
    }
}
