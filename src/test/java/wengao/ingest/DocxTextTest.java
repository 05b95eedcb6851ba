package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import wengao.model.Corpus;
import wengao.model.OutlineFormat;
import wengao.model.Problem;
import wengao.model.Speech;

/** A Word document dropped into the content folder: its paragraphs, its own list numbers and its tables are read. */
class DocxTextTest {

    @TempDir
    Path dir;

    /** A speech as a Word user writes it: headings numbered by Word's list (一、 and （一）), one typed by hand. */
    private static byte[] speech() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            level(abs, 0, "%1、");
            level(abs, 1, "（%2）");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
            paragraph(doc, "在全县工作会议上的讲话", null, 0);
            paragraph(doc, "县委书记 张三", null, 0);
            paragraph(doc, "（2024年1月15日）", null, 0);
            paragraph(doc, "同志们：", null, 0);
            paragraph(doc, "今天我们召开全县工作会议，主要任务是总结去年工作，部署今年任务。", null, 0);
            paragraph(doc, "充分肯定成绩", list, 0);
            paragraph(doc, "过去一年，我们取得了新的成绩。", null, 0);
            paragraph(doc, "明确重点任务", list, 0);
            paragraph(doc, "抓好项目建设", list, 1);
            paragraph(doc, "项目是发展的生命线。", null, 0);
            paragraph(doc, "抓好民生实事", list, 1);
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("指标");
            table.getRow(0).getCell(1).setText("增长");
            table.getRow(1).getCell(0).setText("地区生产总值");
            table.getRow(1).getCell(1).setText("5.2%");

            paragraph(doc, "三、加强作风建设", null, 0);
            paragraph(doc, "要驰而不息纠治“四风”。", null, 0);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void level(CTAbstractNum abs, int ilvl, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        lvl.addNewLvlText().setVal(text);
    }

    /** The speech's text as the page reads it, a unit a string. */
    private static List<String> text(Speech s) {
        return s.textUnits().stream().map(wengao.model.TextUnit::text).toList();
    }

    /** A talk's title and salutation, before what a test is about. */
    private static void opening(XWPFDocument doc) {
        paragraph(doc, "在全县工作会议上的讲话", null, 0);
        paragraph(doc, "同志们：", null, 0);
    }

    private static void paragraph(XWPFDocument doc, String text, BigInteger list, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        if (list != null) {
            p.setNumID(list);
            p.setNumILvl(BigInteger.valueOf(level));
        }
    }

    @Test
    void aWordDocumentIsReadWithTheNumbersItsListsShow() throws IOException {
        Files.write(dir.resolve("talk.docx"), speech());
        Files.write(dir.resolve("~$talk.docx"), new byte[] {1, 2, 3});
        Corpus corpus = CorpusReader.read(dir);
        assertEquals(List.of(), corpus.problems().stream().filter(Problem::isError).toList());
        assertEquals(1, corpus.speeches().size(), "Word's lock file is not a speech");
        Speech s = corpus.speeches().get(0);
        assertEquals("在全县工作会议上的讲话", s.title());
        assertEquals("县委书记 张三", s.speaker());
        assertEquals("2024-01-15", s.date().iso());
        assertEquals("""
                一、充分肯定成绩
                二、明确重点任务
                  （一）抓好项目建设
                  （二）抓好民生实事
                三、加强作风建设
                """, OutlineFormat.of(s));
        assertTrue(s.textUnits().stream().anyMatch(u -> u.text().equals("地区生产总值  5.2%")), "a table row is a line of text");
        Path file = dir.resolve("nested.docx");
        Files.write(file, speech());
        rewrite(file, "word/document.xml", xml -> xml.replaceFirst("<w:t>5\\.2%</w:t></w:r></w:p>", "<w:t>5.2%</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>其中一产1.8%</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>二产4.9%</w:t></w:r></w:p></w:tc>"
                + "</w:tr></w:tbl><w:p/>"));
        Files.delete(dir.resolve("talk.docx"));
        Speech nested = CorpusReader.read(dir).speeches().get(0);
        assertTrue(nested.textUnits().stream().anyMatch(u -> u.text().equals("地区生产总值  5.2% 其中一产1.8% 二产4.9%")),
                "a table nested in a cell is the cell's text: " + nested.textUnits());
    }

