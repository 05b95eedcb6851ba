package wengao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;

/** The command line as scripts use it: exit codes, output streams and the JSON of {@code parse}. */
class MainTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("build", "--no-such-flag").code());
        assertEquals(2, run("parse").code());
        assertEquals(2, run().code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"build", "check", "parse", "themes"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: wengao " + cmd), r.out());
        }
    }

    @Test
    void helpListsEveryCommandInItsOrderThoughACommandLineGetsOnlyTheOneItNames() {
        for (String[] args : new String[][] {{"--help"}, {"help"}}) {
            Run r = run(args);
            assertEquals(0, r.code(), r.err());
            int at = 0;
            for (String cmd : new String[] {"build", "check", "parse", "themes", "search", "serve", "index", "help"}) {
                int i = r.out().indexOf("\n  " + cmd + " ");
                assertTrue(i > at, cmd + " listed after the one before: " + r.out());
                at = i;
            }
        }
        assertTrue(run("help", "search").out().contains("Usage: wengao search"));
        Run misspelt = run("biuld");
        assertEquals(2, misspelt.code());
        assertTrue(misspelt.err().contains("build"), "a mistyped command is told what there is: " + misspelt.err());
    }

    @Test
    void parseJsonHasTheDocumentedFields() {
        Run r = run("parse", "--json", TestFiles.seeds().resolve("003_9d6ca829133a8060.txt").toString());
        assertEquals(0, r.code(), r.err());
        String json = r.out();
        assertTrue(json.startsWith("{"), "one file gives one object");
        assertTrue(json.contains("\"title\": \"在党风廉政建设工作和党支部书记抓党建述职评议暨述责述廉会议上的讲话\""));
        assertTrue(json.contains("\"date\": \"2023-04-06\""));
        assertTrue(json.contains("\"url\": \"speeches/003_9d6ca829133a8060.html\""));
        assertTrue(json.contains("\"dropped\": []"));
        assertTrue(json.contains("\"heading\": \"一、主动作为，2022年党风廉政建设取得扎实成效\""));
        assertTrue(json.contains("\"heading\": \"一是不搭“小天线”乱拉关系\""));
    }

    @Test
    void parseJsonOfSeveralFilesIsAnArrayAndListsDroppedLinesAsInTheSource() {
        Run r = run("parse", "--json", TestFiles.seeds().resolve("000_e1af5873cf126479.txt").toString(),
                TestFiles.seeds().resolve("001_0d024dd79624a196.txt").toString());
        assertTrue(r.out().startsWith("["));
        assertTrue(r.out().contains("\"date\": null"));
        assertTrue(r.out().contains("\"会员群：                      免费QQ群：         \""), "dropped lines as in the source");
    }

    @Test
    void buildReportsProblemsOnStderrAndExitsOne() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("bad.md"), "---\ntitle: x\n");
        Run r = run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.md:1: error: front matter opened with --- is never closed"), r.err());
        assertTrue(r.out().contains("build failed"), r.out());
        assertFalse(r.err().contains("Exception"), "no stack traces for bad input");
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void buildSucceedsWithSummary() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.copy(TestFiles.seeds().resolve("002_b7abe7910e55f495.txt"), content.resolve("a.txt"));
        Run r = run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString(), "--strict");
        assertEquals(0, r.code(), r.err());
        // Not on a terminal: one line per stage, then the summary.
        assertTrue(r.out().matches("(?s)(stage [a-z ]+ [0-9]+\\.[0-9] s\n)+built .*: 1 speeches, 8 pages, 0 warnings, 0 errors, "
                + "[0-9.]+ s; full build: 1 speech parsed, 8 pages written\\s*"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("stage ingest [0-9.]+ s")), r.out());
        assertTrue(Files.exists(tmp.resolve("site/speeches/a.html")));
    }

    @Test
    void buildWritesTheEditorsReportUnlessToldNot() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.copy(TestFiles.seeds().resolve("001_0d024dd79624a196.txt"), content.resolve("a.txt"));
        assertEquals(0, run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString()).code());
        assertTrue(Files.readString(tmp.resolve("site/_report.html")).contains("举报倒卖会员资料的人"));
        Run r = run("build", "--no-report", "--content", content.toString(), "--out", tmp.resolve("bare").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(tmp.resolve("bare/speeches/a.html")));
        assertFalse(Files.exists(tmp.resolve("bare/_report.html")));
    }

    @Test
    void themesListsThemesAndCandidates() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("themes"));
        Files.writeString(content.resolve("themes/si-feng.md"), "---\nname: 四风\n---\n形式主义、官僚主义、享乐主义和奢靡之风。\n");
        Files.writeString(content.resolve("a.txt"), "讲话一\n同志们：\n纠治“四风”，当好“第一责任人”，“春训”。\n");
        Files.writeString(content.resolve("b.txt"), "讲话二\n同志们：\n反对四风，做“第一责任人”。\n");
        Run r = run("themes", "--content", content.toString(), "--candidates");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("     2      2 curated    si-feng        四风"), r.out());
        assertTrue(r.out().matches("(?s).*     2      2 quoted     t-[0-9a-f]{8}     第一责任人.*"), r.out());
        assertTrue(r.out().contains("     1      1 quoted   rare     春训"), r.out());
        Run json = run("themes", "--content", content.toString(), "--json");
        assertTrue(json.out().contains("\"name\": \"四风\",\n      \"slug\": \"si-feng\",\n      \"url\": \"themes/si-feng.html\",\n      \"curated\": true"), json.out());
    }

    @Test
    void searchPrintsCountsAndLimitedHits() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.copy(TestFiles.seeds().resolve("003_9d6ca829133a8060.txt"), content.resolve("a.txt"));
        assertEquals(0, run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString()).code());
        Run r = run("search", "--content", content.toString(), "--limit", "1", "三会一课");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("三会一课: 2 paragraphs in 1 speech (first 1 shown; --limit for more)"), r.out());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("  speeches/a.html#")).count());
    }

    @Test
    void parseOfAMissingFileIsAnInputProblem() {
        Run r = run("parse", tmp.resolve("nope.txt").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nope.txt: error: no such file"));
    }
}
