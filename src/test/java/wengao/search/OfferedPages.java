package wengao.search;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import wengao.model.OutputFile;
import wengao.model.PageReuse;

/**
 * The last build's files as a build's page store offers them: each by what it was made from, taken when this build's
 * file is made from the same, or when the export knows it is unchanged ({@link PageReuse#kept}); every description
 * asked about is remembered, for the next build.
 */
final class OfferedPages implements PageReuse {
    private final Map<String, String> last;
    private final Function<String, Path> files;
    final Map<String, String> made = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code files}: where the last build's file of a path is (null: it has none). */
    OfferedPages(Map<String, String> last, Function<String, Path> files) {
        this.last = last;
        this.files = files;
    }

    @Override
    public Path reuse(String path, String inputs) {
        made.put(path, inputs);
        return inputs.equals(last.get(path)) ? files.apply(path) : null;
    }

    @Override
    public Path intact(String path) {
        return files.apply(path);
    }

    @Override
    public Path kept(String path) {
        String inputs = last.get(path);
        Path file = files.apply(path);
        if (inputs == null || file == null) {
            return null;
        }
        made.put(path, inputs);
        return file;
    }

    /** What the next build is offered after {@code built} was made with this. */
    OfferedPages next(ClientIndexExporter.Export built) {
        Map<String, Path> now = new java.util.HashMap<>();
        for (OutputFile f : built.files()) {
            now.put(f.path(), f.source());
        }
        return new OfferedPages(new java.util.HashMap<>(made), now::get);
    }
}
