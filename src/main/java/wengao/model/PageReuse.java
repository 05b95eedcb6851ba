package wengao.model;

import java.nio.file.Path;

/**
 * Pages the last build made that this one may take as they are. Render describes each page by everything it is
 * made from ({@code inputs}); a page whose description is the one the last build had is not made again. Every
 * call is remembered, for the next build.
 */
public interface PageReuse {

    /** A build that takes nothing from the last one. */
    PageReuse NONE = (path, inputs) -> null;

    /** The last build's file for {@code path} when it was made from the same inputs and is intact; else null. */
    Path reuse(String path, String inputs);
}
