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
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
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
