package wengao.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import wengao.model.Problem;

/**
 * A build replaces its output folder whole, so an output folder that is, holds, or lies inside the content or the
 * templates folder would delete the user's speeches or templates on the next build (and one inside them would be
 * read back as input). Such a build is refused before anything is touched. Paths are compared after following
 * symbolic links, so a link to the content folder is the content folder.
 */
final class FolderOverlap {

    private FolderOverlap() {
    }

    static Optional<Problem> check(BuildOptions options) {
        Optional<Problem> content = check(options.out(), options.content(), "content");
        return content.isPresent() ? content : check(options.out(), options.templates(), "templates");
    }

    private static Optional<Problem> check(Path out, Path input, String kind) {
        Path o = resolved(out);
        Path i = resolved(input);
        String relation;
        if (o.equals(i)) {
            relation = "is";
        } else if (i.startsWith(o)) {
            relation = "holds";
        } else if (o.startsWith(i)) {
            relation = "lies inside";
        } else {
            return Optional.empty();
        }
        return Optional.of(Problem.error(out.toString(), 0, "the output folder " + out + " " + relation + " the " + kind
                + " folder " + input + "; a build replaces its output folder whole, so the two must be apart: "
                + "choose another --out"));
    }

    /** The absolute path with every link of the part that exists followed; the rest as written. */
    static Path resolved(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }
}
