package wengao.serve;

import java.nio.file.Path;

/**
 * What {@code wengao serve} builds and where it listens; port 0 picks a free port. {@code search}, when not null,
 * answers the search page's queries at {@link SearchEndpoint#PATH}, and the site is built to ask it.
 */
public record ServeOptions(Path content, Path templates, String bind, int port, SearchEndpoint search) {

    public ServeOptions(Path content, Path templates, String bind, int port) {
        this(content, templates, bind, port, null);
    }
}
