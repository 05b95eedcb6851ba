package wengao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.model.Problem;

/** An output folder that would swallow the content or the templates is refused before anything is touched. */
class OutputFolderTest {

    @TempDir
    Path tmp;

    private static final String SPEECH = "在会上的讲话\n同志们：\n要坚持不懈抓好作风建设。\n";

    private BuildReport build(Path content, Path templates, Path out) {
        return SiteBuilder.build(new BuildOptions(content, templates, out, false));
    }

    /** Every path under {@code dir}, relative, sorted: what must not change. */
    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static String onlyProblem(BuildReport report) {
        assertEquals(1, report.problems().size(), report.problems()::toString);
        Problem p = report.problems().get(0);
        assertTrue(p.isError());
        return p.format();
    }

    private static String refusal(Path out, String relation, String kind, Path input) {
        return out + ": error: the output folder " + out + " " + relation + " the " + kind + " folder " + input
                + "; a build replaces its output folder whole, so the two must be apart: choose another --out";
    }

    @Test
    void contentAsItsOwnOutputKeepsTheSpeechesWhenItWasEmptyAtTheFirstBuild() throws IOException {
        Path c = tmp.resolve("C");
        Files.createDirectories(c);
        BuildReport first = build(c, tmp.resolve("none"), c);
        assertFalse(first.isPublished());
        assertEquals(refusal(c, "is", "content", c), onlyProblem(first));
        assertEquals(List.of(""), listing(c), "nothing was written into the folder");

        Files.writeString(c.resolve("a.txt"), SPEECH);
        BuildReport second = build(c, tmp.resolve("none"), c);
        assertFalse(second.isPublished());
        assertEquals(SPEECH, Files.readString(c.resolve("a.txt")), "the speech is still there");
        assertEquals(List.of("", "C", "C/a.txt"), listing(tmp), "nothing touched: no cache, no lock, no staging folder");
    }

    @Test
    void contentKeptInsideThePreviousOutputIsNotDeleted() throws IOException {
        Path elsewhere = tmp.resolve("first");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("a.txt"), SPEECH);
        Path s = tmp.resolve("S");
        assertTrue(build(elsewhere, tmp.resolve("none"), s).isPublished(), "S is a site wengao wrote");

        Path content = s.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("b.txt"), SPEECH);
        List<String> before = listing(s);
        BuildReport report = build(content, tmp.resolve("none"), s);
        assertFalse(report.isPublished());
        assertEquals(refusal(s, "holds", "content", content), onlyProblem(report));
        assertEquals(SPEECH, Files.readString(content.resolve("b.txt")), "the speech is still there");
        assertEquals(before, listing(s));
    }

    @Test
    void anOutputInsideTheContentIsRefused() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("a.txt"), SPEECH);
        Path out = content.resolve("site");
        assertEquals(refusal(out, "lies inside", "content", content), onlyProblem(build(content, tmp.resolve("none"), out)));
        assertEquals(List.of("", "a.txt"), listing(content));
    }

    @Test
    void theTemplatesFolderIsProtectedTheSameWayEveryWayRound() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("a.txt"), SPEECH);
        Path templates = tmp.resolve("look");
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("layout.peb"), "mine");
        assertEquals(refusal(templates, "is", "templates", templates), onlyProblem(build(content, templates, templates)));
        Path inside = templates.resolve("assets");
        assertEquals(refusal(inside, "lies inside", "templates", templates), onlyProblem(build(content, templates, inside)));
        assertEquals(refusal(tmp, "holds", "content", content), onlyProblem(build(content, templates, tmp)));
        assertEquals(List.of("", "assets", "layout.peb"), listing(templates));
        assertEquals("mine", Files.readString(templates.resolve("layout.peb")));
    }

    @Test
    void aLinkToTheContentFolderIsTheContentFolder() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("a.txt"), SPEECH);
        Path link = Files.createSymbolicLink(tmp.resolve("site"), content);
        assertEquals(refusal(link, "is", "content", content), onlyProblem(build(content, tmp.resolve("none"), link)));
        assertEquals(List.of("", "a.txt"), listing(content));
    }

    @Test
    void foldersSideBySideWithSimilarNamesAreApart() throws IOException {
        Path content = tmp.resolve("site");
        Files.createDirectories(content);
        Files.writeString(content.resolve("a.txt"), SPEECH);
        BuildReport report = build(content, tmp.resolve("none"), tmp.resolve("site-out"));
        assertTrue(report.isPublished(), report.problems()::toString);
    }
}
