package wengao.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import wengao.model.OutputFile;
import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Speech;

/**
 * The .docx as {@link SpeechDocx} made it before the template: a whole document built with POI for each speech.
 * Kept as the reference {@link SpeechDocxTest} compares the template's documents with, part by part, and as the
 * baseline {@link SpeechDocxTiming} measures. Its styles have the fix the template has (the defaults directly in
 * the styles part), so that the two differ in nothing.
 */
final class SpeechDocxByPoi {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_1_FONT = "黑体";
    static final String HEADING_2_FONT = "楷体_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";
    /** 二号 and 三号 and 四号, in points. */
    static final double TITLE_SIZE = 22;
    static final double BODY_SIZE = 16;
    static final double PAGE_NUMBER_SIZE = 14;

    /** A4 and the GB/T 9704 margins, in twentieths of a point (1 mm = 1440 / 25.4). */
    static final int PAGE_W = 11906;
    static final int PAGE_H = 16838;
    static final int TOP = mm(37);
    static final int BOTTOM = mm(35);
    static final int LEFT = mm(28);
    static final int RIGHT = mm(26);
    static final int LINES = 22;
    static final int CHARS = 28;
    /** The line pitch that fits {@link #LINES} lines into the type area. */
    static final int LINE_PITCH = (PAGE_H - TOP - BOTTOM) / LINES;

    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * Entry time of every zip entry, fixed so that two builds give the same bytes in any time zone. Not 1980-01-01
     * 00:00: the JDK reads that DOS time as "before 1980" and adds an extended timestamp, in UTC, from the zone.
     */
    static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private SpeechDocxByPoi() {
    }

