package wengao.pipeline;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches the content and templates folders for {@code serve}, every folder below them included (folders made
 * later too), and hands out what changed in batches. An editor's save is several events (a temporary file, a
 * rename, two writes), and a folder copied in is hundreds: a batch closes only when the folders have been quiet
 * for a moment, or when changes have kept coming for {@link #LONGEST_WAIT}, so that a long copy still shows
 * progress. Events that arrive while the caller builds wait in the watch service and make the next batch: the
 * caller never has to build twice at once.
 */
public final class ContentWatcher implements AutoCloseable {

    /** How quiet the folders must be before a batch closes: long enough to cover one save, short to the eye. */
    public static final Duration QUIET = Duration.ofMillis(200);

    static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY};

    private final WatchService service;
    private final Duration quiet;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final List<Path> roots;

    private ContentWatcher(List<Path> roots, Duration quiet) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.roots = roots;
    }

    /** Starts watching the folders of {@code roots} that exist; a root that does not exist is left out. */
    public static ContentWatcher watch(List<Path> roots, Duration quiet) throws IOException {
        List<Path> existing = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                existing.add(root.toAbsolutePath().normalize());
            }
        }
        ContentWatcher watcher = new ContentWatcher(List.copyOf(existing), quiet);
        try {
            for (Path root : watcher.roots) {
                watcher.registerTree(root, new TreeSet<>());
            }
        } catch (IOException e) {
            watcher.close();
            throw e;
        }
        return watcher;
    }

    /** The folders watched, absolute. */
    public List<Path> roots() {
        return roots;
    }

    /**
     * Waits for the next batch of changes: the files and folders created, changed or deleted (absolute paths), or
     * every root when the system lost track of events. Empty when the watcher is closed.
     */
    public Optional<Set<Path>> next() {
        Set<Path> changed = new TreeSet<>();
        try {
            while (changed.isEmpty()) {
                collect(service.take(), changed);
            }
            long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                WatchKey key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    break;
                }
                collect(key, changed);
            }
            return Optional.of(changed);
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                changed.addAll(roots);
                reregister();
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored(path)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    // files written into the new folder before it was watched count as changes too
                    registerTree(path, changed);
                } catch (IOException e) {
                    changed.add(path);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /**
     * Editors' temporary files ({@code .x.swp}, {@code x~}) are not content: the build skips names starting with a
     * dot, and a backup copy is not worth a rebuild.
     */
    private static boolean ignored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    private void reregister() {
        for (Path root : roots) {
            try {
                registerTree(root, new TreeSet<>());
            } catch (IOException e) {
                // the root went away; its change is in the batch already
            }
        }
    }

    private void registerTree(Path top, Set<Path> found) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(top) && ignored(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(dir.register(service, KINDS, Sensitivity.HIGH), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!ignored(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // gone already (a temporary file) or unreadable: the build reports what it cannot read
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing is left to release
        }
    }

    /**
     * The JDK on macOS has no native watch service and polls every 10 seconds unless asked for high sensitivity
     * (2 seconds), through a JDK-specific modifier that Linux and Windows ignore; looked up by name so that a JDK
     * without it still compiles and runs.
     */
    private static final class Sensitivity {
        static final WatchEvent.Modifier[] HIGH = lookUp();

        private static WatchEvent.Modifier[] lookUp() {
            try {
                Object high = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier").getField("HIGH").get(null);
                return new WatchEvent.Modifier[] {(WatchEvent.Modifier) high};
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                return new WatchEvent.Modifier[0];
            }
        }
    }
}
