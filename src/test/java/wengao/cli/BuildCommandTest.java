package wengao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wengao build} on the folders it must not touch: one line on stderr, exit 1, the speeches kept. */
class BuildCommandTest {

    @TempDir
    Path tmp;

    @Test
    void anOutputThatIsTheContentFolderIsRefusedInOneLine() throws IOException {
        Path c = tmp.resolve("C");
        Files.createDirectories(c);
        Files.writeString(c.resolve("a.txt"), "在会上的讲话\n同志们：\n正文。\n");
        MainTest.Run r = MainTest.run("build", "--content", c.toString(), "--out", c.toString());
        assertEquals(1, r.code());
        assertEquals(List.of(c + ": error: the output folder " + c + " is the content folder " + c + "; a build replaces "
                + "its output folder whole, so the two must be apart: choose another --out"), r.err().lines().toList());
        assertEquals("build failed (0 speeches, 0 pages, 0 warnings, 1 errors, 0.00 s); " + c + "/ was not replaced",
                r.out().strip());
        try (var files = Files.list(c)) {
            assertEquals(List.of(c.resolve("a.txt")), files.toList());
        }
    }

    @Test
    void aLinkOutOfTheContentIsAWarningAndUnderStrictAFailure() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("a.txt"), "在会上的讲话\n同志们：\n正文。\n");
        Files.writeString(tmp.resolve("secret.txt"), "x");
        Files.createSymbolicLink(content.resolve("pw.txt"), tmp.resolve("secret.txt"));
        String warning = "pw.txt: warning: symbolic link to " + tmp.toRealPath().resolve("secret.txt")
                + ", outside the content folder: skipped";
        MainTest.Run r = MainTest.run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(warning), r.err().lines().toList());
        MainTest.Run strict = MainTest.run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString(), "--strict");
        assertEquals(1, strict.code());
        assertEquals(List.of(warning), strict.err().lines().toList());
        assertTrue(strict.out().contains("--strict treats warnings as errors"), strict.out());
    }
}
