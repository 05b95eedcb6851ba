package wengao.build;

import java.nio.file.Path;

/** Where a build reads and writes; {@code strict} turns warnings into errors (for CI). */
public record BuildOptions(Path content, Path templates, Path out, boolean strict) {
}
