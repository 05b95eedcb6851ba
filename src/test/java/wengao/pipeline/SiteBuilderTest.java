package wengao.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.model.Problem;

/** The whole build on the seeds and on small inline corpora, checked on the files it writes. */
class SiteBuilderTest {

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

    private BuildReport build(boolean strict) {
        return SiteBuilder.build(new BuildOptions(content, tmp.resolve("no-templates"), site, strict));
    }

    @Test
    void seedsBuildIntoPagesWithEverySentence() throws IOException {
        BuildReport report = build(true);
        assertTrue(report.isPublished(), report.problems()::toString);
        assertEquals(5, report.speeches());
        try (var speeches = Files.list(site.resolve("speeches"))) {
            java.util.Map<String, Long> byType = speeches.collect(java.util.stream.Collectors.groupingBy(
                    p -> p.getFileName().toString().replaceAll(".*\\.", ""), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            assertEquals(java.util.Map.of("docx", 5L, "html", 5L, "txt", 5L), byType, "each speech: its page, text and Word copies");
        }
        for (String page : List.of("index.html", "search.html", "404.html", "_report.html", "themes/index.html",
                "passages/index.html", "data/passages.json")) {
            assertTrue(Files.exists(site.resolve(page)), page);
        }
        long themePages;
        try (var themes = Files.list(site.resolve("themes"))) {
            themePages = themes.count();
        }
        long citationPages;
        try (var citations = Files.list(site.resolve("citations"))) {
            citationPages = citations.count();
        }
        assertEquals(5 + 5 + themePages + citationPages, report.pages(),
                "home, search, 404, the editors' report, the passages page, five speeches, the theme and citation indexes and their pages");
        for (Path seed : TestFiles.files(TestFiles.seeds())) {
            String slug = seed.getFileName().toString().replace(".txt", "");
            String page = SiteCheck.text(site.resolve("speeches/" + slug + ".html"));
            String source = Files.readString(seed, StandardCharsets.UTF_8);
            String dropped = slug.startsWith("001") ? String.join("", source.lines().limit(9).toList()) : "";
            List<String> missing = new ArrayList<>();
            for (String sentence : TestFiles.sentences(source)) {
                if (!page.contains(sentence) && !TestFiles.withoutSpace(dropped).contains(sentence)) {
                    missing.add(sentence);
                }
            }
            assertTrue(missing.isEmpty(), () -> slug + " page misses " + missing);
        }
    }

    @Test
    void pagesDeclareLanguageAndCharsetAndLoadNothingFromElsewhere() throws IOException {
        build(false);
        for (Map.Entry<String, byte[]> f : SiteCheck.files(site).entrySet()) {
            if (f.getKey().endsWith(".html")) {
                String html = new String(f.getValue(), StandardCharsets.UTF_8);
                assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), f.getKey());
                assertTrue(html.contains("<meta charset=\"utf-8\">"), f.getKey());
            }
        }
        assertEquals(List.of(), SiteCheck.brokenLinks(site));
    }

    @Test
    void everyInternalLinkResolvesIncludingAnchors() throws IOException {
        build(false);
        String page = Files.readString(site.resolve("speeches/003_9d6ca829133a8060.html"));
        assertTrue(page.contains("href=\"#s3-5-2-1\""), "the outline links to a nested point");
        assertTrue(page.contains("id=\"s3-5-2-1\""));
        assertEquals(List.of(), SiteCheck.brokenLinks(site));
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        build(false);
        Map<String, byte[]> first = SiteCheck.files(site);
        site = tmp.resolve("site2");
        build(false);
        Map<String, byte[]> second = SiteCheck.files(site);
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            assertArrayEquals(first.get(name), second.get(name), name);
        }
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        assertTrue(build(false).isPublished());
        Map<String, byte[]> before = SiteCheck.files(site);
        Files.writeString(content.resolve("broken.md"), "---\ntitle: 坏文件\n日期 2023\n---\n正文。\n");
        BuildReport report = build(false);
        assertFalse(report.isPublished());
        Problem p = report.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("broken.md:3: error: malformed front matter: expected 'key: value' or '- item', found '日期 2023'", p.format());
        Map<String, byte[]> after = SiteCheck.files(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        assertFalse(Files.exists(tmp.resolve(".site.staging")));
    }

