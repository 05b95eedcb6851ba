package wengao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.model.DroppedLine;
import wengao.model.Problem;
import wengao.publish.SitePublisher;

/** The last build's state is read back as it was written, every component; a damaged file is noted, never used. */
class LastBuildTest {

    @TempDir
    Path tmp;

    private static LastBuild sample() {
        Map<String, LastBuild.Stamp> files = new TreeMap<>();
        files.put("index.html", new LastBuild.Stamp(1234, 1_700_000_000_123L));
        files.put("speeches/讲话.html", new LastBuild.Stamp(0, -1));
        Map<String, String> pages = new TreeMap<>();
        pages.put("index.html", "0123456789abcdef");
        pages.put("search/p/1f.js", "");
        List<Problem> problems = List.of(Problem.error("a.txt", 3, "标题缺失"), Problem.note("", 0, "note"),
                Problem.warning("b.md", 0, "x".repeat(70_000)));
        List<BuildReport.Dropped> dropped = List.of(new BuildReport.Dropped("a.txt",
                new DroppedLine(2, "责任编辑：某某", "web furniture")));
        return new LastBuild("v1", "inputs", "/site", files, pages, problems, dropped, 7,
                new SitePublisher.Written(10, 4, 99_999_999_999L));
    }

    @Test
    void everyComponentIsReadBackAsWritten() throws IOException {
        Path file = tmp.resolve(LastBuild.FILE);
        LastBuild written = sample();
        written.write(file);
        List<String> notes = new ArrayList<>();
        assertEquals(written, LastBuild.read(file, "v1", notes::add).orElseThrow());
        assertEquals(List.of(), notes);
    }

    @Test
    void aFlippedByteOrAnotherVersionIsNotedAndNotUsed() throws IOException {
        Path file = tmp.resolve(LastBuild.FILE);
        sample().write(file);
        List<String> notes = new ArrayList<>();
        assertTrue(LastBuild.read(file, "v2", notes::add).isEmpty());
        assertEquals(List.of("the build cache was written by another version of wengao: building in full"), notes);
        byte[] bytes = Files.readAllBytes(file);
        for (int at = 0; at < bytes.length; at += Math.max(1, bytes.length / 97)) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x20;
            Files.write(file, damaged);
            notes.clear();
            assertTrue(LastBuild.read(file, "v1", notes::add).isEmpty(), "byte " + at);
            assertEquals(1, notes.size(), "byte " + at);
        }
    }
}
