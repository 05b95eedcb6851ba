package wengao.pipeline;

import static wengao.text.KeptFile.readText;
import static wengao.text.KeptFile.writeText;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import wengao.model.Problem;
import wengao.publish.SitePublisher;
import wengao.text.KeptFile;

/**
 * What the last published build left for the next one, kept in the build cache: the digest of its inputs, the site
 * it wrote (every file with its size and time, so that a site changed since is noticed), the inputs of
 * each rendered page, and its report. A build whose inputs have the same digest, into the same untouched site, has
 * nothing to do; any other build takes unchanged pages from it.
 */
record LastBuild(String version, String inputs, String out, Map<String, Stamp> files, Map<String, String> pages,
                 List<Problem> problems, List<BuildReport.Dropped> dropped, int speeches,
                 SitePublisher.Written written) {

    static final String FILE = "last-build.bin";
    private static final String FORMAT = "wengao-last-build-2";

    /**
     * A file of the site as the build left it. Size and time, not the file's identity on disk: a site restored from
     * a CI cache (or copied with its times) is the same site.
     */
    record Stamp(long size, long modified) {

        static Stamp of(BasicFileAttributes a) {
            return new Stamp(a.size(), a.lastModifiedTime().toMillis());
        }
    }

    /**
     * What can be read at {@code file}, or nothing, with a note when what is there cannot be trusted. Its own codec
     * ({@link KeptFile}'s layout), not Java serialization, which is read back every build and was slow to.
     */
    static Optional<LastBuild> read(Path file, String version, java.util.function.Consumer<String> notes) {
        KeptFile.Read<LastBuild> read = KeptFile.read(file, FORMAT, version, in -> read(in, version));
        if (read.value() == null && read.distrust() != null) {
            notes.accept(read.distrust().startsWith("was written by another version")
                    ? "the build cache " + read.distrust() + ": building in full"
                    : "the build cache " + file + " " + read.distrust() + ": building in full");
        }
        return Optional.ofNullable(read.value());
    }

    void write(Path file) throws IOException {
        KeptFile.write(file, FORMAT, version, this::write);
    }

    private void write(DataOutputStream out) throws IOException {
        writeText(out, inputs);
        writeText(out, this.out);
        out.writeInt(files.size());
        for (Map.Entry<String, Stamp> e : sorted(files).entrySet()) {
            writeText(out, e.getKey());
            out.writeLong(e.getValue().size());
            out.writeLong(e.getValue().modified());
        }
        out.writeInt(pages.size());
        for (Map.Entry<String, String> e : sorted(pages).entrySet()) {
            writeText(out, e.getKey());
            writeText(out, e.getValue());
        }
        out.writeInt(problems.size());
        for (Problem p : problems) {
            writeText(out, p.file());
            out.writeInt(p.line());
            out.writeByte(p.severity().ordinal());
            writeText(out, p.message());
        }
        out.writeInt(dropped.size());
        for (BuildReport.Dropped d : dropped) {
            writeText(out, d.file());
            out.writeInt(d.line().line());
            writeText(out, d.line().text());
            writeText(out, d.line().reason());
        }
        out.writeInt(speeches);
        out.writeInt(written.files());
        out.writeInt(written.pages());
        out.writeLong(written.bytes());
    }

    private static LastBuild read(DataInputStream in, String version) throws IOException {
        String inputs = readText(in);
        String out = readText(in);
        int n = count(in);
        Map<String, Stamp> files = new java.util.HashMap<>(room(n));
        for (int i = 0; i < n; i++) {
            files.put(readText(in), new Stamp(in.readLong(), in.readLong()));
        }
        n = count(in);
        Map<String, String> pages = new java.util.HashMap<>(room(n));
        for (int i = 0; i < n; i++) {
            pages.put(readText(in), readText(in));
        }
        n = count(in);
        List<Problem> problems = new java.util.ArrayList<>(Math.min(n, 1 << 12));
        for (int i = 0; i < n; i++) {
            problems.add(new Problem(readText(in), in.readInt(), wengao.model.Severity.values()[in.readByte()], readText(in)));
        }
        n = count(in);
        List<BuildReport.Dropped> dropped = new java.util.ArrayList<>(Math.min(n, 1 << 12));
        for (int i = 0; i < n; i++) {
            dropped.add(new BuildReport.Dropped(readText(in), new wengao.model.DroppedLine(in.readInt(), readText(in), readText(in))));
        }
        int speeches = in.readInt();
        SitePublisher.Written written = new SitePublisher.Written(in.readInt(), in.readInt(), in.readLong());
        return new LastBuild(version, inputs, out, files, pages, problems, dropped, speeches, written);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("a negative count");
        }
        return n;
    }

    /** A map's first room for {@code n} entries, bounded: a damaged count is found out by the checksum, not by memory. */
    private static int room(int n) {
        return Math.min(n, 1 << 20) * 4 / 3 + 1;
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return map instanceof java.util.SortedMap ? map : new TreeMap<>(map);
    }

    /**
     * Every file of the site in {@code out} (the wengao marker included), as it is now; empty if it cannot be read.
     * One walk, one look at each file's attributes (not following links).
     */
    static Map<String, Stamp> survey(Path out) {
        Map<String, Stamp> files = new TreeMap<>();
        try {
            Files.walkFileTree(out, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                    if (a.isRegularFile() || a.isOther() || a.isSymbolicLink()) {
                        files.put(out.relativize(p).toString().replace('\\', '/'), Stamp.of(a));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return files;
    }

    /**
     * The site after a patch, from the survey taken before it ({@code before}) and the files of the new site: a file
     * left in place is as it was surveyed, and only the files moved in (and the marker) are looked at again. The
     * patch removed every other file. Empty (as a survey that failed) when a file cannot be looked at.
     */
    static Map<String, Stamp> patched(Path out, Map<String, Stamp> before, List<wengao.model.OutputFile> files) {
        Map<String, Stamp> after = new TreeMap<>();
        try {
            for (wengao.model.OutputFile f : files) {
                Path at = out.resolve(f.path());
                Stamp kept = before.get(f.path());
                if (kept != null && f.source() != null && f.source().toAbsolutePath().normalize().equals(at)) {
                    after.put(f.path(), kept);
                } else {
                    after.put(f.path(), Stamp.of(Files.readAttributes(at, BasicFileAttributes.class,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS)));
                }
            }
            after.put(SitePublisher.MARKER, Stamp.of(Files.readAttributes(out.resolve(SitePublisher.MARKER),
                    BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS)));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return after;
    }

    /** True when the site in {@code out} is the one this build left: the same files, none changed, none added. */
    boolean isIntact(Path out) {
        return isIntact(out, survey(out));
    }

    /** {@link #isIntact(Path)}, for the site as {@code site} surveyed it. */
    boolean isIntact(Path out, Map<String, Stamp> site) {
        return this.out.equals(out.toString()) && !files.isEmpty() && files.equals(site);
    }

    /** The file of the site at {@code path}, when the survey {@code site} found it as this build left it. */
    Optional<Path> unchanged(Path out, String path, Map<String, Stamp> site) {
        Stamp stamp = files.get(path);
        if (stamp == null || !this.out.equals(out.toString())) {
            return Optional.empty();
        }
        return stamp.equals(site.get(path)) ? Optional.of(out.resolve(path)) : Optional.empty();
    }
}
