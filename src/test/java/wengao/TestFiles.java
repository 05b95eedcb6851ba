package wengao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates test resources: the seed speeches, golden outlines and the real-world reports copied into the repo. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestFiles.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    public static Path seeds() {
        return resource("seeds");
    }

    public static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences of a text: split after 。！？；, whitespace removed, empty pieces dropped. */
    public static List<String> sentences(String text) {
        return Stream.of(text.split("(?<=[。！？；!?;])|\\n"))
                .map(s -> s.replaceAll("[\\s\u3000\u00a0\ufeff]+", ""))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public static String withoutSpace(String s) {
        return s.replaceAll("[\\s\u3000\u00a0\ufeff]+", "");
    }
}
