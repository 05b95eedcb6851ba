package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Speech;
import wengao.model.SpeechDate;

/** The .docx put together from the template is the document POI makes, for any text. */
class SpeechDocxTest {

    @TempDir
    Path tmp;

    @Test
    void everyPartIsWhatPoiWritesForTheSeeds() throws IOException {
        List<Path> seeds = TestFiles.files(TestFiles.seeds());
        assertEquals(5, seeds.size());
        for (Path seed : seeds) {
            Speech s = CorpusReader.readFile(seed).speeches().get(0);
            assertSameAsPoi(s);
        }
    }

    @Test
    void everyPartIsWhatPoiWritesForAnOutlineOfEveryKind() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("talk.txt"), String.join("\n", SpeechCopiesTest.SOURCE) + "\n"
                + "三、其他事项\n（二）关于会风\n1.严守纪律。会议期间关闭手机。\n一是准时到会。\n");
        Corpus corpus = CorpusReader.read(content);
        assertEquals(List.of(), corpus.problems());
        assertSameAsPoi(corpus.speeches().get(0));
    }

    /**
     * Markup characters, white space at the edges (where POI keeps spaces), an empty salutation line and a pair
     * of surrogates: all as POI writes them. Control characters are left out: POI cannot write them in the title.
     */
    @Test
    void everyPartIsWhatPoiWritesForMarkupAndSpaces() throws IOException {
        Speech s = speech("A<B & C>D ]]> \"引号\" 'x'", "市长 <张三> & 李四", List.of(" 前有空格", "后有全角空格\u3000", "\tA"),
                "同志们：\n\n朋友们：", List.of("a]]>b>c]>d", "😀 表情\u00A0", ""), "关于<一>", "正文&更多");
        assertSameAsPoi(s);
    }

    @Test
    void hostileTextStillParses() throws Exception {
        // Lone surrogates: a low one alone, a high one followed by no low one.
        String hostile = "<&>]]>\u0001\u0000\u000B\uDC00x\uD800\uFFFE\uFFFF\r\n\t😀";
        String clean = "&lt;&amp;>]]&gt;????x???&#13;\n\t😀";
        Speech s = speech("题目" + hostile, "讲话人" + hostile, List.of(hostile), "同志们：", List.of(hostile),
                hostile, hostile);
        byte[] docx = SpeechDocx.bytes(s);
        Map<String, String> parts = entries(docx);
        for (Map.Entry<String, String> part : parts.entrySet()) {
            // A strict parser: every part is well-formed XML 1.0.
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(part.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        assertTrue(parts.get("word/document.xml").contains("<w:t>" + clean + "</w:t>"), parts.get("word/document.xml"));
        String read = "<&>]]>????x???\r\n\t😀";
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals("题目" + read, doc.getProperties().getCoreProperties().getTitle());
            assertEquals("讲话人" + read, doc.getProperties().getCoreProperties().getCreator());
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals(List.of("题目" + read, read, "", "同志们：", read, "一、" + read, "（一）" + read + "。" + read), texts);
        }
    }

    @Test
    void paragraphsReadBackWithPoisFontsSizesAlignmentAndIndents() throws IOException {
        Speech s = CorpusReader.readFile(TestFiles.seeds().resolve("003_9d6ca829133a8060.txt")).speeches().get(0);
        List<String> now = layout(SpeechDocx.bytes(s));
        assertEquals(layout(SpeechDocxByPoi.bytes(s)), now);
        assertEquals("CENTER indent=-1 keepNext=false [方正小标宋简体 22.0 在党风廉政建设工作和党支部书记抓党建述职评议暨述责述廉会议上的讲话]",
                now.get(0));
        assertTrue(now.contains("BOTH indent=640 keepNext=true [黑体 16.0 一、主动作为，2022年党风廉政建设取得扎实成效]"), now.toString());
    }

    /** The grid's pitch is counted from the default font size, so the defaults must be where Word looks. */
    @Test
    void defaultTextIsFangsongSanhaoChinese() throws IOException {
        Speech s = CorpusReader.readFile(TestFiles.seeds().resolve("001_0d024dd79624a196.txt")).speeches().get(0);
        byte[] docx = SpeechDocx.bytes(s);
        String styles = entries(docx).get("word/styles.xml");
        assertTrue(styles.contains("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:docDefaults>"),
                "the defaults directly in the styles part, not in a w:styles inside it: " + styles);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(16.0, doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble());
            assertEquals("仿宋_GB2312", doc.getStyles().getDefaultRunStyle().getRPr().getRFontsArray(0).getEastAsia());
            assertEquals("zh-CN", doc.getStyles().getDefaultRunStyle().getRPr().getLangArray(0).getEastAsia());
        }
    }

    /** Each paragraph's alignment, first-line indent and runs, as POI reads them. */
    private static List<String> layout(byte[] docx) throws IOException {
        List<String> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                List<String> runs = new ArrayList<>();
                for (XWPFRun r : p.getRuns()) {
                    runs.add(r.getFontFamily(XWPFRun.FontCharRange.eastAsia) + " " + r.getFontSizeAsDouble() + " " + r.text());
                }
                out.add(p.getAlignment() + " indent=" + p.getFirstLineIndent() + " keepNext=" + p.getCTP().getPPr().isSetKeepNext()
                        + " " + runs);
            }
            out.add(doc.getDocument().getBody().getSectPr().xmlText());
        }
        return out;
    }

    private static Speech speech(String title, String speaker, List<String> titleLines, String salutation,
                                 List<String> opening, String heading, String afterHeading) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String text : opening) {
            paragraphs.add(new Paragraph("p" + paragraphs.size(), 1, text, text, List.of()));
        }
        Section runIn = new Section("s1", SectionKind.HEADING, 2, "（一）", heading, "。", 2, true,
                List.of(new Paragraph("s1-p1", 2, afterHeading, afterHeading, List.of())), List.of());
        Section h1 = new Section("s0", SectionKind.HEADING, 1, "一、", heading, "", 1, false, List.of(), List.of(runIn));
        Section root = new Section("", SectionKind.ROOT, 0, "", "", "", 0, false, paragraphs, List.of(h1));
        return new Speech("talk", "talk.txt", "txt", title, null, titleLines, new SpeechDate(2024, 3, 0), speaker, null,
                List.of(), List.of(), salutation, root, List.of(), List.of(), List.of(), 0);
    }

    /** Every part of the archive, in order, is the same text as in the document POI builds speech by speech. */
    private static void assertSameAsPoi(Speech s) throws IOException {
        Map<String, String> poi = entries(SpeechDocxByPoi.bytes(s));
        Map<String, String> now = entries(SpeechDocx.bytes(s));
        assertEquals(poi.keySet().stream().toList(), now.keySet().stream().toList(), s.slug());
        for (String name : poi.keySet()) {
            assertEquals(poi.get(name), now.get(name), s.slug() + ": " + name);
        }
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