    @Test
    void footnotesAndEndnotesAreNumberedWhereTheTextRefersToThemAndFollowItUnderTheirHeading() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); java.io.OutputStream out = Files.newOutputStream(dir.resolve("notes.docx"))) {
            opening(doc);
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("要深入贯彻“两个维护”");
            org.apache.poi.xwpf.usermodel.XWPFFootnote footnote = doc.createFootnote();
            footnote.createParagraph().createRun().setText("两个维护：坚决维护党中央权威和集中统一领导。");
            p.addFootnoteReference(footnote);
            p.createRun().setText("，落实“一岗双责”");
            org.apache.poi.xwpf.usermodel.XWPFEndnote endnote = doc.createEndnote();
            endnote.createParagraph().createRun().setText("一岗双责：抓业务的同时抓党风廉政建设。");
            p.addFootnoteReference(endnote);
            p.createRun().setText("，不断提高政治判断力。");
            paragraph(doc, "谢谢大家。", null, 0);
            doc.write(out);
        }
        Speech s = CorpusReader.read(dir).speeches().get(0);
        List<String> text = text(s);
        assertTrue(text.contains("要深入贯彻“两个维护”［1］，落实“一岗双责”［2］，不断提高政治判断力。"), text.toString());
        assertEquals("注释\n", OutlineFormat.of(s), "the notes are back matter of their own");
        assertTrue(text.contains("［1］两个维护：坚决维护党中央权威和集中统一领导。"), text.toString());
        assertTrue(text.contains("［2］一岗双责：抓业务的同时抓党风廉政建设。"), text.toString());
        assertTrue(text.stream().noneMatch(t -> t.contains("Ref:")), "no POI marker reaches the page");
    }

    @Test
    void trackedChangesReadAsAccepted() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); java.io.OutputStream out = Files.newOutputStream(dir.resolve("draft.docx"))) {
            opening(doc);
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("要坚持");
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange inserted = p.getCTP().addNewIns();
            inserted.setId(BigInteger.ONE);
            inserted.setAuthor("editor");
            inserted.addNewR().addNewT().setStringValue("不懈");
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange deleted = p.getCTP().addNewDel();
            deleted.setId(BigInteger.TWO);
            deleted.setAuthor("editor");
            deleted.addNewR().addNewDelText().setStringValue("偶尔");
            p.getCTP().addNewR().addNewT().setStringValue("抓好作风建设。");
            doc.write(out);
        }
        List<String> text = text(CorpusReader.read(dir).speeches().get(0));
        assertTrue(text.contains("要坚持不懈抓好作风建设。"), "an insertion is in, a deletion out: " + text);
    }

    @Test
    void aTextBoxsWordsAreKept() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); java.io.OutputStream out = Files.newOutputStream(dir.resolve("box.docx"))) {
            opening(doc);
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("要抓好作风建设。");
            String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            p.createRun().getCTR().addNewPict().set(org.apache.xmlbeans.XmlObject.Factory.parse("<w:pict xmlns:w=\"" + w
                    + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:shape><v:textbox><w:txbxContent><w:p><w:r>"
                    + "<w:t>文本框里的一句话。</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>"));
            doc.write(out);
        }
        List<String> text = text(CorpusReader.read(dir).speeches().get(0));
        assertTrue(text.stream().anyMatch(t -> t.contains("文本框里的一句话。")), "a text box is text: " + text);
    }

    @Test
    void aTextBoxOfWordsOwnDrawingsIsALineAfterItsParagraph() throws Exception {
        Path file = dir.resolve("drawn.docx");
        try (XWPFDocument doc = new XWPFDocument(); java.io.OutputStream out = Files.newOutputStream(file)) {
            opening(doc);
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("要抓好作风建设。");
            p.createRun().setText("BOX");
            doc.write(out);
        }
        // Word writes its text box inside mc:AlternateContent (a drawing, and a VML copy for older readers)
        String box = "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><mc:Choice Requires=\"wps\">"
                + "<w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>框里第一句。</w:t></w:r></w:p><w:p><w:r><w:t>框里第二句。</w:t></w:r></w:p>"
                + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框里第一句。"
                + "</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>";
        rewrite(file, "word/document.xml", xml -> xml.replace("<w:r><w:t>BOX</w:t></w:r>", "<w:r>" + box + "</w:r>"));
        Corpus corpus = CorpusReader.read(dir);
        assertEquals(1, corpus.speeches().size(), corpus.problems().toString());
        List<String> text = text(corpus.speeches().get(0));
        assertTrue(text.contains("框里第一句。") && text.contains("框里第二句。"), "each of the box's paragraphs is a line: " + text);
        assertEquals(1, text.stream().filter(t -> t.contains("框里第一句")).count(), "the older readers' copy is not read too");
    }

    @Test
    void aContentControlAroundParagraphsIsRead() throws Exception {
        Path file = dir.resolve("form.docx");
        try (XWPFDocument doc = new XWPFDocument(); java.io.OutputStream out = Files.newOutputStream(file)) {
            opening(doc);
            paragraph(doc, "BLOCK", null, 0);
            paragraph(doc, "谢谢大家。", null, 0);
            doc.write(out);
        }
        rewrite(file, "word/document.xml", xml -> xml.replaceFirst("<w:p>(?:(?!<w:p>).)*?<w:t>BLOCK</w:t></w:r></w:p>",
                "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>控件里的第一段。</w:t></w:r></w:p><w:p><w:r><w:t>控件里的第二段。</w:t></w:r></w:p>"
                        + "</w:sdtContent></w:sdt>"));
        Corpus corpus = CorpusReader.read(dir);
        assertEquals(1, corpus.speeches().size(), corpus.problems().toString());
        List<String> text = text(corpus.speeches().get(0));
        assertTrue(text.contains("控件里的第一段。") && text.contains("控件里的第二段。"), "a content control's paragraphs are lines: " + text);
    }

    private static void rewrite(Path docx, String part, java.util.function.UnaryOperator<String> change) throws IOException {
        byte[] bytes = Files.readAllBytes(docx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part)) {
                    data = change.apply(new String(data, java.nio.charset.StandardCharsets.UTF_8)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        Files.write(docx, out.toByteArray());
    }

    @Test
    void aDamagedWordDocumentIsOneErrorNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("broken.docx"), "PK this is not a zip");
        Corpus corpus = CorpusReader.read(dir);
        List<Problem> errors = corpus.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("broken.docx", errors.get(0).file());
        assertTrue(errors.get(0).message().startsWith("not a readable Word document (.docx): "), errors.get(0).message());
        assertTrue(!errors.get(0).message().contains("\n") && !errors.get(0).message().contains("Exception"), errors.get(0).message());
    }

    @Test
    void aDocumentThatIsNotReadIsAWarningNotASilentSkip() throws IOException {
        Files.write(dir.resolve("talk.docx"), speech());
        Files.writeString(dir.resolve("old.doc"), "binary Word 97");
        Files.writeString(dir.resolve("scan.PDF"), "%PDF-1.4");
        Corpus corpus = CorpusReader.read(dir);
        assertEquals(1, corpus.speeches().size());
        List<String> warned = corpus.problems().stream().filter(p -> p.message().startsWith("not read: ")).map(Problem::file).toList();
        assertEquals(List.of("old.doc", "scan.PDF"), warned);
    }
}
