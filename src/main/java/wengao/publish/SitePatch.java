package wengao.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Publishing a site most of which is unchanged: only the files that changed are replaced, the ones gone are
 * removed, and the rest stay as they are (a swap would link every one of them into a new folder and remove the old
 * folder's names, two operations a file for a site of tens of thousands). The new files are written into the
 * staging folder first, as for a swap; when they all are, the staging folder gets a plan ({@link #PLAN}: what to
 * remove), and only then are they moved into the site one by one, each whole, in the place of the old one. A build that
 * stops while they move left a staging folder with its plan: the next build finishes it ({@link #finish}), so the
 * site is never left part old, part new. One that stops before the plan is written left the site untouched.
 */
final class SitePatch {

    /** In a staging folder: the files to remove from the site once the staged ones are in, one path a line. */
    static final String PLAN = ".wengao-patch";

    private SitePatch() {
    }

    /** The site's files (paths relative to it, '/'-separated), without the marker. */
    static Set<String> files(Path out) throws IOException {
        Set<String> found = new TreeSet<>();
        list(out, "", found);
        found.remove(SitePublisher.MARKER);
        return found;
    }

    private static void list(Path dir, String prefix, Set<String> found) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = prefix + p.getFileName();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    list(p, name + "/", found);
                } else {
                    found.add(name);
                }
            }
        }
    }

    /** Writes the plan into the written staging folder: from now on, the next build finishes the patch. */
    static void plan(Path staging, Set<String> removed) throws IOException {
        Files.write(staging.resolve(PLAN), String.join("\n", removed).getBytes(StandardCharsets.UTF_8));
    }

    /** True when {@code staging} holds a complete patch, with its plan. */
    static boolean isPlanned(Path staging) {
        return Files.isRegularFile(staging.resolve(PLAN), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Removes what the plan says, moves the staged files into the site, and removes the staging folder. What was
     * done before a failure stays done; the staging folder keeps the rest and its plan, for the next build.
     */
    static void finish(Path staging, Path out, Disk disk) throws IOException {
        List<String> removed = Files.readString(staging.resolve(PLAN), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isEmpty()).toList();
        // Removed first, so that a file may take the place of a folder that goes.
        for (String path : removed) {
            // Only a file: when a patch is finished a second time, a folder of the new site may stand there.
            Path file = out.resolve(path);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file);
            }
        }
        // Folders the removals emptied go too, as they would from a site written whole.
        Set<String> folders = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (String path : removed) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        for (String folder : folders) {
            Path dir = out.resolve(folder);
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && isEmpty(dir)) {
                Files.delete(dir);
            }
        }
        move(staging, out, "", disk);
        disk.deleteTree(staging);
    }

    private static void move(Path from, Path to, String prefix, Disk disk) throws IOException {
        List<Path> folders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
            for (Path p : entries) {
                if (prefix.isEmpty() && p.getFileName().toString().equals(PLAN)) {
                    continue;
                }
                (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? folders : files).add(p);
            }
        }
        IOException first = files.parallelStream().map(p -> {
            try {
                moveIn(p, to.resolve(p.getFileName().toString()), disk);
                return null;
            } catch (IOException e) {
                return e;
            }
        }).toList().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (first != null) {
            throw first;
        }
        for (Path folder : folders) {
            Path target = to.resolve(folder.getFileName().toString());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(target); // a file of the old site where a folder now goes
            }
            Files.createDirectories(target);
            move(folder, target, prefix + folder.getFileName() + "/", disk);
        }
    }

    private static void moveIn(Path staged, Path target, Disk disk) throws IOException {
        // The old file goes first, so that the new one moves to a free name. On ext4 a rename over an existing file
        // makes the kernel write the new file's bytes out before the rename returns (auto_da_alloc): thousands of
        // those were most of a one-speech build's publish. The site lacks the file for an instant; a build stopped
        // in it left the new file staged, and the next one moves it in.
        Files.deleteIfExists(target);
        disk.replace(staged, target);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }
}
