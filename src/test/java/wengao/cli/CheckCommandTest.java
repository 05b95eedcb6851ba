package wengao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.json.JsonReader;

/** {@code wengao check} on a corpus with known problems: what it reports, its JSON, its exit codes; it writes nothing. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("speeches"));
        Files.createDirectories(content.resolve("themes"));
        Files.copy(TestFiles.seeds().resolve("001_0d024dd79624a196.txt"), content.resolve("speeches/seed.txt"));
        Files.writeString(content.resolve("speeches/a.md"), "---\ntitle: 在学习会上的讲话\ndate: 2024-05-01\n---\n"
                + "见[上篇](b.md)。\n\n见[下篇](missing.html)。\n");
        Files.writeString(content.resolve("speeches/b.md"), "---\ntitle: 另一篇讲话\ndate: 2024-06-01\n---\n正文。\n");
        Files.writeString(content.resolve("themes/san-yan-san-shi.md"), "---\nname: 三严三实\n---\n释义。\n");
        return content;
    }

    private List<Path> everythingUnder(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().toList();
        }
    }

    @Test
    void jsonListsEveryProblemAndDroppedLineAndWritesNothing() throws IOException {
        Path content = corpus();
        Files.writeString(content.resolve("speeches/bad.md"), "---\ntitle: x\n");
        List<Path> before = everythingUnder(tmp);
        List<String> scratchBefore = checkScratch();
        MainTest.Run r = MainTest.run("check", "--json", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(1, r.code(), "an error: " + r.out());
        assertEquals("", r.err(), "with --json everything is in the JSON");
        assertEquals(before, everythingUnder(tmp), "no site, no build cache, no lock");
        assertEquals(scratchBefore, checkScratch(), "the pages' temporary folder is removed");

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.out());
        assertEquals(List.of("files", "problems", "dropped"), List.copyOf(json.keySet()));
        assertEquals(4L, ((Number) json.get("files")).longValue(), "seed, a, b and bad.md, whose text is read despite its front matter");
        @SuppressWarnings("unchecked")
        List<String> problems = ((List<Map<String, Object>>) json.get("problems")).stream()
                .map(p -> List.of("file", "line", "severity", "message").equals(List.copyOf(p.keySet()))
                        ? p.get("file") + "|" + ((Number) p.get("line")).intValue() + "|" + p.get("severity") + "|" + p.get("message")
                        : "fields " + p.keySet()).toList();
        assertEquals(List.of(
                "speeches/bad.md|1|error|front matter opened with --- is never closed (add a line with --- after it)",
                "speeches/bad.md|0|warning|no title (front matter 'title' or a # heading); the file name is used",
                "speeches/a.md|5|warning|link to 'b.md' names the source file of a speech, which the site does not have: "
                        + "link to its page 'b.html'",
                "speeches/a.md|7|warning|link to 'missing.html' resolves to no speech",
                "themes/san-yan-san-shi.md|0|note|no speech mentions the curated theme 三严三实: its page says so, and the "
                        + "theme index names it without a link"), problems);
        @SuppressWarnings("unchecked")
        List<String> dropped = ((List<Map<String, Object>>) json.get("dropped")).stream()
                .map(d -> List.of("file", "line", "text", "reason").equals(List.copyOf(d.keySet()))
                        ? d.get("file") + "|" + ((Number) d.get("line")).intValue() + "|" + d.get("text") + "|" + d.get("reason")
                        : "fields " + d.keySet()).toList();
        assertEquals(8, dropped.size(), dropped::toString);
        assertEquals("speeches/seed.txt|1|仅供学习 禁止外传|study-only notice (仅供学习)", dropped.get(0), "by file and line");
        assertTrue(dropped.contains("speeches/seed.txt|8|举报倒卖会员资料的人，举报成功免费赠送一年会员材料！|advertising"), dropped::toString);
    }

    @Test
    void textListsProblemsOnStderrAndDroppedLinesPerFileOnStdout() throws IOException {
        Path content = corpus();
        MainTest.Run r = MainTest.run("check", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(0, r.code(), "warnings and notes alone pass: " + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.equals("speeches/a.md:7: warning: link to 'missing.html' resolves to no speech")), r.err());
        assertTrue(r.out().contains("speeches/seed.txt:8: dropped (advertising): 举报倒卖会员资料的人，举报成功免费赠送一年会员材料！\n"), r.out());
        assertTrue(r.out().lines().reduce((a, b) -> b).orElseThrow().matches("checked " + content + "/: 3 speeches, \\d+ pages, "
                + "8 dropped lines, 2 warnings, 0 errors, 1 notes, [0-9.]+ s"), r.out());
        assertFalse(Files.exists(tmp.resolve("site")));

        MainTest.Run strict = MainTest.run("check", "--strict", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(1, strict.code(), "--strict fails on warnings");
        assertTrue(strict.out().strip().endsWith("; --strict treats warnings as errors"), strict.out());
    }

    @Test
    void aCleanCorpusPassesEvenUnderStrict() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.copy(TestFiles.seeds().resolve("002_b7abe7910e55f495.txt"), content.resolve("a.txt"));
        MainTest.Run r = MainTest.run("check", "--strict", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void whatTheBuildWouldRefuseIsAnErrorToo() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.copy(TestFiles.seeds().resolve("002_b7abe7910e55f495.txt"), content.resolve("a.txt"));
        Path mine = tmp.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "not a site");
        MainTest.Run foreign = MainTest.run("check", "--content", content.toString(), "--out", mine.toString());
        assertEquals(1, foreign.code());
        assertTrue(foreign.err().contains(mine + ": error: refusing to replace this folder"), foreign.err());

        MainTest.Run inside = MainTest.run("check", "--content", content.toString(), "--out", content.toString());
        assertEquals(1, inside.code());
        assertTrue(inside.err().contains("is the content folder"), inside.err());

        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("speech.peb"), "{% if %}\n");
        MainTest.Run broken = MainTest.run("check", "--content", content.toString(), "--templates", templates.toString(),
                "--out", tmp.resolve("site").toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("templates/speech.peb:1: error: template error"), broken.err());
        assertEquals(List.of("notes.txt"), List.of(mine.toFile().list()), "nothing was written");
    }

    /** The temporary folders check renders into, of this and earlier runs. */
    private static List<String> checkScratch() throws IOException {
        try (var entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("wengao-check-")).sorted().toList();
        }
    }
}
