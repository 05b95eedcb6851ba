package wengao.pipeline;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Stands for the code that made a cache: what the build cache keeps is only as good as the code that wrote it, so
 * a cache from any other wengao is rebuilt. The jar (or the classes folder, when run from a checkout) is named by
 * its size and modification time: a rebuilt jar is another version even when its version number is not.
 */
final class CodeVersion {

    private static final String VALUE = compute();

    private CodeVersion() {
    }

    static String current() {
        return VALUE;
    }

    private static String compute() {
        String declared = String.valueOf(CodeVersion.class.getPackage().getImplementationVersion());
        try {
            Path code = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return declared + "/" + Files.size(code) + "/" + Files.getLastModifiedTime(code).toMillis();
            }
            try (Stream<Path> walk = Files.walk(code)) {
                long[] sum = new long[2];
                walk.filter(Files::isRegularFile).forEach(p -> {
                    try {
                        sum[0] += Files.size(p);
                        sum[1] = Math.max(sum[1], Files.getLastModifiedTime(p).toMillis());
                    } catch (java.io.IOException e) {
                        sum[1] = -1;
                    }
                });
                return declared + "/classes/" + sum[0] + "/" + sum[1];
            }
        } catch (URISyntaxException | java.io.IOException | RuntimeException e) {
            // No way to tell this code from another: a version of its own for every run, so no cache is trusted.
            return declared + "/unknown/" + System.nanoTime();
        }
    }
}
