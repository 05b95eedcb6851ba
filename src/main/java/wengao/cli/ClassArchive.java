package wengao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The classes the tuned child JVM loaded, kept as a HotSpot class-data archive (dynamic CDS) in the build cache, so
 * that later builds map them instead of reading, parsing and verifying the jar's classes again. It is a saving,
 * never a requirement: the JVM checks an archive against its own version and the class path (each jar's size and
 * time) and runs without one it cannot use; anything that goes wrong here only means no archive.
 *
 * <p>An archive is written at the end of a run that asks for it, which costs that run about a second; so the first
 * build with a given jar only marks it seen, and the second writes the archive. CI that builds a fresh jar every
 * run never pays for an archive it could not use twice. The child writes it under a temporary name; only a child
 * that ended well has it renamed into place, so a build that was stopped never leaves a torn archive to map.
 */
final class ClassArchive {

    /** Under the build cache's folder, beside the content folders' caches. */
    static final String FOLDER = ".jvm";
    private static final String ARCHIVE = ".jsa";
    private static final String SEEN = ".seen";
    private static final String PART = ".jsa.part";

    private final Path folder;
    private final String key;
    private Path writing;

    private ClassArchive(Path folder, String key) {
        this.folder = folder;
        this.key = key;
    }

    /**
     * The archive for {@code classPath} run by this JVM, kept in {@code cacheFolder} (the {@code .wengao-cache}
     * beside the content); null when the class path's files cannot be read, or it names a folder: a JVM asked to
     * archive classes from a class path with a folder in it fails as it exits, after the build.
     */
    static ClassArchive of(Path cacheFolder, String classPath) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, System.getProperty("java.home"));
            update(sha, System.getProperty("java.vm.version"));
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                Path p = Path.of(entry).toAbsolutePath().normalize();
                if (!Files.isRegularFile(p)) {
                    return null;
                }
                update(sha, p.toString());
                update(sha, Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
            String key = HexFormat.of().formatHex(sha.digest(), 0, 8);
            return new ClassArchive(cacheFolder.resolve(FOLDER), key);
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** The child's options: map the archive, or write it, or (a jar seen for the first time) nothing. */
    List<String> options() {
        List<String> options = new ArrayList<>();
        // An archive the JVM cannot use is passed over with a warning on the terminal: not the user's concern.
        options.add("-Xlog:cds=off,cds+dynamic=off");
        Path archive = folder.resolve(key + ARCHIVE);
        try {
            if (Files.isRegularFile(archive)) {
                options.add("-XX:SharedArchiveFile=" + archive);
            } else if (Files.isRegularFile(folder.resolve(key + SEEN))) {
                writing = folder.resolve(key + PART);
                Files.deleteIfExists(writing);
                options.add("-XX:ArchiveClassesAtExit=" + writing);
            } else {
                Files.createDirectories(folder);
                removeOthers();
                Files.write(folder.resolve(key + SEEN), new byte[0]);
            }
        } catch (IOException | RuntimeException e) {
            writing = null;
        }
        return options;
    }

    /** After the child ended with {@code exitCode}: the archive it wrote goes into place only if it ended well. */
    void settle(int exitCode) {
        if (writing == null) {
            return;
        }
        try {
            if (exitCode == 0 && Files.isRegularFile(writing)) {
                Files.move(writing, folder.resolve(key + ARCHIVE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(writing);
            }
        } catch (IOException | RuntimeException e) {
            // no archive this time; the next build writes one
        }
    }

    /** The archives of other jars or JVMs: never usable again once another is in use. */
    private void removeOthers() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (!f.getFileName().toString().startsWith(key + ".")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
