package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.Problem;

/** The editors' report page on inline corpora: what it lists, in which order, escaped, and kept from robots. */
class ReportPageTest {

    @TempDir
    Path tmp;

    private String report(Corpus corpus, List<Problem> problems) {
        SiteRenderer.Result r = new SiteRenderer(tmp.resolve("no-templates")).report(corpus, problems);
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.files().size());
        assertEquals("_report.html", r.files().get(0).path());
        return new String(r.files().get(0).content(), StandardCharsets.UTF_8);
    }

    private Corpus corpus() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("b"));
        Files.writeString(content.resolve("b/z.txt"), "来源：<b>某网</b>\n在会上的讲话\n同志们：\n正文。\n");
        Files.writeString(content.resolve("a.txt"), "仅供学习 禁止外传\n在另一会上的讲话\n同志们：\n正文。\n");
        Files.writeString(content.resolve("clean.txt"), "干净的讲话\n同志们：\n正文。\n");
        Corpus corpus = CorpusReader.read(content);
        assertEquals(List.of(), corpus.problems());
        return corpus;
    }

    @Test
    void listsDroppedLinesAndProblemsPerFileSortedByPath() throws IOException {
        Corpus corpus = corpus();
        List<Problem> problems = new ArrayList<>();
        problems.add(Problem.warning("b/z.txt", 4, "a <i>warning</i> about z"));
        problems.add(Problem.warning("b/z.txt", 2, "an earlier warning"));
        problems.add(Problem.warning("themes/x.md", 0, "a theme page warning"));
        problems.add(Problem.warning("", 0, "a warning about the whole build"));
        String html = report(corpus, problems);

        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        int whole = html.indexOf("<h2>整个构建</h2>");
        int a = html.indexOf("<h2><code>a.txt</code></h2>");
        int z = html.indexOf("<h2><code>b/z.txt</code></h2>");
        int theme = html.indexOf("<h2><code>themes/x.md</code></h2>");
        assertTrue(whole > 0 && whole < a && a < z && z < theme, "files in path order, the build as a whole first");
        assertFalse(html.contains("clean.txt"), "a file with nothing to report is not listed");

        assertTrue(html.contains("<td class=\"num\">1</td><td class=\"reason\">study-only notice (仅供学习)</td><td class=\"text\">仅供学习 禁止外传</td>"), html);
        assertTrue(html.contains("<td class=\"num\">1</td><td class=\"reason\">source/publication line</td>"
                + "<td class=\"text\">来源：&lt;b&gt;某网&lt;/b&gt;</td>"), "dropped text is shown as text: " + html);
        assertFalse(html.contains("<b>某网"));

        int early = html.indexOf("<code>b/z.txt:2</code> an earlier warning");
        int late = html.indexOf("<code>b/z.txt:4</code> a &lt;i&gt;warning&lt;/i&gt; about z");
        assertTrue(early > z && late > early, "a file's problems by line, with file:line: " + html);
        assertTrue(html.contains("<span class=\"severity\">警告</span> <code>themes/x.md</code> a theme page warning"));
        assertTrue(html.contains("<a href=\"speeches/a.html\">在另一会上的讲话</a>"), "a relative link to the speech page");
        assertTrue(html.contains("3 篇文稿 · 删去 2 行 · 提示 0 · 警告 4"), html);
    }

    @Test
    void aBuildWithNothingToReportSaysSo() throws IOException {
        Path content = tmp.resolve("clean");
        Files.createDirectories(content);
        Files.writeString(content.resolve("clean.txt"), "干净的讲话\n同志们：\n正文。\n");
        String html = report(CorpusReader.read(content), List.of());
        assertTrue(html.contains("构建没有删去任何行，也没有发现问题。"));
        assertFalse(html.contains("report-file"));
    }
}