    static int mm(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static String path(Speech s) {
        return "speeches/" + s.slug() + ".docx";
    }

    static OutputFile of(Speech s) {
        return new OutputFile(path(s), bytes(s));
    }

    static byte[] bytes(Speech s) {
        try (XWPFDocument doc = new XWPFDocument()) {
            properties(doc, s);
            page(doc);
            pageNumbers(doc);
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, false);
            run(title, s.title(), TITLE_FONT, TITLE_SIZE);
            for (String line : s.titleLines()) {
                run(paragraph(doc, ParagraphAlignment.CENTER, false), line, HEADING_2_FONT, BODY_SIZE);
            }
            paragraph(doc, ParagraphAlignment.BOTH, false);
            if (s.salutation() != null && !s.salutation().isBlank()) {
                for (String line : s.salutation().split("\n")) {
                    run(paragraph(doc, ParagraphAlignment.BOTH, false), line, BODY_FONT, BODY_SIZE);
                }
            }
            for (Paragraph p : s.body().paragraphs()) {
                run(paragraph(doc, ParagraphAlignment.BOTH, true), p.text(), BODY_FONT, BODY_SIZE);
            }
            for (Section child : s.body().sections()) {
                section(doc, child);
            }
            for (Paragraph p : s.closing()) {
                run(paragraph(doc, ParagraphAlignment.BOTH, true), p.text(), BODY_FONT, BODY_SIZE);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            doc.write(out);
            return fixedTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(XWPFDocument doc, Section s) {
        String font = s.level() == 1 ? HEADING_1_FONT : s.level() == 2 ? HEADING_2_FONT : BODY_FONT;
        boolean heading = s.kind() == SectionKind.HEADING;
        String headingText = heading ? s.label() + s.title() + s.terminator() : null;
        boolean runIn = heading && s.runIn() && !s.paragraphs().isEmpty();
        if (heading && !runIn) {
            XWPFParagraph h = paragraph(doc, ParagraphAlignment.BOTH, true);
            h.setKeepNext(true);
            run(h, headingText, font, BODY_SIZE);
        }
        for (int i = 0; i < s.paragraphs().size(); i++) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, true);
            if (i == 0 && runIn) {
                run(p, headingText, font, BODY_SIZE);
            }
            run(p, s.paragraphs().get(i).text(), BODY_FONT, BODY_SIZE);
        }
        for (Section child : s.sections()) {
            section(doc, child);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(LINE_PITCH / 20.0, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        if (indent) {
            // Two characters of the body size, whatever the run's font.
            p.setFirstLineIndent((int) Math.round(2 * BODY_SIZE * 20));
        }
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, double size) {
        XWPFRun r = p.createRun();
        fonts(r, font);
        r.setFontSize(size);
        r.setText(text);
        return r;
    }

    private static void fonts(XWPFRun r, String font) {
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.cs);
    }

    private static void properties(XWPFDocument doc, Speech s) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(s.title());
        core.setCreator(s.speaker() == null ? "" : s.speaker());
        core.setCreated(Optional.ofNullable(s.date() == null ? null : java.util.Date.from(
                java.time.LocalDate.of(s.date().year(), Math.max(1, s.date().month()), Math.max(1, s.date().day()))
                        .atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
        core.setModified(Optional.empty());
        doc.getProperties().getExtendedProperties().setApplication("wengao");
    }

    /** A4, the GB/T 9704 margins, and the document grid of 22 × 28. */
    private static void page(XWPFDocument doc) {
        // The grid's character pitch is counted from the default font size: make that the body's, and the text
        // Chinese, so that Word breaks lines and spaces punctuation as it does for Chinese.
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse("<w:styles xmlns:w=\"" + W_NS + "\"><w:docDefaults><w:rPrDefault><w:rPr>"
                    + "<w:rFonts w:ascii=\"" + BODY_FONT + "\" w:hAnsi=\"" + BODY_FONT + "\" w:eastAsia=\"" + BODY_FONT + "\" w:cs=\"" + BODY_FONT + "\"/>"
                    + "<w:kern w:val=\"2\"/><w:sz w:val=\"" + (int) (BODY_SIZE * 2) + "\"/><w:szCs w:val=\"" + (int) (BODY_SIZE * 2) + "\"/>"
                    + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                    + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>").getStyles());
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException("the default styles do not parse", e);
        }
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(TOP));
        mar.setBottom(BigInteger.valueOf(BOTTOM));
        mar.setLeft(BigInteger.valueOf(LEFT));
        mar.setRight(BigInteger.valueOf(RIGHT));
        mar.setHeader(BigInteger.valueOf(mm(15)));
        // The page number's rule sits 7 mm below the type area.
        mar.setFooter(BigInteger.valueOf(BOTTOM - mm(7) - (int) (PAGE_NUMBER_SIZE * 20)));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(charSpace()));
    }

    /**
     * Word's character spacing of the grid: how much each character's pitch differs from the default font size, in
     * 4096ths of a point, so that {@link #CHARS} characters fill the line.
     */
    static long charSpace() {
        double pitch = (PAGE_W - LEFT - RIGHT) / 20.0 / CHARS;
        return Math.round((pitch - BODY_SIZE) * 4096);
    }

    /** — 1 —, odd pages at the right and even pages at the left, each one character in from the edge. */
    private static void pageNumbers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment align) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(align);
        int oneChar = (int) Math.round(PAGE_NUMBER_SIZE * 20);
        if (align == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(oneChar);
        } else {
            p.setIndentationLeft(oneChar);
        }
        XWPFRun before = p.createRun();
        fonts(before, PAGE_NUMBER_FONT);
        before.setFontSize(PAGE_NUMBER_SIZE);
        before.setText("— ");
        p.getCTP().addNewFldSimple().setInstr(" PAGE ");
        XWPFRun number = new XWPFRun(p.getCTP().getFldSimpleArray(0).addNewR(), p);
        fonts(number, PAGE_NUMBER_FONT);
        number.setFontSize(PAGE_NUMBER_SIZE);
        number.setText("1");
        XWPFRun after = p.createRun();
        fonts(after, PAGE_NUMBER_FONT);
        after.setFontSize(PAGE_NUMBER_SIZE);
        after.setText(" —");
    }

    /** The same archive with every entry's time fixed and nothing else changed. */
    static byte[] fixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 256);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ZIP_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
