package wengao.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import wengao.model.Problem;

/**
 * Replaces a folder wengao owns (the site, the build cache's search index) with a fully written staging folder
 * beside it, in two renames: the folder aside to {@code .site.old}, the staging folder to {@code site}. Java has no call that exchanges two folders in one step
 * (Linux's renameat2 RENAME_EXCHANGE is out of its reach), and keeping {@code site} a symbolic link to a versioned
 * folder, which one rename could swap, breaks what users do with the site: {@code cp -r site /media/usb} copies
 * the link, not the site, and a USB stick's FAT file system cannot hold links at all. So {@code site} stays a plain
 * folder and every way the two renames can fail says which site is left where; what a build that stopped half-way
 * left is repaired by the next one ({@link #recover}).
 */
public final class FolderSwap {

    private final Path out;
    private final String shown;
    private final Disk disk;
    private final String marker;
    private final String what;
    private final Pattern leftoverName;
    private Path staging;
    private Path old;
    /** Whether {@link #recover} found anything an earlier build left. */
    private boolean repaired;

    FolderSwap(Path out, String shown, Disk disk) {
        this(out, shown, disk, SitePublisher.MARKER, "site");
    }

    /**
     * {@code marker} is the file that tells a folder of this kind moved aside by a build that stopped (it is put
     * back); {@code what} names the folder in messages.
     */
    private FolderSwap(Path out, String shown, Disk disk, String marker, String what) {
        this.out = out;
        this.shown = shown;
        this.disk = disk;
        this.marker = marker;
        this.what = what;
        this.leftoverName = Pattern.compile(Pattern.quote("." + out.getFileName()) + "\\.(staging|old)(-[0-9]+)?");
    }

    /** A swap for {@code folder} (absolute), whose messages call it {@code what}; {@link #recover} comes first. */
    public static FolderSwap of(Path folder, String marker, String what) {
        return new FolderSwap(folder, folder.toString(), Disk.REAL, marker, what);
    }

    /** Removes a folder wengao wrote, with everything in it; nothing when it is not there. */
    public static void delete(Path root) throws IOException {
        Disk.REAL.deleteTree(root);
    }

    /** The folder to write the new content into, fresh: {@link #recover} chose a name nothing stands at. */
    public Path staging() {
        return staging;
    }

    /**
     * Repairs what an earlier build left: a build stopped between the two renames left no site and the previous
     * one aside, which is put back; staging folders and previous sites left over are removed. One that cannot be
     * removed is reported and this build uses fresh names, so that a leftover never stops later builds.
     */
    public List<Problem> recover() {
        List<Problem> problems = new ArrayList<>();
        Path parent = out.getParent();
        Path previous = parent.resolve("." + out.getFileName() + ".old");
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.exists(previous.resolve(marker))) {
            repaired = true;
            try {
                disk.move(previous, out);
            } catch (IOException e) {
                problems.add(Problem.warning(shown, 0, "cannot put back the previous " + what + " from " + previous
                        + ", left there by a build that stopped: " + IoReason.of(e)));
            }
        }
        if (Files.isDirectory(parent)) {
            try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent,
                    p -> leftoverName.matcher(p.getFileName().toString()).matches())) {
                for (Path leftover : siblings) {
                    repaired = true;
                    try {
                        if (SitePatch.isPlanned(leftover) && Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                            // The changed files of a build that stopped while it moved them in: they go in now.
                            SitePatch.finish(leftover, out, disk);
                        } else {
                            disk.deleteTree(leftover);
                        }
                    } catch (IOException e) {
                        problems.add(Problem.warning(shown, 0, "cannot remove " + leftover + ", left by an earlier build: "
                                + IoReason.describe(e) + "; remove it by hand"));
                    }
                }
            } catch (IOException e) {
                problems.add(Problem.warning(shown, 0, "cannot look for what earlier builds left beside the " + what + ": "
                        + IoReason.describe(e)));
            }
        }
        staging = free(".staging");
        old = free(".old");
        return problems;
    }

    /** True when {@link #recover} found what an earlier build left (and put back, finished or removed it). */
    boolean repaired() {
        return repaired;
    }

    private Path free(String suffix) {
        Path parent = out.getParent();
        String base = "." + out.getFileName() + suffix;
        Path p = parent.resolve(base);
        for (int n = 2; Files.exists(p, LinkOption.NOFOLLOW_LINKS); n++) {
            p = parent.resolve(base + "-" + n);
        }
        return p;
    }

    /** What became of the site. */
    public record Outcome(boolean live, List<Problem> problems) {
    }

    /** Puts the written staging folder in the folder's place. */
    public Outcome swap() {
        boolean hadSite = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
        if (hadSite) {
            try {
                disk.move(out, old);
            } catch (IOException e) {
                discardStaging();
                return failed("cannot move the previous " + what + " aside to " + old + ": " + IoReason.of(e)
                        + "; the previous " + what + " was left in place");
            }
        }
        try {
            disk.move(staging, out);
        } catch (IOException e) {
            String why = "cannot move the new " + what + " into place: " + IoReason.of(e);
            if (!hadSite) {
                discardStaging();
                return failed(why + "; no " + what + " was written");
            }
            try {
                disk.move(old, out);
            } catch (IOException back) {
                return failed(why + ", nor the previous " + what + " back: " + IoReason.of(back) + "; the previous " + what + " is in "
                        + old + " and the new one in " + staging + "; the next build puts the previous one back");
            }
            discardStaging();
            return failed(why + "; the previous " + what + " was left in place");
        }
        List<Problem> problems = new ArrayList<>();
        if (hadSite) {
            try {
                disk.deleteTree(old);
            } catch (IOException e) {
                problems.add(Problem.warning(shown, 0, "the new " + what + " is in place, but the previous one could not be "
                        + "removed from " + old + ": " + IoReason.describe(e) + "; the next build removes it"));
            }
        }
        return new Outcome(true, problems);
    }

    /** After a failure while writing: the staging folder goes, the folder was not touched. */
    public void discardStaging() {
        try {
            disk.deleteTree(staging);
        } catch (IOException e) {
            // the next build's recover() removes it, or says why it cannot
        }
    }

    private Outcome failed(String message) {
        return new Outcome(false, List.of(Problem.error(shown, 0, message)));
    }
}
