package wengao.serve;

import java.nio.file.Path;

/** What {@code wengao serve} builds and where it listens; port 0 picks a free port. */
public record ServeOptions(Path content, Path templates, String bind, int port) {
}