    @Test
    void strictTurnsWarningsIntoFailures() throws IOException {
        Files.writeString(content.resolve("gbk.txt"), "", StandardCharsets.UTF_8);
        Files.write(content.resolve("gbk.txt"), "在会上的讲话\n同志们：\n正文。\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertTrue(build(false).isPublished());
        BuildReport strict = build(true);
        assertFalse(strict.isPublished());
        assertEquals(1, strict.warnings());
    }

    @Test
    void markupInASpeechStaysText() throws IOException {
        Files.writeString(content.resolve("x.txt"), "在会上的<b>讲话</b>\n同志们：\n<script>alert('x')</script>要坚持A&B。\n"
                + "一、<img src=x onerror=alert(1)>标题\n正文。\n");
        Files.writeString(content.resolve("y.md"), "---\ntitle: <i>题</i>\n---\n<div onclick=\"x()\">段落</div>\n\n[链接](javascript:alert(1))\n");
        assertTrue(build(false).isPublished());
        String x = Files.readString(site.resolve("speeches/x.html"));
        assertFalse(x.contains("<script>alert"), "script from content must not run");
        assertFalse(x.contains("<b>讲话"));
        assertFalse(x.contains("<img src=x"));
        assertTrue(x.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;要坚持A&amp;B。"));
        String y = Files.readString(site.resolve("speeches/y.html"));
        assertFalse(y.contains("<div onclick"));
        assertFalse(y.contains("<i>题</i>"));
        assertFalse(y.contains("href=\"javascript:"));
        assertTrue(y.contains("[链接](javascript:alert(1))"), "a link to a script is shown as the Markdown written");
        assertTrue(y.contains("&lt;div onclick="));
    }

    @Test
    void anEmptyContentFolderBuildsAnEmptySiteWithAWarning() throws IOException {
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        BuildReport report = SiteBuilder.build(new BuildOptions(empty, tmp.resolve("none"), tmp.resolve("empty-site"), false));
        assertTrue(report.isPublished(), report.problems()::toString);
        assertEquals(1, report.warnings());
        assertTrue(Files.readString(tmp.resolve("empty-site/index.html")).contains("还没有文稿"));
        assertTrue(Files.exists(tmp.resolve("empty-site/search/meta.js")));
    }

    @Test
    void themeMentionsInMarkdownAreLinkedToo() throws IOException {
        Files.createDirectories(content.resolve("themes"));
        Files.writeString(content.resolve("themes/si-feng.md"), "---\nname: 四风\n---\n说明。\n");
        Files.writeString(content.resolve("m.md"), "---\ntitle: 党课\n---\n纠治**四风**，[四风](http://a.b/)不碰，再谈四风。\n");
        assertTrue(build(false).isPublished());
        String page = Files.readString(site.resolve("speeches/m.html"));
        assertTrue(page.contains("<strong><a class=\"tm\" href=\"../themes/si-feng.html\" title=\"主题：四风\">四风</a></strong>"), page);
        assertTrue(page.contains("<a href=\"http://a.b/\">四风</a>不碰"), "no link inside a link");
        assertTrue(page.contains("再谈<a class=\"tm\" href=\"../themes/si-feng.html\""));
    }

    @Test
    void aFolderWengaoDidNotWriteIsNotReplaced() throws IOException {
        Files.createDirectories(site);
        Files.writeString(site.resolve("precious.txt"), "mine");
        BuildReport report = build(false);
        assertFalse(report.isPublished());
        assertTrue(Files.exists(site.resolve("precious.txt")));
    }

    @Test
    void redactionsAndPointsAreMarked() throws IOException {
        build(false);
        String page = Files.readString(site.resolve("speeches/004_e77ce8694092053b.html"));
        assertTrue(page.contains("<span class=\"redacted\" title=\"原文隐去\">XXX</span>还要作重要讲话"));
        assertTrue(page.contains("<span class=\"pt\" id=\"s1-1-1\">一是加强理想信念教育“守初心”。</span>"));
        assertTrue(page.contains("<strong class=\"run-in h3\" id=\"s1-1\"><span class=\"no\">（一）</span>思想政治教育再加力。</strong>"));
    }
}
