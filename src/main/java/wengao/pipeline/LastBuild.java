package wengao.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import wengao.model.Problem;
import wengao.publish.SitePublisher;

/**
 * What the last published build left for the next one, kept in the build cache: the digest of its inputs, the site
 * it wrote (every file with its size and time, so that a site changed since is noticed), the inputs of
 * each rendered page, and its report. A build whose inputs have the same digest, into the same untouched site, has
 * nothing to do; any other build takes unchanged pages from it.
 */
record LastBuild(String version, String inputs, String out, Map<String, Stamp> files, Map<String, String> pages,
                 List<Problem> problems, List<BuildReport.Dropped> dropped, int speeches,
                 SitePublisher.Written written) implements Serializable {

    static final String FILE = "last-build.bin";
    private static final String FORMAT = "wengao-last-build-1";

    /**
     * A file of the site as the build left it. Size and time, not the file's identity on disk: a site restored from
     * a CI cache (or copied with its times) is the same site.
     */
    record Stamp(long size, long modified) implements Serializable {

        static Stamp of(BasicFileAttributes a) {
            return new Stamp(a.size(), a.lastModifiedTime().toMillis());
        }
    }

    /** What can be read at {@code file}, or nothing, with a note when what is there cannot be trusted. */
    static Optional<LastBuild> read(Path file, String version, java.util.function.Consumer<String> notes) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            notes.accept("the build cache " + file + " cannot be read (" + e.getMessage() + "): building in full");
            return Optional.empty();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            if (!FORMAT.equals(in.readUTF())) {
                notes.accept("the build cache " + file + " is not one this wengao reads: building in full");
                return Optional.empty();
            }
            LastBuild last = (LastBuild) in.readObject();
            if (!last.version.equals(version)) {
                notes.accept("the build cache was written by another version of wengao: building in full");
                return Optional.empty();
            }
            return Optional.of(last);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            notes.accept("the build cache " + file + " is damaged: building in full");
            return Optional.empty();
        }
    }

    void write(Path file) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeUTF(FORMAT);
            out.writeObject(this);
        }
        Files.write(file, buffer.toByteArray());
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
