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

    /** Every file of the site in {@code out} (the wengao marker included), as it is now; empty if it cannot be read. */
    static Map<String, Stamp> survey(Path out) {
        Map<String, Stamp> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.isRegularFile() || a.isOther() || a.isSymbolicLink()) {
                    files.put(out.relativize(p).toString().replace('\\', '/'), Stamp.of(a));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return files;
    }

    /** True when the site in {@code out} is the one this build left: the same files, none changed, none added. */
    boolean isIntact(Path out) {
        return this.out.equals(out.toString()) && !files.isEmpty() && files.equals(survey(out));
    }

    /** The file of the site at {@code path}, when it is still as this build left it. */
    Optional<Path> unchanged(Path out, String path) {
        Stamp stamp = files.get(path);
        if (stamp == null || !this.out.equals(out.toString())) {
            return Optional.empty();
        }
        Path file = out.resolve(path);
        try {
            return Objects.equals(stamp, Stamp.of(Files.readAttributes(file, BasicFileAttributes.class)))
                    ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
