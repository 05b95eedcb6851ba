package wengao.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import wengao.model.Problem;

/**
 * Finds the files of the content folder that are read: speeches ({@code .txt}, {@code .md} and {@code .docx},
 * recursively; not Word's {@code ~$} lock files) and the files of the themes folder, in a fixed order. A document
 * that is not read (a {@code .doc}, a {@code .pdf}) is a warning: its editor meant it to be published. Everything
 * read must be content: a symbolic link that leads out of the content folder ({@code pw.txt -> /etc/passwd}) would
 * publish whatever it points at, so it is skipped with a warning. A link to a folder is not followed (a folder inside the content folder is read where it is, and
 * following links could loop); that too is a warning, not a silent skip. A link to a file inside the content
 * folder is read like that file.
 */
final class ContentScanner {

    /** Folders of the content tree that hold other things than speeches. */
    static final List<String> RESERVED_FOLDERS = List.of("themes");

    private ContentScanner() {
    }

    /** The files found, as paths under the content folder as it was named, and the warnings for links skipped. */
    record Found(List<Path> files, List<Problem> problems) {
    }

    static Found speechFiles(Path contentDir) throws IOException {
        return files(contentDir, contentDir, ContentScanner::isSpeechFile);
    }

    /**
     * The files under {@code folder}, a folder of the content tree, that are not hidden and that {@code wanted}
     * (given the path relative to the content folder) picks. The walk of the whole content folder leaves out the
     * reserved folders; they are walked on their own.
     */
    static Found files(Path contentDir, Path folder, Predicate<Path> wanted) throws IOException {
        Path realContent = contentDir.toRealPath();
        Path realFolder = folder.toRealPath();
        List<Path> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!realFolder.startsWith(realContent)) {
            problems.add(outside(relativeName(contentDir, folder), realFolder));
            return new Found(found, problems);
        }
        boolean whole = realFolder.equals(realContent);
        Files.walkFileTree(realFolder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path relative = realContent.relativize(dir);
                return dir.equals(realFolder) || !isHidden(relative) && !(whole && isReserved(relative))
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path relative = realContent.relativize(file);
                if (isHidden(relative) || whole && isReserved(relative)) {
                    return FileVisitResult.CONTINUE;
                }
                boolean read = attrs.isRegularFile() && wanted.test(relative);
                if (attrs.isSymbolicLink()) {
                    read = followLink(file, relative);
                }
                if (read) {
                    found.add(contentDir.resolve(relative.toString()));
                } else if (whole && attrs.isRegularFile() && isUnreadDocument(relative)) {
                    problems.add(Problem.warning(relative.toString().replace('\\', '/'), 0,
                            "not read: a speech is a .txt, .md or .docx file; save this document as one of those"));
                }
                return FileVisitResult.CONTINUE;
            }

            /** True when the link is read; a link skipped that matters is reported. */
            private boolean followLink(Path link, Path relative) {
                String name = relative.toString().replace('\\', '/');
                Path target;
                try {
                    target = link.toRealPath();
                } catch (IOException e) {
                    if (wanted.test(relative)) {
                        problems.add(Problem.warning(name, 0, "symbolic link to nothing (" + pointsAt(link) + "): skipped"));
                    }
                    return false;
                }
                boolean folder = Files.isDirectory(target);
                if (!target.startsWith(realContent)) {
                    if (folder || wanted.test(relative)) {
                        problems.add(outside(name, target));
                    }
                    return false;
                }
                if (folder) {
                    problems.add(Problem.warning(name, 0, "symbolic link to the folder "
                            + realContent.relativize(target).toString().replace('\\', '/')
                            + " of the content folder: not followed (its files are read where they are)"));
                    return false;
                }
                return Files.isRegularFile(target) && wanted.test(relative);
            }
        });
        found.sort(Comparator.comparing(p -> relativeName(contentDir, p)));
        problems.sort(Comparator.comparing(Problem::file));
        return new Found(found, problems);
    }

    private static Problem outside(String name, Path target) {
        return Problem.warning(name, 0, "symbolic link to " + target + ", outside the content folder: skipped");
    }

    private static String pointsAt(Path link) {
        try {
            return "it points at " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return "its target is gone";
        }
    }

    static String relativeName(Path contentDir, Path file) {
        return contentDir.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReserved(Path relative) {
        return relative.getNameCount() == 1 && RESERVED_FOLDERS.contains(relative.getName(0).toString());
    }

    /** A document an editor may have meant as a speech that wengao does not read (Word 97–2003, WPS, PDF…). */
    private static boolean isUnreadDocument(Path relative) {
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && name.matches(".*\\.(doc|wps|pdf|rtf|odt|htm|html)");
    }

    private static boolean isSpeechFile(Path relative) {
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".docx") && !name.startsWith("~$");
    }
}
