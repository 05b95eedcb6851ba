package wengao.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import wengao.model.OutputFile;
import wengao.model.Problem;

/**
 * Writes the site. Everything goes into a staging folder beside the output folder first; only when every file is
 * written is it swapped in ({@link FolderSwap}), so a failed build leaves the last good site, and every failure says
 * which site is in place. When most of the site is unchanged, only the changed files are staged and then moved in
 * ({@link SitePatch}). A folder that wengao did not write is never replaced.
 */
public final class SitePublisher {

    /** Marks a folder as a wengao site, so that publishing may replace it. */
    public static final String MARKER = ".wengao-site";

    private SitePublisher() {
    }

    /**
     * What publishing did: {@code live} when the new site is in the output folder, what it wrote there (when it
     * is not live: what it would have written), and its problems. {@code patched} when the site was patched in
     * place: only the files not taken from it were moved in, and every file not in the new site removed.
     */
    public record Publication(boolean live, Written written, List<Problem> problems, boolean patched) {

        public Publication(boolean live, Written written, List<Problem> problems) {
            this(live, written, problems, false);
        }
    }

    /** The files, the pages among them, and their bytes: what a site holds. */
    public record Written(int files, int pages, long bytes) implements java.io.Serializable {
    }

    /** What publishing {@code files} writes, measured without writing: for a build that does not publish. */
    public static Written measure(List<OutputFile> files) {
        int pages = 0;
        long bytes = 0;
        for (OutputFile f : files) {
            if (f.path().endsWith(".html")) {
                pages++;
            }
            try {
                bytes += f.content() != null ? f.content().length : Files.size(f.source());
            } catch (IOException e) {
                // a file that cannot be sized will fail to publish, and that is where it is reported
            }
        }
        return new Written(files.size(), pages, bytes);
    }

    public static Publication publish(List<OutputFile> files, Path outDir) {
        return publish(files, outDir, null, Disk.REAL);
    }

    /**
     * {@link #publish(List, Path)} into a site whose files were just listed ({@code present}: paths relative to it,
     * '/'-separated; what a patch removes is found from it instead of by listing the site again). A build that
     * surveyed the site at its start, with nothing left over to {@link #recover}, knows them.
     */
    public static Publication publish(List<OutputFile> files, Path outDir, java.util.Collection<String> present) {
        return publish(files, outDir, present, Disk.REAL);
    }

    static Publication publish(List<OutputFile> files, Path outDir, Disk disk) {
        return publish(files, outDir, null, disk);
    }

    /**
     * Repairs what a build that stopped half-way left beside the output folder, for a build that will not
     * publish (publishing does it anyway): a site moved aside is put back, leftovers are removed.
     */
    public static List<Problem> recover(Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        if (out.getParent() == null) {
            return List.of();
        }
        return new FolderSwap(out, outDir.toString(), Disk.REAL).recover();
    }

    /**
     * The lock file two builds into the same folder share (beside it, like the staging folder), so that the second
     * waits for the first instead of both writing the same staging folder.
     */
    public static Path lockFile(Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        Path parent = out.getParent() == null ? out : out.getParent();
        return parent.resolve("." + (out.getFileName() == null ? "site" : out.getFileName()) + ".lock");
    }

    private static Publication publish(List<OutputFile> files, Path outDir, java.util.Collection<String> present,
                                       Disk disk) {
        String shown = outDir.toString();
        Path out = outDir.toAbsolutePath().normalize();
        Written written = measure(files); // before writing: staged files are moved into the site, not copied
        List<Problem> problems = check(files, out, shown);
        if (!problems.isEmpty()) {
            return new Publication(false, written, problems);
        }
        FolderSwap swap = new FolderSwap(out, shown, disk);
        List<Problem> recovered = swap.recover();
        if (swap.repaired()) {
            present = null; // what an earlier build left was dealt with: the site may not be as it was listed
        }
        problems.addAll(recovered);
        Optional<Problem> refused = refusal(out, shown);
        if (refused.isPresent()) {
            problems.add(refused.get());
            return new Publication(false, written, problems);
        }
        String untouched = Files.exists(out) ? "the previous site was left in place" : "no site was written";
        Optional<Patch> patch;
        try {
            patch = patch(files, out, present);
        } catch (IOException e) {
            patch = Optional.empty(); // a site that cannot be listed is replaced whole
        }
        if (patch.isPresent()) {
            return patched(patch.get(), swap, out, shown, written, problems, disk);
        }
        try {
            writeAll(files, swap.staging(), out);
        } catch (IOException e) {
            swap.discardStaging();
            problems.add(Problem.error(shown, 0, "cannot write the site: " + IoReason.describe(e) + "; " + untouched));
            return new Publication(false, written, problems);
        } catch (FileFailure e) {
            swap.discardStaging();
            problems.add(Problem.error(shown, 0, "cannot write " + e.file + ": " + IoReason.of(e.getCause()) + "; " + untouched));
            return new Publication(false, written, problems);
        }
        FolderSwap.Outcome outcome = swap.swap();
        problems.addAll(outcome.problems());
        return new Publication(outcome.live(), written, problems);
    }

