package wengao.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the speech files under the content folder: {@code .txt} and {@code .md}, recursively, in a fixed order. */
final class ContentScanner {

    /** Folders of the content tree that hold other things than speeches. */
    static final List<String> RESERVED_FOLDERS = List.of("themes");

    private ContentScanner() {
    }

    static List<Path> speechFiles(Path contentDir) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(contentDir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> isSpeechFile(contentDir.relativize(p)))
                    .forEach(found::add);
        }
        found.sort(Comparator.comparing(p -> relativeName(contentDir, p)));
        return found;
    }

    static String relativeName(Path contentDir, Path file) {
        return contentDir.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isSpeechFile(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        if (relative.getNameCount() > 1 && RESERVED_FOLDERS.contains(relative.getName(0).toString())) {
            return false;
        }
        String name = relative.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md");
    }
}
