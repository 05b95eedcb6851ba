package wengao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.model.Problem;

/**
 * What a build reads is the content folder and nothing else: symbolic links that lead out of it are skipped with
 * a warning, never published or indexed; and what the file system refuses is reported in one line with its reason,
 * naming the user's file.
 */
class ContentBoundaryTest {

    @TempDir
    Path tmp;
    Path content;
    Path outside;

    private static final String SECRET = "机密：此文件不在文稿目录中";

    @BeforeEach
    void corpus() throws IOException {
        content = tmp.resolve("content");
        Files.createDirectories(content.resolve("speeches"));
        Files.writeString(content.resolve("speeches/a.txt"), "在会上的讲话\n同志们：\n要坚持不懈抓好作风建设。\n");
        outside = tmp.resolve("elsewhere");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.txt"), "绝密讲话\n同志们：\n" + SECRET + "。\n");
    }

    private BuildReport build(boolean strict) {
        return SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), tmp.resolve("site"), strict));
    }

    private void assertSecretNowhereInTheSite() throws IOException {
        for (Map.Entry<String, byte[]> f : SiteCheck.files(tmp.resolve("site")).entrySet()) {
            assertFalse(new String(f.getValue(), StandardCharsets.UTF_8).contains("此文件不在"), f.getKey());
        }
    }

    private static List<String> lines(BuildReport report) {
        return report.problems().stream().map(Problem::format).toList();
    }

    @Test
    void aLinkedFileFromOutsideIsSkippedWithAWarningNamingIt() throws IOException {
        Files.createSymbolicLink(content.resolve("speeches/pw.txt"), outside.resolve("secret.txt"));
        BuildReport report = build(false);
        assertTrue(report.isPublished(), report.problems()::toString);
        assertEquals(List.of("speeches/pw.txt: warning: symbolic link to " + outside.toRealPath().resolve("secret.txt")
                + ", outside the content folder: skipped"), lines(report));
        assertEquals(1, report.speeches());
        assertFalse(Files.exists(tmp.resolve("site/speeches/pw.html")));
        assertSecretNowhereInTheSite();
    }

    @Test
    void aLinkedFolderIsReportedNotSkippedSilently() throws IOException {
        Files.createSymbolicLink(content.resolve("more"), outside);
        Files.createSymbolicLink(content.resolve("again"), content.resolve("speeches"));
        BuildReport report = build(false);
        assertTrue(report.isPublished());
        assertEquals(List.of("again: warning: symbolic link to the folder speeches of the content folder: not followed "
                        + "(its files are read where they are)",
                "more: warning: symbolic link to " + outside.toRealPath() + ", outside the content folder: skipped"),
                lines(report));
        assertEquals(1, report.speeches(), "the speech is read once, where it is");
        assertSecretNowhereInTheSite();
    }

    @Test
    void strictMakesALinkOutOfTheContentAFailure() throws IOException {
        Files.createSymbolicLink(content.resolve("speeches/pw.txt"), outside.resolve("secret.txt"));
        BuildReport report = build(true);
        assertFalse(report.isPublished());
        assertTrue(report.failed());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void aLinkedThemePageFromOutsideIsSkippedToo() throws IOException {
        Files.createDirectories(content.resolve("themes"));
        Files.writeString(outside.resolve("t.md"), "---\nname: 作风建设\n---\n" + SECRET + "\n");
        Files.createSymbolicLink(content.resolve("themes/zuo-feng.md"), outside.resolve("t.md"));
        BuildReport report = build(false);
        assertTrue(report.isPublished());
        assertEquals(List.of("themes/zuo-feng.md: warning: symbolic link to " + outside.toRealPath().resolve("t.md")
                + ", outside the content folder: skipped"), lines(report));
        assertSecretNowhereInTheSite();
    }

    @Test
    void aLinkToAFileInsideTheContentIsRead() throws IOException {
        Files.createDirectories(content.resolve("drafts"));
        Files.writeString(content.resolve("drafts/b.txt"), "在另一会上的讲话\n同志们：\n抓好落实。\n");
        Files.createSymbolicLink(content.resolve("speeches/c.txt"), Path.of("../drafts/b.txt"));
        BuildReport report = build(false);
        // Read twice, it is the same speech twice: that is all the build says about it.
        assertEquals(List.of("speeches/c.txt: warning: same title, date, speaker and venue as drafts/b.txt ('在另一会上的讲话'): "
                + "lists cannot tell the two apart; is it the same speech twice?"), lines(report));
        assertEquals(3, report.speeches());
    }

    @Test
    void aContentFolderThatIsItselfALinkIsRead() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), content);
        BuildReport report = SiteBuilder.build(new BuildOptions(link, tmp.resolve("none"), tmp.resolve("site"), true));
        assertTrue(report.isPublished(), report.problems()::toString);
        assertEquals(1, report.speeches());
    }

    @Test
    void aFileNameTooLongForItsPageNamesTheSourceFileInOneLine() throws IOException {
        String name = "a".repeat(251) + ".txt";
        Files.writeString(content.resolve("speeches").resolve(name), "在会上的讲话\n同志们：\n正文。\n");
        BuildReport report = build(false);
        assertFalse(report.isPublished());
        assertEquals(List.of("speeches/" + name + ": error: the file name of its page would be 256 bytes long, more than "
                + "the 255 a file system allows: rename the file, or give it a shorter 'slug' in front matter"), lines(report));
        assertFalse(lines(report).get(0).contains("staging"));
        assertFalse(lines(report).get(0).contains("Exception"));
    }

    @Test
    void aCacheFolderThatCannotBeMadeSaysWhy() throws IOException {
        Files.writeString(tmp.resolve(BuildCache.FOLDER), "a file where the cache folder must go");
        BuildReport report = build(false);
        assertFalse(report.isPublished());
        assertEquals(List.of(content + ": error: cannot use the build cache: " + tmp.resolve(BuildCache.FOLDER)
                + ": a file is in the way where a folder must go"), lines(report));
    }

    @Test
    void anOutputFolderThatCannotBeMadeSaysWhy() throws IOException {
        Path blocked = tmp.resolve("blocked");
        Files.writeString(blocked, "a file where the site's parent folder must go");
        BuildReport report = SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), blocked.resolve("site"), false));
        assertFalse(report.isPublished());
        assertEquals(List.of(blocked.resolve("site") + ": error: cannot write beside the output folder: " + blocked
                + ": a file is in the way where a folder must go"), lines(report));
    }
}