    /**
     * A site to patch rather than replace: the files to write ({@code staged}) and the site's files to remove. Chosen
     * when the output folder is a site and more of the new site's files are in it unchanged than not.
     */
    private record Patch(List<OutputFile> staged, Set<String> removed) {
    }

    private static Optional<Patch> patch(List<OutputFile> files, Path out, java.util.Collection<String> present)
            throws IOException {
        if (!Files.isDirectory(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(out.resolve(MARKER))) {
            return Optional.empty();
        }
        List<OutputFile> staged = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (OutputFile f : files) {
            paths.add(f.path());
            if (f.source() == null || !f.source().toAbsolutePath().normalize().equals(out.resolve(f.path()))) {
                staged.add(f);
            }
        }
        if (staged.size() * 2 >= files.size()) {
            return Optional.empty();
        }
        Set<String> removed = present == null ? SitePatch.files(out) : new TreeSet<>(present);
        removed.remove(MARKER);
        removed.removeAll(paths);
        return Optional.of(new Patch(staged, removed));
    }

    /** Writes the changed files beside the site, then moves them in ({@link SitePatch}). */
    private static Publication patched(Patch patch, FolderSwap swap, Path out, String shown, Written written,
                                       List<Problem> problems, Disk disk) {
        try {
            writeAll(patch.staged(), swap.staging(), out);
            SitePatch.plan(swap.staging(), patch.removed());
        } catch (IOException e) {
            swap.discardStaging();
            problems.add(Problem.error(shown, 0, "cannot write the site: " + IoReason.describe(e)
                    + "; the previous site was left in place"));
            return new Publication(false, written, problems);
        } catch (FileFailure e) {
            swap.discardStaging();
            problems.add(Problem.error(shown, 0, "cannot write " + e.file + ": " + IoReason.of(e.getCause())
                    + "; the previous site was left in place"));
            return new Publication(false, written, problems);
        }
        try {
            SitePatch.finish(swap.staging(), out, disk);
            return new Publication(true, written, problems, true);
        } catch (IOException e) {
            problems.add(Problem.error(shown, 0, "cannot move the changed files into the site: " + IoReason.describe(e)
                    + "; what is not in yet waits in " + swap.staging() + ", and the next build moves it in"));
            return new Publication(false, written, problems);
        }
    }

    /** What publishing {@code files} into {@code outDir} would refuse, found without writing anything. */
    public static List<Problem> verify(List<OutputFile> files, Path outDir) {
        String shown = outDir.toString();
        Path out = outDir.toAbsolutePath().normalize();
        List<Problem> problems = check(files, out, shown);
        if (problems.isEmpty()) {
            refusal(out, shown).ifPresent(problems::add);
        }
        return problems;
    }

    /** A folder wengao did not write is never replaced. */
    private static Optional<Problem> refusal(Path out, String shown) {
        try {
            if (Files.exists(out) && !isReplaceable(out)) {
                return Optional.of(Problem.error(shown, 0, "refusing to replace this folder: it is not empty and was "
                        + "not written by wengao (no " + MARKER + " file). Choose another --out or empty it"));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Problem.error(shown, 0, "cannot look into the output folder: " + IoReason.describe(e)));
        }
    }

    private static List<Problem> check(List<OutputFile> files, Path out, String shown) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OutputFile f : files) {
            if (!isSafeRelative(f.path())) {
                problems.add(Problem.error(shown, 0, "refusing to write outside the site: " + f.path()));
            } else if (!seen.add(f.path())) {
                problems.add(Problem.error(shown, 0, "two files would be written to " + f.path()));
            }
        }
        Set<String> folders = new TreeSet<>();
        for (String path : seen) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        for (OutputFile f : files) {
            if (folders.contains(f.path())) {
                problems.add(Problem.error(shown, 0, "a file and a folder would both be written to " + f.path()));
            }
        }
        if (out.getParent() == null) {
            problems.add(Problem.error(shown, 0, "the root of the file system cannot be the output folder"));
        } else if (Files.exists(out) && !Files.isDirectory(out)) {
            problems.add(Problem.error(shown, 0, "the output folder is a file; choose another --out or remove the file"));
        }
        return problems;
    }

    /** A file of the site that could not be written, named as it will be in the site (not in the staging folder). */
    private static final class FileFailure extends RuntimeException {
        final String file;

        FileFailure(String file, IOException cause) {
            super(cause);
            this.file = file;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static void writeAll(List<OutputFile> files, Path staging, Path out) throws IOException {
        Files.createDirectories(staging.getParent());
        Files.createDirectories(staging);
        Set<String> whole = moveWholeFolders(files, staging, out);
        if (!whole.isEmpty()) {
            files = files.stream().filter(f -> !whole.contains(folderOf(f.path()))).toList();
        }
        Set<String> dirs = new TreeSet<>();
        for (OutputFile f : files) {
            int slash = f.path().lastIndexOf('/');
            if (slash > 0) {
                dirs.add(f.path().substring(0, slash));
            }
        }
        for (String dir : dirs) {
            try {
                Files.createDirectories(staging.resolve(dir));
            } catch (IOException e) {
                throw new FileFailure(dir + "/", e);
            }
        }
        // Every write finishes before a failure is reported: a failure thrown out of the stream would leave other
        // workers writing into a staging folder that is being discarded.
        FileFailure first = files.parallelStream().map(f -> {
            try {
                write(f, staging.resolve(f.path()), out);
                return null;
            } catch (IOException e) {
                return new FileFailure(f.path(), e);
            }
        }).toList().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (first != null) {
            throw first;
        }
        try {
            Files.write(staging.resolve(MARKER), "This folder was written by wengao and is replaced on every build.\n"
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FileFailure(MARKER, e);
        }
    }

    /** Fewer files than this in a folder are moved one by one: a folder moved whole is listed first. */
    private static final int WHOLE_FOLDER = 64;

    /**
     * Moves in one rename each folder of the build cache that holds exactly the files of one folder of the site
     * (the search export's postings buckets): thousands of renames fewer. Returns the site's folders so filled. A
     * folder that cannot be moved so (on another file system) is left for its files to be moved one by one.
     */
    private static Set<String> moveWholeFolders(List<OutputFile> files, Path staging, Path out) throws IOException {
        java.util.Map<String, List<OutputFile>> byFolder = new java.util.TreeMap<>();
        for (OutputFile f : files) {
            byFolder.computeIfAbsent(folderOf(f.path()), k -> new ArrayList<>()).add(f);
        }
        Set<String> moved = new HashSet<>();
        for (java.util.Map.Entry<String, List<OutputFile>> e : byFolder.entrySet()) {
            Path source = soleSourceFolder(e.getValue(), out);
            if (e.getKey().isEmpty() || e.getValue().size() < WHOLE_FOLDER || source == null
                    || byFolder.keySet().stream().anyMatch(k -> k.startsWith(e.getKey() + "/"))) {
                continue;
            }
            Path target = staging.resolve(e.getKey());
            try {
                if (count(source) != e.getValue().size()) {
                    continue; // the folder holds something else too
                }
                Files.createDirectories(target.getParent());
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
                moved.add(e.getKey());
            } catch (IOException notWhole) {
                // its files are moved one by one, or fail to be and say why
            }
        }
        return moved;
    }

    /** The build cache's folder all of {@code files} are in under their own names; null when there is none. */
    private static Path soleSourceFolder(List<OutputFile> files, Path out) {
        Path folder = null;
        for (OutputFile f : files) {
            Path source = f.source() == null ? null : f.source().toAbsolutePath().normalize();
            if (source == null || source.startsWith(out) || source.getParent() == null
                    || !source.getFileName().toString().equals(f.path().substring(f.path().lastIndexOf('/') + 1))
                    || folder != null && !folder.equals(source.getParent())) {
                return null;
            }
            folder = source.getParent();
        }
        return folder;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.count();
        }
    }

    /** The folder of a site path, "" for the site's root. */
    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static void write(OutputFile f, Path target, Path out) throws IOException {
        if (f.source() == null) {
            Files.write(target, f.content());
            return;
        }
        if (f.source().toAbsolutePath().normalize().startsWith(out)) {
            // A page of the site in place, taken unchanged: it must stay there until the new site is swapped in, so
            // it is linked (a second name for the same bytes, no copy) or, where links are not allowed, copied.
            try {
                Files.createLink(target, f.source());
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(f.source(), target, StandardCopyOption.REPLACE_EXISTING);
            }
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
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("\\") || path.contains(":")) {
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
}
