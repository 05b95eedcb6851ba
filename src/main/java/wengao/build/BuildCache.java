package wengao.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a build keeps what is not part of the site: {@code .wengao-cache/<content folder>/} beside the content
 * folder (ignored by git). The search stage works in a staging folder; only a build that published its site
 * promotes it, so {@code wengao search} always answers from the index of the site that is on disk.
 */
public final class BuildCache {

    static final String FOLDER = ".wengao-cache";
    private static final String STAMP = "built-at";

    private final Path dir;
    private final Path staging;

    private BuildCache(Path content) {
        Path abs = content.toAbsolutePath().normalize();
        Path parent = abs.getParent() == null ? abs : abs.getParent();
        String name = abs.getFileName() == null ? "content" : abs.getFileName().toString();
        this.dir = parent.resolve(FOLDER).resolve(name);
        this.staging = parent.resolve(FOLDER).resolve(name + ".staging");
    }

    public static BuildCache of(Path content) {
        return new BuildCache(content);
    }

    /** A fresh, empty staging folder for this build's search stage. */
    Path freshStaging() throws IOException {
        deleteTree(staging);
        Files.createDirectories(staging);
        return staging;
    }

    /** The lock two builds of this content folder share: the second waits for the first. */
    Path lockFile() {
        return dir.resolveSibling(dir.getFileName() + ".lock");
    }

    /** The folder that holds the caches, for messages. */
    Path folder() {
        return dir.getParent();
    }

    /**
     * Where {@code wengao serve} builds the site it serves: beside this cache, never the user's {@code site/}, so
     * serving leaves the published site as the last {@code build} made it. Not inside the cache folder itself,
     * which every published build replaces whole.
     */
    public Path servedSite() {
        return dir.resolveSibling(dir.getFileName() + ".serve").resolve("site");
    }

    public Path index() {
        return dir.resolve(wengao.search.SearchIndexer.INDEX);
    }

    /** When the index was built (milliseconds), or -1 when there is none. */
    public long builtAt() {
        try {
            return Long.parseLong(Files.readString(dir.resolve(STAMP)).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Makes the staged index the current one; the exported client files have gone into the site by now. */
    void promote(long startedAt) throws IOException {
        deleteTree(staging.resolve("client"));
        Files.writeString(staging.resolve(STAMP), Long.toString(startedAt), StandardCharsets.UTF_8);
        Path old = dir.resolveSibling(dir.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(dir)) {
            Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    void discardStaging() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // a stale staging folder is cleared by the next build
        }
    }

    /** True when a file under {@code content} changed after the index was built. */
    public boolean isStale(Path content) {
        long built = builtAt();
        if (built < 0) {
            return true;
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile).anyMatch(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis() > built;
                } catch (IOException e) {
                    return true;
                }
            });
        } catch (IOException e) {
            return true;
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
