package wengao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;

/** A note tells editors a fact (a file was flattened and rebuilt): it is printed, counts as no warning, fails no build. */
class BuildNoteTest {

    @TempDir
    Path tmp;

    @Test
    void notesArePrintedAndDoNotFailAStrictBuild() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        String name = "2020-11-11_row47.txt";
        Files.copy(TestFiles.resource("corpus-extra/xi-2020-flattened/" + name), content.resolve(name));
        MainTest.Run r = MainTest.run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString(), "--strict");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(name + ":1: note: flattened text (no line breaks): rebuilt into 16 paragraphs"), r.err());
        assertTrue(r.out().contains("0 warnings, 0 errors"), r.out());
    }
}
