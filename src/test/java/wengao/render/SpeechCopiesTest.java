package wengao.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.OutputFile;
import wengao.model.Speech;
import wengao.model.TextUnit;
import wengao.model.ThemeMap;

/** The text to take away: each speech's .txt and .docx beside its page, and the citation hooks on the page. */
class SpeechCopiesTest {

    static final List<String> SOURCE = List.of(
            "在全市作风建设推进会上的讲话",
            "（2024年3月5日）",
            "市长 张三",
            "同志们：",
            "这次会议的主要任务是部署今年的作风建设。",
            "一、提高政治站位",
            "作风建设永远在路上。",
            "（一）统一思想。要把思想统一到部署上来。",
            "二要压实责任，层层传导压力。",
            "二、抓好工作落实",
            "要以钉钉子精神抓落实。",
            "同志们，让我们以更加昂扬的斗志做好各项工作！",
            "谢谢大家。");

    @TempDir
    Path tmp;

    private Speech speech() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("talk.txt"), String.join("\n", SOURCE) + "\n");
        Corpus corpus = CorpusReader.read(content);
        assertEquals(List.of(), corpus.problems());
        return corpus.speeches().get(0);
    }

    private Map<String, byte[]> render(Speech s) {
        SiteRenderer.Result r = new SiteRenderer(tmp.resolve("no-templates"))
                .render(new Corpus(List.of(s), List.of()), ThemeMap.EMPTY);
        assertEquals(List.of(), r.problems());
        Map<String, byte[]> files = new TreeMap<>();
        for (OutputFile f : r.files()) {
            files.put(f.path(), f.content());
        }
        return files;
    }

    @Test
    void textIsTheTitleBlockAndParagraphsAndNothingElse() throws IOException {
        Speech s = speech();
        byte[] bytes = render(s).get("speeches/talk.txt");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark, so that browsers and Notepad read UTF-8");
        assertFalse(text.replace("\r\n", "").contains("\n"), "Windows line ends only");
        String expected = "\uFEFF" + String.join("\r\n", SOURCE.subList(0, 3)) + "\r\n\r\n"
                + String.join("\r\n\r\n", SOURCE.subList(3, SOURCE.size())) + "\r\n";
        assertEquals(expected, text, "every line of the speech, in order, a run-in heading still on its paragraph's line");
    }

    @Test
    void textReadsBackAsTheSameSpeech() throws IOException {
        Speech s = speech();
        Path again = tmp.resolve("again");
        Files.createDirectories(again);
        Files.write(again.resolve("talk.txt"), render(s).get("speeches/talk.txt"));
        Corpus corpus = CorpusReader.read(again);
        assertEquals(List.of(), corpus.problems());
        Speech back = corpus.speeches().get(0);
        assertEquals(s.textUnits(), back.textUnits());
        assertEquals(s.salutation(), back.salutation());
        assertEquals(s.date(), back.date());
    }

    @Test
    void docxHoldsEveryParagraphInTheOfficialLayout() throws IOException {
        Speech s = speech();
        byte[] docx = render(s).get("speeches/talk.docx");
        List<String> paragraphs = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (!p.getText().isEmpty()) {
                    paragraphs.add(p.getText());
                }
            }
            assertEquals("在全市作风建设推进会上的讲话", doc.getProperties().getCoreProperties().getTitle());
            assertEquals("市长 张三", doc.getProperties().getCoreProperties().getCreator());
        }
        assertEquals(SOURCE, paragraphs, "the document reads as the source: title block, salutation, text, closing");

        String xml = entries(docx).get("word/document.xml");
        assertTrue(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
        assertTrue(xml.contains("<w:pgMar w:top=\"2098\" w:bottom=\"1984\" w:left=\"1587\" w:right=\"1474\""),
                "margins of 37, 35, 28 and 26 mm");
        assertTrue(xml.contains("<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"-841\"/>"), "22 lines of 28");
        assertEquals("方正小标宋简体 44", runFont(xml, "在全市作风建设推进会上的讲话"), "title: 小标宋 二号");
        assertEquals("黑体 32", runFont(xml, "一、提高政治站位"), "一、 headings: 黑体 三号");
        assertEquals("楷体_GB2312 32", runFont(xml, "（一）统一思想。"), "（一） headings: 楷体 三号, run in");
        assertEquals("仿宋_GB2312 32", runFont(xml, "要把思想统一到部署上来。"), "text: 仿宋 三号");
        assertEquals("仿宋_GB2312 32", runFont(xml, "谢谢大家。"));
    }

    /** The font and half-point size of the run whose text is {@code text}. */
    private static String runFont(String xml, String text) {
        Matcher m = Pattern.compile("<w:r><w:rPr><w:rFonts w:ascii=\"([^\"]+)\"[^>]*/><w:sz w:val=\"(\\d+)\"/></w:rPr><w:t>"
                + Pattern.quote(text) + "</w:t></w:r>").matcher(xml);
        return m.find() ? m.group(1) + " " + m.group(2) : "no run " + text;
    }

    @Test
    void docxBytesAreTheSameOnEveryBuild() throws IOException {
        Speech s = speech();
        byte[] first = SpeechDocx.bytes(s);
        byte[] second = render(s).get("speeches/talk.docx");
        assertArrayEquals(first, second);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertEquals(LocalDateTime.of(1980, 2, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), e.getName() + ": no extended timestamp, which would carry the build's time zone");
            }
        }
        String core = entries(first).get("docProps/core.xml");
        assertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-05T00:00:00Z</dcterms:created>"),
                "created on the speech's date, not the build's: " + core);
        assertFalse(core.contains("modified"), core);
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void pageNumbersParagraphsForCitationsAndLinksTheCopies() throws IOException {
        Speech s = speech();
        String page = new String(render(s).get("speeches/talk.html"), StandardCharsets.UTF_8);
        List<String> numbered = new ArrayList<>();
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"(?: class=\"[^\"]+\")? data-n=\"(\\d+)\"").matcher(page);
        while (m.find()) {
            numbered.add(m.group(2) + ":" + m.group(1));
        }
        List<String> expected = new ArrayList<>();
        int n = 0;
        for (TextUnit u : s.textUnits()) {
            if (u.kind() == TextUnit.Kind.PARAGRAPH || u.kind() == TextUnit.Kind.CLOSING) {
                expected.add(++n + ":" + u.anchor());
            }
        }
        assertEquals(expected, numbered, "paragraphs, not headings, counted from 1 in reading order");
        assertEquals(7, n);
        assertTrue(page.contains("data-cite=\"《在全市作风建设推进会上的讲话》（市长 张三，2024年3月5日）\""), "speaker and date; the venue is in the title");
        assertTrue(page.contains("href=\"talk.txt\""));
        assertTrue(page.contains("href=\"talk.docx\""));
    }
}
