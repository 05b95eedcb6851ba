package wengao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.json.JsonReader;

/** {@code wengao parse} reports files as a build from their content folder sees them: the same paths and URLs. */
class ParseCommandTest {

    @TempDir
    Path tmp;
    Path content;

    /** File names whose slugs carry a hash of their path, a front matter slug, and a folder the build skips. */
    @BeforeEach
    void writeContent() throws IOException {
        content = tmp.resolve("content");
        Files.createDirectories(content.resolve("地方/2026"));
        Files.createDirectories(content.resolve("themes"));
        Files.createDirectories(content.resolve(".drafts"));
        Files.copy(TestFiles.seeds().resolve("001_0d024dd79624a196.txt"), content.resolve("Seed.txt"));
        Files.writeString(content.resolve("地方/2026/2026_上海市_报告.txt"), "上海的报告\n同志们：\n正文。\n");
        Files.writeString(content.resolve("地方/2026_北京市_报告.txt"), "北京的报告\n同志们：\n正文。\n");
        Files.writeString(content.resolve("讲话.md"), "---\ntitle: 党课\nslug: dang-ke\n---\n正文。\n");
        Files.writeString(content.resolve("themes/si-feng.md"), "---\nname: 四风\n---\n说明。\n");
        Files.writeString(content.resolve(".drafts/草稿.txt"), "草稿\n正文。\n");
    }

