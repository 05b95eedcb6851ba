package wengao.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import wengao.model.OutputFile;
import wengao.model.Problem;

/**
 * Writes the site. Everything goes into a staging folder beside the output folder first; only when every file is
 * written is the old site moved aside and the new one moved in, so a reader or web server never sees half a site
 * and a failed build leaves the last good one untouched. A folder that wengao did not write is never replaced.
 */
public final class SitePublisher {

    /** Marks a folder as a wengao site, so that publishing may replace it. */
    static final String MARKER = ".wengao-site";

    private SitePublisher() {
    }

    public static List<Problem> publish(List<OutputFile> files, Path outDir) {
        List<Problem> problems = new ArrayList<>();
        Path out = outDir.toAbsolutePath().normalize();
        String where = outDir.toString();
        Set<String> seen = new HashSet<>();
        for (OutputFile f : files) {
            if (!isSafeRelative(f.path())) {
                problems.add(Problem.error(where, 0, "refusing to write outside the site: " + f.path()));
            } else if (!seen.add(f.path())) {
                problems.add(Problem.error(where, 0, "two files would be written to " + f.path()));
            }
        }
        try {
            if (Files.exists(out) && !isReplaceable(out)) {
                problems.add(Problem.error(where, 0, "refusing to replace this folder: it is not empty and was not written by "
                        + "wengao (no " + MARKER + " file). Choose another --out or empty it"));
            }
        } catch (IOException e) {
            problems.add(Problem.error(where, 0, "cannot inspect the output folder: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Path parent = out.getParent();
        Path staging = parent.resolve("." + out.getFileName() + ".staging");
        Path old = parent.resolve("." + out.getFileName() + ".old");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            Files.createDirectories(staging);
            java.util.Set<Path> dirs = new java.util.TreeSet<>();
            for (OutputFile f : files) {
                dirs.add(staging.resolve(f.path()).getParent());
            }
            for (Path dir : dirs) {
                Files.createDirectories(dir);
            }
            files.parallelStream().forEach(f -> {
                try {
                    write(f, staging.resolve(f.path()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Files.write(staging.resolve(MARKER), "This folder was written by wengao and is replaced on every build.\n"
                    .getBytes(StandardCharsets.UTF_8));
            deleteTree(old);
            if (Files.exists(out)) {
                move(out, old);
            }
            move(staging, out);
            deleteTree(old);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(Problem.error(where, 0, "cannot write the site: " + e.getMessage()
                    + (Files.exists(out) ? "; the previous site was left in place" : "")));
            try {
                deleteTree(staging);
                if (!Files.exists(out) && Files.exists(old)) {
                    move(old, out);
                }
            } catch (IOException ignored) {
                // the first error is the one to report
            }
        }
        return problems;
    }

    private static void write(OutputFile f, Path target) throws IOException {
        if (f.source() == null) {
            Files.write(target, f.content());
            return;
        }
        // Staged in the build cache for this build alone: moved, not copied.
        try {
            Files.move(f.source(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.copy(f.source(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isSafeRelative(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return false;
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isReplaceable(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return false;
        }
        if (Files.exists(out.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(out)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
