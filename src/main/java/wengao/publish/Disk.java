package wengao.publish;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The operations a site swap (and a patch) is made of. Tests replace them to make one step fail, since the failures that
 * matter (a folder that cannot be changed) cannot be staged by a test that runs as root.
 */
interface Disk {

    void move(Path from, Path to) throws IOException;

    /** Puts the file {@code from} in the place of the file {@code to} in one step, where the file system allows. */
    default void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // The site is a file system of its own: copied over, then the staged file goes.
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(from);
        }
    }

    /** Removes a folder wengao wrote (a staging folder, a previous site moved aside), with everything in it. */
    void deleteTree(Path root) throws IOException;

    /** Threads that remove a folder's files: they wait for the disk, not the processor. */
    int DELETING_THREADS = 8;

    Disk REAL = new Disk() {
        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        }

        @Override
        public void deleteTree(Path root) throws IOException {
            if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            java.util.List<Path> files = new java.util.ArrayList<>();
            java.util.List<Path> folders = new java.util.ArrayList<>(); // each after the folders inside it
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    folders.add(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
            deleteAll(files);
            for (Path folder : folders) {
                delete(folder);
            }
        }

        /**
         * The files, removed by several threads at once: removing a file the disk holds (not only the page cache)
         * mostly waits for the disk, and a site has thousands; one at a time, the processor idles through it.
         */
        private void deleteAll(java.util.List<Path> files) throws IOException {
            int batch = 256;
            if (files.size() <= batch) {
                for (Path f : files) {
                    delete(f);
                }
                return;
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                    DELETING_THREADS, work -> {
                        Thread t = new Thread(work, "wengao-delete");
                        t.setDaemon(true);
                        return t;
                    });
            try {
                java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
                for (int from = 0; from < files.size(); from += batch) {
                    java.util.List<Path> part = files.subList(from, Math.min(files.size(), from + batch));
                    done.add(pool.submit(() -> {
                        for (Path f : part) {
                            delete(f);
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> f : done) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (e.getCause() instanceof IOException io) {
                            throw io;
                        }
                        throw new IOException(e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("interrupted while removing files");
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }

        /**
         * A site the user made read-only is moved aside whole, read-only; being wengao's own leftover, its folders
         * are made writable again (by their owner, who is running the build) so that it can be removed.
         */
        private void delete(Path p) throws IOException {
            try {
                Files.delete(p);
            } catch (AccessDeniedException e) {
                PosixFileAttributeView view = Files.getFileAttributeView(p.getParent(), PosixFileAttributeView.class);
                if (view == null) {
                    throw e;
                }
                Set<PosixFilePermission> perms = EnumSet.copyOf(view.readAttributes().permissions());
                if (!perms.addAll(EnumSet.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE))) {
                    throw e;
                }
                try {
                    view.setPermissions(perms);
                } catch (IOException notOwner) {
                    throw e;
                }
                Files.delete(p);
            }
        }
    };
}