    private static List<Map<String, Object>> objects(String json) {
        Object parsed = JsonReader.read(json);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : parsed instanceof List<?> list ? list : List.of(parsed)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) o;
            out.add(m);
        }
        return out;
    }

    private static List<Path> speechFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !dir.relativize(p).toString().startsWith("themes"))
                    .filter(p -> !dir.relativize(p).toString().startsWith(".")).sorted().toList();
        }
    }

    @Test
    void eachFileGetsTheUrlAndSlugTheBuildWrites() throws IOException {
        Path site = tmp.resolve("site");
        MainTest.Run build = MainTest.run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.code(), build.err());
        TreeSet<String> written = new TreeSet<>();
        try (Stream<Path> pages = Files.list(site.resolve("speeches"))) {
            // Pages only: the .txt and .docx copies beside them share their slug.
            pages.filter(p -> p.toString().endsWith(".html")).forEach(p -> written.add("speeches/" + p.getFileName()));
        }
        TreeSet<String> parsed = new TreeSet<>();
        for (Path file : speechFiles(content)) {
            MainTest.Run r = MainTest.run("parse", "--json", "--content", content.toString(), file.toString());
            assertEquals(0, r.code(), r.err());
            Map<String, Object> o = objects(r.out()).get(0);
            assertEquals(content.relativize(file).toString().replace('\\', '/'), o.get("source"));
            assertEquals("speeches/" + o.get("slug") + ".html", o.get("url"));
            assertTrue(written.contains((String) o.get("url")), () -> file + " -> " + o.get("url") + " is not among " + written);
            parsed.add((String) o.get("url"));
        }
        assertEquals(written, parsed, "one parsed URL per page the build wrote");
        assertTrue(parsed.contains("speeches/dang-ke.html") && parsed.contains("speeches/seed.html"));
    }

    @Test
    void aFolderParsesEverySpeechTheBuildFindsUnderIt() throws IOException {
        MainTest.Run whole = MainTest.run("parse", "--json", content.toString());
        assertEquals(0, whole.code(), whole.err());
        List<String> sources = objects(whole.out()).stream().map(o -> (String) o.get("source")).toList();
        assertEquals(List.of("Seed.txt", "地方/2026/2026_上海市_报告.txt", "地方/2026_北京市_报告.txt", "讲话.md"), sources,
                "the folder is the content folder: themes/ and dot-folders are not speeches");

        MainTest.Run part = MainTest.run("parse", "--json", "--content", content.toString(), content.resolve("地方").toString());
        assertEquals(0, part.code(), part.err());
        List<Map<String, Object>> found = objects(part.out());
        assertTrue(part.out().startsWith("["), "a folder gives an array");
        assertEquals(List.of("地方/2026/2026_上海市_报告.txt", "地方/2026_北京市_报告.txt"),
                found.stream().map(o -> o.get("source")).toList());
        for (Map<String, Object> o : found) {
            MainTest.Run one = MainTest.run("parse", "--json", "--content", content.toString(),
                    content.resolve((String) o.get("source")).toString());
            assertEquals(o.get("url"), objects(one.out()).get(0).get("url"), "a folder and its files agree");
        }

        MainTest.Run text = MainTest.run("parse", content.resolve("地方").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("2026/2026_上海市_报告.txt -> speeches/2026-"), "without --content the folder is its own: " + text.out());
    }

    @Test
    void aFileThatLosesItsUrlToAnotherIsTheBuildsError() throws IOException {
        Files.writeString(content.resolve("附录.md"), "---\ntitle: 又一篇\nslug: dang-ke\n---\n正文。\n");
        MainTest.Run build = MainTest.run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        String clash = "附录.md: error: its URL speeches/dang-ke.html is already taken by 讲话.md";
        assertTrue(build.err().contains(clash), build.err());
        MainTest.Run loser = MainTest.run("parse", "--json", "--content", content.toString(), content.resolve("附录.md").toString());
        assertEquals(1, loser.code());
        assertTrue(loser.err().contains(clash), loser.err());
        assertEquals(List.of(), objects(loser.out()));
        MainTest.Run keeper = MainTest.run("parse", "--json", "--content", content.toString(), content.resolve("讲话.md").toString());
        assertEquals(0, keeper.code(), keeper.err());
        assertEquals("speeches/dang-ke.html", objects(keeper.out()).get(0).get("url"));
    }

    @Test
    void aFileTheBuildDoesNotReadIsSaidToBeSoAndParsedOnItsOwn() throws IOException {
        MainTest.Run theme = MainTest.run("parse", "--content", content.toString(), content.resolve("themes/si-feng.md").toString());
        assertTrue(theme.err().contains("themes/si-feng.md: warning: a build from " + content + " does not read this file as a speech"), theme.err());
        Path elsewhere = tmp.resolve("elsewhere.txt");
        Files.writeString(elsewhere, "别处的讲话\n正文。\n");
        MainTest.Run outside = MainTest.run("parse", "--content", content.toString(), elsewhere.toString());
        assertEquals(0, outside.code(), outside.err());
        assertTrue(outside.err().contains("elsewhere.txt: warning: not in the content folder " + content), outside.err());
        assertTrue(outside.out().startsWith("elsewhere.txt -> speeches/elsewhere.html"), outside.out());
        MainTest.Run missing = MainTest.run("parse", "--content", tmp.resolve("nowhere").toString(), elsewhere.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nowhere: error: content folder not found"));
    }

    @Test
    void aFileUnderTheDefaultContentFolderIsSeenFromIt() {
        Path seed = Path.of("content/speeches/001_0d024dd79624a196.txt");
        assertTrue(Files.isRegularFile(seed), "run from the project folder");
        MainTest.Run r = MainTest.run("parse", "--json", seed.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, Object> o = objects(r.out()).get(0);
        assertEquals("speeches/001_0d024dd79624a196.txt", o.get("source"), "its path is relative to content/");
        assertFalse(r.err().contains("warning"), r.err());
    }

    @Test
    void parseKeepsShowingDroppedLines() {
        MainTest.Run r = MainTest.run("parse", "--content", content.toString(), content.resolve("Seed.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  dropped:    8 lines"), r.out());
        assertTrue(r.out().contains("    line 8 [advertising] 举报倒卖会员资料的人，举报成功免费赠送一年会员材料！"), r.out());
    }
}
