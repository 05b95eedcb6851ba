package wengao.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import wengao.text.FileFingerprints;
import wengao.text.Fingerprint;
import java.util.stream.Stream;

/**
 * One digest of everything a build reads: wengao's code, the options, and every file of the content and templates
 * folders (name and the fingerprint of its bytes; a link by its target). A build is a function of these alone, so
 * two builds with the same digest make the same site, and the second has nothing to do. A file whose stamp says it
 * is as the last build read it is not read again ({@link FileFingerprints}).
 */
final class BuildInputs {

    private BuildInputs() {
    }

    static String digest(BuildOptions options, String version, FileFingerprints files) {
        Fingerprint sha = new Fingerprint();
        text(sha, "wengao build inputs 1");
        text(sha, version);
        text(sha, "strict=" + options.strict() + " report=" + options.report() + " endpoint=" + options.searchEndpoint());
        text(sha, "content=" + options.content().toAbsolutePath().normalize());
        folder(sha, options.content(), files);
        text(sha, "templates=" + (options.templates() == null ? "" : options.templates().toAbsolutePath().normalize()));
        if (options.templates() != null) {
            folder(sha, options.templates(), files);
        }
        return sha.hex();
    }

    /** The digest of what every page depends on beside its own inputs: the code and the templates folder. */
    static String templates(BuildOptions options, String version, FileFingerprints files) {
        Fingerprint sha = new Fingerprint();
        text(sha, version);
        if (options.templates() != null) {
            folder(sha, options.templates(), files);
        }
        return sha.hex();
    }

    private static void folder(Fingerprint sha, Path root, FileFingerprints files) {
        if (!Files.isDirectory(root)) {
            text(sha, "no folder");
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted().toList();
        } catch (IOException | RuntimeException e) {
            // Unreadable: a digest no other build shares, so this build is done in full and reports the problem.
            text(sha, "unreadable " + System.nanoTime());
            return;
        }
        for (Path p : paths) {
            String name = root.relativize(p).toString().replace('\\', '/');
            try {
                if (Files.isSymbolicLink(p)) {
                    text(sha, "link " + name + " -> " + Files.readSymbolicLink(p));
                }
                if (Files.isRegularFile(p)) {
                    text(sha, "file " + name);
                    text(sha, files.of(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    text(sha, "folder " + name);
                } else {
                    text(sha, "other " + name + " " + Files.isDirectory(p));
                }
            } catch (IOException e) {
                text(sha, "unreadable " + name + " " + System.nanoTime());
            }
        }
    }

    private static void text(Fingerprint sha, String s) {
        sha.add(s.length()).add(s);
    }
}
