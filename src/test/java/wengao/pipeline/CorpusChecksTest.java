package wengao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.model.Problem;
import wengao.model.Severity;

/**
 * The checks only a whole corpus allows, as {@code build} and {@code check} report them: links between Markdown
 * speeches, speeches of one title, curated themes nobody mentions.
 */
class CorpusChecksTest {

    @TempDir
    Path tmp;

    private Path content() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("speeches/sub"));
        return content;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private BuildReport check(Path content, boolean strict) {
        return SiteBuilder.check(new BuildOptions(content, tmp.resolve("no-templates"), tmp.resolve("site"), strict));
    }

    private static List<String> formatted(BuildReport report, Severity severity) {
        return report.problems().stream().filter(p -> p.severity() == severity).map(Problem::format).toList();
    }

    @Test
    void linksBetweenMarkdownSpeechesResolveToPagesOfTheSite() throws IOException {
        Path content = content();
        write(content.resolve("speeches/b.md"), "---\ntitle: 另一篇讲话\ndate: 2024-06-01\n---\n正文。\n");
        write(content.resolve("speeches/sub/x.md"), "---\ntitle: 第三篇讲话\ndate: 2024-07-01\n---\n正文。\n");
        write(content.resolve("speeches/a.md"), String.join("\n\n",
                "---\ntitle: 在学习会上的讲话\ndate: 2024-05-01\n---",   // lines 1-4
                "见[一](b.html)。",                                        // 6: the page of b
                "见[二](./b.html#s0-p1)与[三](../speeches/b.html)。",     // 8: the same page, read two ways
                "见[四](b.txt)、[五](b.docx)。",                          // 10: its copies
                "见[六](b.md)。",                                         // 12: b's source file
                "见[七](missing.html)。",                                 // 14: no such speech
                "见[八](../themes/si-feng.html)、[九](../index.html)。",   // 16: other pages of the site
                "见[十](https://example.org/y.html)、[十一](#s0-p1)。",    // 18: not relative, or in this page
                "![图](c.html)",                                          // 20: an image is no link to a speech
                "见[十二](b%2Ehtml)。",                                   // 22: percent-encoded, still b's page
                "见[十三](sub/x.md)与[十四](sub/x.html)。",              // 24: x's source; x's page is speeches/x.html
                "见[十五](../../elsewhere.html)、[十六](notes.txt)。")     // 26: above the site; no speech
                + "\n");
        write(content.resolve("speeches/plain.txt"), "在会上的讲话\n同志们：\n见[七](missing.html)。\n");
        BuildReport report = check(content, false);
        assertEquals(List.of(
                "speeches/a.md:12: warning: link to 'b.md' names the source file of a speech, which the site does not "
                        + "have: link to its page 'b.html'",
                "speeches/a.md:14: warning: link to 'missing.html' resolves to no speech",
                "speeches/a.md:24: warning: link to 'sub/x.md' names the source file of a speech, which the site does "
                        + "not have: link to its page 'x.html'",
                "speeches/a.md:24: warning: link to 'sub/x.html' resolves to no speech",
                "speeches/a.md:26: warning: link to 'notes.txt' resolves to no speech"),
                formatted(report, Severity.WARNING), "a .txt speech has no links: its brackets are text");
        assertFalse(report.failed());
        assertTrue(check(content, true).failed(), "--strict fails on them");
    }

    @Test
    void aRelativePathIsReadWithoutQueryAndFragmentAndDecoded() {
        assertEquals("b.html", CorpusChecks.pathOf("b.html?x=1#s0-p1"));
        assertEquals("中.html", CorpusChecks.pathOf("%E4%B8%AD.html"));
        assertEquals("100%.html", CorpusChecks.pathOf("100%.html"), "a malformed escape stays as written");
        assertNull(CorpusChecks.pathOf("#s0-p1"));
        assertNull(CorpusChecks.pathOf("mailto:a@b.c"));
        assertNull(CorpusChecks.pathOf("//example.org/a.html"));
        assertEquals("speeches/b.html", CorpusChecks.resolve("speeches", "../speeches/./b.html"));
        assertNull(CorpusChecks.resolve("speeches", "../../b.html"));
    }

    @Test
    void aTitleSharedByTwoSpeechesListsCannotTellApartIsAWarningOtherwiseANote() throws IOException {
        Path content = content();
        String speech = "在全市工作会议上的讲话\n（2024年1月5日）\n同志们：\n今年的工作很重要。\n";
        write(content.resolve("speeches/c.txt"), speech);
        write(content.resolve("speeches/d.txt"), speech.replace("很重要", "很关键"));
        write(content.resolve("speeches/e.txt"), speech.replace("1月5日", "3月5日"));
        write(content.resolve("speeches/f.txt"), "另一个题目的讲话\n（2024年1月5日）\n同志们：\n正文。\n");
        BuildReport report = check(content, true);
        assertEquals(List.of("speeches/d.txt: warning: same title, date, speaker and venue as speeches/c.txt "
                        + "('在全市工作会议上的讲话'): lists cannot tell the two apart; is it the same speech twice?"),
                formatted(report, Severity.WARNING));
        assertEquals(List.of("speeches/c.txt: note: 2 speeches share the title '在全市工作会议上的讲话', told apart by "
                + "date, speaker or venue: speeches/c.txt, speeches/e.txt"), formatted(report, Severity.NOTE));
    }

    @Test
    void aCuratedThemeNoSpeechMentionsIsANoteOnItsFile() throws IOException {
        Path content = content();
        write(content.resolve("themes/si-feng.md"), "---\nname: 四风\n---\n形式主义、官僚主义、享乐主义和奢靡之风。\n");
        write(content.resolve("themes/liang-ge-wei-hu.md"), "---\nname: 两个维护\n---\n释义。\n");
        write(content.resolve("themes/gong-gu.md"), "---\nname: 坚决维护核心\nparent: liang-ge-wei-hu\n---\n释义。\n");
        write(content.resolve("themes/he-xin.md"), "---\nname: 坚决维护权威\nparent: liang-ge-wei-hu\n---\n释义。\n");
        write(content.resolve("speeches/a.txt"), "在会上的讲话\n同志们：\n要坚决维护核心。\n");
        BuildReport report = check(content, true);
        assertEquals(List.of(
                "themes/he-xin.md: note: no speech mentions the curated theme 坚决维护权威: its page says so, and the "
                        + "theme index names it without a link",
                "themes/si-feng.md: note: no speech mentions the curated theme 四风: its page says so, and the theme "
                        + "index names it without a link"),
                formatted(report, Severity.NOTE), "a formula whose part is mentioned is mentioned");
        assertFalse(report.failed(), "notes never fail a check, even under --strict");
    }

    @Test
    void theBuildReportsTheSameProblems() throws IOException {
        Path content = content();
        write(content.resolve("speeches/a.md"), "---\ntitle: 讲话\n---\n见[七](missing.html)。\n");
        BuildReport built = SiteBuilder.build(new BuildOptions(content, tmp.resolve("no-templates"), tmp.resolve("site"), true));
        assertEquals(List.of("speeches/a.md:4: warning: link to 'missing.html' resolves to no speech"),
                formatted(built, Severity.WARNING));
        assertFalse(built.isPublished(), "under --strict the warning fails the build");
        assertEquals(formatted(built, Severity.WARNING), formatted(check(content, true), Severity.WARNING));
    }
}
