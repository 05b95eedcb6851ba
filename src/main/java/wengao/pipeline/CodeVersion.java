package wengao.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import wengao.text.Fingerprint;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Stands for the code that made a cache: what the build cache keeps is only as good as the code that wrote it, so
 * a cache from any other wengao is rebuilt. The value is a digest of wengao's own classes and built-in templates and
 * of the versions of the libraries bundled with them, read from the jar (or the classes folder, when run from a
 * checkout): the same sources built again, as CI does on every run, give the same value, and any change to the code
 * gives another.
 */
final class CodeVersion {

    private static final String VALUE = compute();

    private CodeVersion() {
    }

    static String current() {
        return VALUE;
    }

    private static String compute() {
        try {
            Path code = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Fingerprint sha = new Fingerprint();
            if (Files.isRegularFile(code)) {
                jar(code, sha);
            } else {
                folder(code, sha);
            }
            return sha.hex();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // No way to tell this code from another: a version of its own for every run, so no cache is trusted.
            return "unknown/" + System.nanoTime();
        }
    }

    private static boolean counts(String name) {
        return name.startsWith("wengao/") || name.endsWith("/pom.properties");
    }

    private static void jar(Path jar, Fingerprint sha) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries()).stream()
                    .filter(e -> !e.isDirectory() && counts(e.getName()))
                    .sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry e : entries) {
                try (InputStream in = zip.getInputStream(e)) {
                    add(sha, e.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static void folder(Path root, Fingerprint sha) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                add(sha, root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }

    private static void add(Fingerprint sha, String name, byte[] bytes) {
        sha.add(name.length()).add(name).add(bytes.length).add(bytes);
    }
}
