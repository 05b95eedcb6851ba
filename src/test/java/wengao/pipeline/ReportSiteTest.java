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
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.DroppedLine;
import wengao.model.Speech;

/** Dropped lines stay with editors: off the readers' pages, on the report page, which no reader's path leads to. */
class ReportSiteTest {

    private static final String SEED = "001_0d024dd79624a196";
    private static final String REPORT = "_report.html";

    @TempDir
    Path tmp;
    Path content;
    Path site;

    @BeforeEach
    void copySeeds() throws IOException {
        content = tmp.resolve("content");
        site = tmp.resolve("site");
        Files.createDirectories(content.resolve("speeches"));
        for (Path seed : TestFiles.files(TestFiles.seeds())) {
            Files.copy(seed, content.resolve("speeches").resolve(seed.getFileName()));
        }
    }

    private BuildReport build(boolean report) {
        return SiteBuilder.build(new BuildOptions(content, tmp.resolve("no-templates"), site, false, report));
    }

    /** The seed's dropped lines, read the way the build reads them (the advertising block before its title). */
    private List<DroppedLine> dropped() {
        Speech s = CorpusReader.read(content).speeches().stream()
                .filter(x -> x.slug().equals(SEED)).findFirst().orElseThrow();
        assertTrue(s.dropped().size() >= 8, () -> "the seed's advertising block is dropped: " + s.dropped());
        return s.dropped();
    }

    @Test
    void readersPagesShowNoDroppedLineAndTheReportShowsEachWithItsReasonAndLine() throws IOException {
        assertTrue(build(true).isPublished());
        List<DroppedLine> dropped = dropped();
        String page = Files.readString(site.resolve("speeches/" + SEED + ".html"));
        String report = Files.readString(site.resolve(REPORT));
        for (DroppedLine d : dropped) {
            assertFalse(page.contains(d.text().strip()), () -> "a reader sees dropped line " + d);
            String row = "<tr><td class=\"num\">" + d.line() + "</td><td class=\"reason\">" + escape(d.reason())
                    + "</td><td class=\"text\">" + escape(d.text()) + "</td></tr>";
            assertTrue(report.contains(row), () -> "the report lacks " + row);
        }
        assertFalse(page.contains("class=\"dropped\""));
        assertTrue(report.contains("<meta name=\"robots\" content=\"noindex\">"));
        assertTrue(report.contains("<a href=\"speeches/" + SEED + ".html\">"), "the report links to the speech page");
        assertEquals(List.of(), SiteCheck.brokenLinks(site));
    }

    @Test
    void noOtherFileOfTheSiteLinksToTheReportOrCarriesWhatOnlyItShows() throws IOException {
        Files.write(content.resolve("gbk.txt"), "在会上的讲话\n同志们：\n正文。\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
        BuildReport build = build(true);
        assertTrue(build.isPublished());
        assertEquals(1, build.warnings(), build.problems()::toString);
        String warning = build.problems().get(0).message();
        String report = Files.readString(site.resolve(REPORT));
        assertTrue(report.contains("<code>gbk.txt") && report.contains(escape(warning)), "the report lists every warning");
        List<String> onlyThere = new java.util.ArrayList<>(dropped().stream().map(d -> d.text().strip()).toList());
        onlyThere.add(warning);
        onlyThere.add("编辑报告");
        for (Map.Entry<String, byte[]> f : SiteCheck.files(site).entrySet()) {
            if (f.getKey().equals(REPORT)) {
                continue;
            }
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains("_report"), () -> f.getKey() + " names the report page");
            for (String s : onlyThere) {
                assertFalse(text.contains(s), () -> f.getKey() + " carries '" + s + "'");
            }
        }
        assertTrue(SiteCheck.files(site).keySet().stream().anyMatch(k -> k.startsWith("search/")), "the search index was checked");
    }

    @Test
    void withoutTheReportTheSiteIsTheSameLessThatPage() throws IOException {
        assertTrue(build(true).isPublished());
        Map<String, byte[]> with = SiteCheck.files(site);
        site = tmp.resolve("site-without");
        BuildReport without = build(false);
        assertTrue(without.isPublished());
        Map<String, byte[]> files = SiteCheck.files(site);
        assertFalse(files.containsKey(REPORT));
        assertTrue(with.containsKey(REPORT));
        with.remove(REPORT);
        assertEquals(with.keySet(), files.keySet());
        with.forEach((k, v) -> org.junit.jupiter.api.Assertions.assertArrayEquals(v, files.get(k), k));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
