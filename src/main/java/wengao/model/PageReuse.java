package wengao.model;

import java.nio.file.Path;

/**
 * Pages the last build made that this one may take as they are. Render describes each page by everything it is
 * made from ({@code inputs}); a page whose description is the one the last build had is not made again. Every
 * call is remembered, for the next build.
 */
public interface PageReuse {

    /** A build that takes nothing from the last one. */
    PageReuse NONE = new PageReuse() {
        @Override
        public Path reuse(String path, String inputs) {
            return null;
        }

        @Override
        public boolean remembers() {
            return false;
        }
    };

    /** The last build's file for {@code path} when it was made from the same inputs and is intact; else null. */
    Path reuse(String path, String inputs);

    /**
     * The last build's file made from the same inputs under another name, when it is as that build left it; else
     * null. Remembered under {@code path}, for the next build. For a file whose bytes do not depend on its name.
     */
    default Path moved(String path, String inputs) {
        return null;
    }

    /**
     * The last build's file for {@code path}, whatever it was made from, when it is as that build left it; else null.
     * For a file made again that may come out the same.
     */
    default Path intact(String path) {
        return null;
    }

    /**
     * The last build's file for {@code path}, taken as it is with what it was made from (remembered for the next
     * build as if described again), when it is as that build left it; else null. For a file a build knows is
     * unchanged without making or describing it.
     */
    default Path kept(String path) {
        return null;
    }

    /**
     * A short stand-in for a long description, equal exactly when the descriptions are: for inputs several files
     * share (a speech is described once for its page and both its copies), so that it is read once, not per file.
     */
    default String digest(String inputs) {
        return inputs;
    }

    /** False when nothing is taken nor remembered, so that pages need not be described at all ({@code check}). */
    default boolean remembers() {
        return true;
    }
}
