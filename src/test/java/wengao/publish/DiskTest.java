package wengao.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing a folder wengao wrote: everything in it goes, whatever its size, and nothing outside it. */
class DiskTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderOfThousandsOfFilesIsRemovedWholeAndNothingOutsideIt() throws IOException {
        Path root = tmp.resolve("site.old");
        Path outside = Files.writeString(tmp.resolve("kept.txt"), "kept", StandardCharsets.UTF_8);
        // More files than one thread removes alone, in folders nested three deep, with an empty folder and a link.
        for (int a = 0; a < 12; a++) {
            Path folder = Files.createDirectories(root.resolve("speeches/" + a + "/deeper"));
            for (int f = 0; f < 60; f++) {
                Files.writeString(folder.resolve(f + ".html"), "<p>" + f + "</p>", StandardCharsets.UTF_8);
                Files.writeString(folder.getParent().resolve(f + ".txt"), "text " + f, StandardCharsets.UTF_8);
            }
        }
        Files.createDirectories(root.resolve("empty/inside"));
        Files.createSymbolicLink(root.resolve("link.txt"), outside);
        try (var walk = Files.walk(root)) {
            assertEquals(12 * 120 + 1, walk.filter(p -> !Files.isDirectory(p)).count());
        }

        Disk.REAL.deleteTree(root);

        assertFalse(Files.exists(root));
        assertTrue(Files.isRegularFile(outside), "the link's target outside the folder stays");
        assertEquals("kept", Files.readString(outside, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderThatIsNotThereIsNothingToRemove() throws IOException {
        Disk.REAL.deleteTree(tmp.resolve("missing"));
        assertTrue(Files.isDirectory(tmp));
    }
}
