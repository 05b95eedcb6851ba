package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.model.Corpus;
import wengao.model.DroppedLine;
import wengao.model.OutlineFormat;
import wengao.model.Problem;
import wengao.model.Section;
import wengao.model.Speech;

/** Behaviour of the ingest stage on small inline corpora. */
class CorpusReaderTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private Corpus read() {
        return CorpusReader.read(dir);
    }

    private static Problem onlyError(Corpus c) {
        List<Problem> errors = c.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        return errors.get(0);
    }

    @Test
    void malformedFrontMatterNamesFileAndLine() throws IOException {
        write("a.md", "---\ntitle: 讲话\nthis line is not yaml\n---\n正文。\n");
        Problem p = onlyError(read());
        assertEquals("a.md", p.file());
        assertEquals(3, p.line());
        assertTrue(p.message().contains("malformed front matter"), p.message());
    }

    @Test
    void unclosedFrontMatterIsAnError() throws IOException {
        write("b.md", "---\ntitle: 讲话\n\n正文。\n");
        Problem p = onlyError(read());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("never closed"));
    }

    @Test
    void badDateAndSlugAreErrorsOnTheirLines() throws IOException {
        write("c.md", "---\ntitle: 讲话\ndate: 去年\n---\n正文。\n");
        write("d.md", "---\ntitle: 讲话\nslug: 讲话一\n---\n正文。\n");
        Corpus c = read();
        List<Problem> errors = c.problems().stream().filter(Problem::isError).toList();
        assertEquals(2, errors.size());
        assertEquals("c.md:3: error: front matter date '去年' is not a date (write 2023-04-06, 2023年4月6日 or 2023)", errors.get(0).format());
        assertEquals(3, errors.get(1).line());
    }

    @Test
    void duplicateSlugsNameBothFiles() throws IOException {
        write("one/x.txt", "讲话\n同志们：\n正文。\n");
        write("two/x.txt", "讲话\n同志们：\n正文。\n");
        Problem p = onlyError(read());
        assertEquals("two/x.txt", p.file());
        assertTrue(p.message().contains("one/x.txt") && p.message().contains("speeches/x.html"), p.message());
    }

    @Test
    void slugsAreAsciiAndStable() throws IOException {
        write("2026_上海市_政府工作报告.txt", "2026年上海市政府工作报告\n各位代表：\n正文。\n");
        write("Speech-One.txt", "讲话\n正文。\n");
        Corpus c = read();
        List<String> slugs = c.speeches().stream().map(Speech::slug).sorted().toList();
        assertTrue(slugs.get(0).matches("2026-[0-9a-f]{8}"), slugs.get(0));
        assertEquals("speech-one", slugs.get(1));
        assertEquals(slugs, CorpusReader.read(dir).speeches().stream().map(Speech::slug).sorted().toList());
    }

    @Test
    void markdownSpeechUsesFrontMatterAndHeadings() throws IOException {
        write("m.md", """
                ---
                title: 在学习会上的讲话
                date: 2024-05-01
                speaker: 张三
                tags: [党课, 学习]
                slug: study-talk
                ---
                同志们：

                今天我们<script>alert(1)</script>学习。

                ## 一、提高认识

                认识要到位。

                ### （一）学深悟透

                要学深悟透。
                """);
        Corpus c = read();
        assertTrue(c.problems().isEmpty(), c.problems()::toString);
        Speech s = c.speeches().get(0);
        assertEquals("在学习会上的讲话", s.title());
        assertEquals("2024-05-01", s.date().iso());
        assertEquals("张三", s.speaker());
        assertEquals(List.of("党课", "学习"), s.tags());
        assertEquals("speeches/study-talk.html", s.url());
        assertEquals("同志们：", s.salutation());
        assertEquals("一、提高认识\n  （一）学深悟透\n", OutlineFormat.of(s));
        String html = s.body().paragraphs().get(0).html();
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void markdownBlocksKeepTheirLinks() throws IOException {
        write("l.md", "---\ntitle: 讲话\n---\n见[原文](http://a.b/x)和[附件][1]。\n\n[1]: files/a.pdf\n");
        List<wengao.model.Paragraph> paragraphs = read().speeches().get(0).body().paragraphs();
        assertEquals("<p>见<a href=\"http://a.b/x\">原文</a>和<a href=\"files/a.pdf\">附件</a>。</p>", paragraphs.get(0).html());
        assertEquals(1, paragraphs.size(), "the reference definition is not a paragraph");
    }

    @Test
    void plainTextWithoutSalutationTakesTitleFromFirstLine() throws IOException {
        write("t.txt", "关于加强作风建设的讲话\n\n一、提高认识\n认识要到位。\n");
        Speech s = read().speeches().get(0);
        assertEquals("关于加强作风建设的讲话", s.title());
        assertNull(s.salutation());
        assertEquals("一、提高认识\n", OutlineFormat.of(s));
    }

    @Test
    void multiLineSalutationIsOneSalutation() throws IOException {
        write("s.txt", "在大会上的讲话\n尊敬的王书记、\n各位领导、\n同志们：\n今天召开大会。\n");
        Speech s = read().speeches().get(0);
        assertEquals("尊敬的王书记、\n各位领导、\n同志们：", s.salutation());
        assertEquals("今天召开大会。", s.body().paragraphs().get(0).text());
    }

    @Test
    void salutationSharingALineWithText() throws IOException {
        write("s.txt", "在大会上的讲话\n同志们：今天召开大会。\n");
        Speech s = read().speeches().get(0);
        assertEquals("同志们：", s.salutation());
        assertEquals("今天召开大会。", s.body().paragraphs().get(0).text());
    }

    @Test
    void scrapedPageFurnitureIsDroppedWithReasons() throws IOException {
        write("r.txt", """
                您的位置:
                首页
                >
                要闻
                2026年某省政府工作报告
                来源：某某日报
                时间：2026-02-09
                【字体：
                大
                中
                小
                】
                ——2026年1月27日在某省第十四届人民代表大会第四次会议上
                省长 王五
                省长王五作政府工作报告。本报记者 李四 摄
                各位代表：
                现在，我代表省人民政府向大会报告工作。
                一、工作回顾
                过去一年成绩显著。
                各位代表！让我们团结奋斗。
                扫一扫在手机打开当前页
                【打印本页】【关闭窗口】
                """);
        Speech s = read().speeches().get(0);
        assertEquals("2026年某省政府工作报告", s.title());
        assertEquals("2026-01-27", s.date().iso());
        assertEquals("省长 王五", s.speaker());
        assertEquals("某省第十四届人民代表大会第四次会议", s.venue());
        assertTrue(s.preamble().isEmpty());
        List<Integer> dropped = s.dropped().stream().map(DroppedLine::line).toList();
        assertEquals(List.of(1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 15, 21, 22), dropped);
        assertEquals(Boilerplate.CAPTION, s.dropped().get(11).reason());
        assertEquals(1, s.closing().size());
    }

    @Test
    void aTimeLineWithTheSpeechDateIsTheDateNotFurniture() throws IOException {
        write("d.txt", "在党课上的讲话\n时间：2023年4月6日\n同志们：\n正文。\n");
        write("p.txt", "在大会上的讲话\n时间：2026-02-09\n同志们：\n正文。\n");
        Corpus c = read();
        Speech dated = c.speeches().stream().filter(s -> s.sourcePath().equals("d.txt")).findFirst().orElseThrow();
        assertEquals("2023-04-06", dated.date().iso());
        assertEquals(List.of("时间：2023年4月6日"), dated.titleLines());
        assertTrue(dated.dropped().isEmpty());
        Speech published = c.speeches().stream().filter(s -> s.sourcePath().equals("p.txt")).findFirst().orElseThrow();
        assertEquals(Boilerplate.SOURCE, published.dropped().get(0).reason(), "a publication time is page furniture");
        assertNull(published.date());
    }

    @Test
    void unsureLinesBeforeTheTitleAreKeptWithAWarning() throws IOException {
        write("u.txt", "第三期学习材料\n\n在大会上的讲话\n同志们：\n正文。\n");
        Corpus c = read();
        Speech s = c.speeches().get(0);
        assertEquals("在大会上的讲话", s.title());
        assertEquals(List.of("第三期学习材料"), s.preamble());
        assertEquals(1, c.problems().size());
        assertEquals(1, c.problems().get(0).line());
    }

    @Test
    void advertisingInTheBodyIsDropped() throws IOException {
        write("ad.txt", "在大会上的讲话\n同志们：\n第一段。\n更多资料请关注公众号：学习园地\n第二段。\n");
        Speech s = read().speeches().get(0);
        assertEquals(List.of(4), s.dropped().stream().map(DroppedLine::line).toList());
        assertEquals(2, s.body().paragraphs().size());
    }

    @Test
    void pointsNestWhereTheNumberingRestarts() throws IOException {
        write("p.txt", """
                在会上的讲话
                同志们：
                开场。
                一要抓学习。一要学理论。二要学业务。
                二要抓落实。要把工作落到实处。
                这一段没有编号。
                三是抓作风，一是转作风，二是树新风。
                同志们，让我们共同努力。
                """);
        Speech s = read().speeches().get(0);
        assertEquals("一要抓学习\n  一要学理论\n  二要学业务\n二要抓落实\n三是抓作风\n  一是转作风\n  二是树新风\n", OutlineFormat.of(s));
        Section second = s.body().sections().get(1);
        assertEquals(2, second.paragraphs().size(), "a paragraph without a number belongs to the point before it");
        assertEquals("s2-p2", second.paragraphs().get(1).anchor());
        assertEquals(1, s.closing().size());
    }

    @Test
    void inlineListInTheOpeningIsNotTheOutlineWhenParagraphsAreNumbered() throws IOException {
        write("q.txt", "在会上的讲话\n同志们：\n今天讲两点，一是回顾，二是部署。\n一要回顾成绩。\n二要部署任务。\n");
        assertEquals("一要回顾成绩\n二要部署任务\n", OutlineFormat.of(read().speeches().get(0)));
    }

    @Test
    void themesFolderAndHiddenFilesAreNotSpeeches() throws IOException {
        write("themes/四风.md", "---\nname: 四风\n---\n说明。\n");
        write(".draft.txt", "草稿\n");
        write("speeches/a.txt", "讲话\n正文。\n");
        assertEquals(1, read().speeches().size());
    }
}
