package wengao.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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

/**
 * What every speech's .docx shares, cut from one document that POI makes: the parts that do not depend on the
 * speech (styles, settings, footers, relationships) as they are, and document.xml and core.xml in pieces —
 * the head and tail of the body, the opening of each kind of paragraph and of each kind of run, the wrapping of
 * each document property. POI stays the library that decides the markup; {@link SpeechDocx} only puts the
 * pieces together around the speech's text, which is much cheaper than building each document with XMLBeans.
 *
 * <p>Nothing of a speech goes in, so one template serves every build. POI's document is kept in the jar
 * ({@value #RESOURCE}): making it takes about a second of CPU in a fresh JVM (POI's and XMLBeans' classes loading),
 * which a build that remakes one speech's .docx would pay whole. {@code SpeechDocxTemplateTest} holds the kept
 * document to the one POI makes now, part by part, and writes it anew when asked.
 */
final class SpeechDocxTemplate {

    static final String DOCUMENT = "word/document.xml";
    /** POI's document, as {@link #byPoi} makes it. */
    static final String RESOURCE = "wengao/docx/template.docx";
    static final String CORE = "docProps/core.xml";

    /** The kinds of paragraph: their alignment, indent and whether they keep with the next. */
    enum Block {
        CENTERED(ParagraphAlignment.CENTER, false, false),
        JUSTIFIED(ParagraphAlignment.BOTH, false, false),
        INDENTED(ParagraphAlignment.BOTH, true, false),
        HEADING(ParagraphAlignment.BOTH, true, true);

        final ParagraphAlignment align;
        final boolean indent;
        final boolean keepNext;

        Block(ParagraphAlignment align, boolean indent, boolean keepNext) {
            this.align = align;
            this.indent = indent;
            this.keepNext = keepNext;
        }
    }

    /** The kinds of run: font and size. */
    enum Face {
        TITLE(SpeechDocx.TITLE_FONT, SpeechDocx.TITLE_SIZE),
        HEI(SpeechDocx.HEADING_1_FONT, SpeechDocx.BODY_SIZE),
        KAI(SpeechDocx.HEADING_2_FONT, SpeechDocx.BODY_SIZE),
        FANGSONG(SpeechDocx.BODY_FONT, SpeechDocx.BODY_SIZE);

        final String font;
        final double size;

        Face(String font, double size) {
            this.font = font;
            this.size = size;
        }

        /** The run's text in the template, to find it by. */
        String marker() {
            return "@" + name() + "@";
        }
    }

    /** The document properties a speech fills in, with the value each has in the template, to find it by. */
    enum Property {
        CREATED("1999-09-09T09:09:09Z"), CREATOR("@CREATOR@"), TITLE("@TITLE@");

        final String marker;

        Property(String marker) {
            this.marker = marker;
        }
    }

    /** Markup around a value: an element's start tag and its end tag. */
    record Wrap(String open, String close) {
    }

    /** A part of the archive: its name and, for the parts every speech shares, its bytes. */
    record Part(String name, byte[] bytes) {
    }

    private static final class Holder {
        static final SpeechDocxTemplate TEMPLATE = make();
    }

    static SpeechDocxTemplate get() {
        return Holder.TEMPLATE;
    }

    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** The archive's parts in POI's order; document.xml and core.xml without bytes. */
    final List<Part> parts;
    /** document.xml up to and including {@code <w:body>}, and from the body's section properties on. */
    final String documentHead;
    final String documentTail;
    /** Each kind of paragraph's start, up to its runs; a paragraph ends with {@link #paragraphEnd}. */
    final Map<Block, String> paragraphStart;
    final String paragraphEnd = "</w:p>";
    /** Each kind of run's markup before and after its {@code <w:t>}. */
    final Map<Face, Wrap> runs;
    /** core.xml before and after its properties, and each property's element. */
    final String coreHead;
    final String coreTail;
    final Map<Property, Wrap> properties;

    private SpeechDocxTemplate(Map<String, String> texts, List<Part> parts) {
        this.parts = parts;
        String document = texts.get(DOCUMENT);
        int body = document.indexOf("<w:body>") + "<w:body>".length();
        int sectPr = document.lastIndexOf("<w:sectPr>");
        check(body > 0 && sectPr > body, "no body in " + document);
        documentHead = document.substring(0, body);
        documentTail = document.substring(sectPr);
        // The template's body: one empty paragraph of each block, then one paragraph with a run of each face.
        String[] paragraphs = document.substring(body, sectPr).split("(?<=</w:p>)");
        check(paragraphs.length == Block.values().length + 1, "paragraphs in " + document);
        paragraphStart = new EnumMap<>(Block.class);
        for (Block b : Block.values()) {
            String p = paragraphs[b.ordinal()];
            check(p.startsWith("<w:p>") && p.endsWith("</w:pPr>" + paragraphEnd), "paragraph " + p);
            paragraphStart.put(b, p.substring(0, p.length() - paragraphEnd.length()));
        }
        runs = new EnumMap<>(Face.class);
        String withRuns = paragraphs[paragraphs.length - 1];
        for (Face f : Face.values()) {
            String text = SpeechDocx.T_OPEN + f.marker() + SpeechDocx.T_CLOSE;
            int t = withRuns.indexOf(text);
            int start = withRuns.lastIndexOf("<w:r>", t);
            int end = withRuns.indexOf("</w:r>", t) + "</w:r>".length();
            check(t > 0 && start >= 0 && end > t, "run " + f + " in " + withRuns);
            runs.put(f, new Wrap(withRuns.substring(start, t), withRuns.substring(t + text.length(), end)));
        }
        String core = texts.get(CORE);
        properties = new EnumMap<>(Property.class);
        int previousEnd = -1;
        int first = -1;
        for (Property p : Property.values()) {
            int at = core.indexOf(p.marker);
            int start = core.lastIndexOf('<', at);
            int end = core.indexOf('>', at) + 1;
            check(at > 0 && (previousEnd < 0 || start == previousEnd), "property " + p + " in " + core);
            properties.put(p, new Wrap(core.substring(start, at), core.substring(at + p.marker.length(), end)));
            first = first < 0 ? start : first;
            previousEnd = end;
        }
        coreHead = core.substring(0, first);
        coreTail = core.substring(previousEnd);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("POI's document is not as expected: " + what);
        }
    }

    private static SpeechDocxTemplate make() {
        try (java.io.InputStream in = SpeechDocxTemplate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return of(in == null ? byPoi() : in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template cut from a document with a paragraph of each kind and a run of each face, as {@link #byPoi}'s. */
    static SpeechDocxTemplate of(byte[] docx) throws IOException {
        Map<String, String> texts = new java.util.HashMap<>();
        List<Part> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                boolean perSpeech = e.getName().equals(DOCUMENT) || e.getName().equals(CORE);
                if (perSpeech) {
                    texts.put(e.getName(), new String(bytes, StandardCharsets.UTF_8));
                }
                parts.add(new Part(e.getName(), perSpeech ? null : bytes));
            }
        }
        check(texts.size() == 2, "parts " + parts);
        return new SpeechDocxTemplate(texts, List.copyOf(parts));
    }

    /** The document the template is cut from, as POI makes it. */
    static byte[] byPoi() {
        try (XWPFDocument doc = new XWPFDocument()) {
            properties(doc);
            page(doc);
            pageNumbers(doc);
            for (Block b : Block.values()) {
                paragraph(doc, b);
            }
            XWPFParagraph withRuns = paragraph(doc, Block.INDENTED);
            for (Face f : Face.values()) {
                XWPFRun r = withRuns.createRun();
                fonts(r, f.font);
                r.setFontSize(f.size);
                r.setText(f.marker());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, Block b) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(b.align);
        p.setSpacingBetween(SpeechDocx.LINE_PITCH / 20.0, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        if (b.indent) {
            // Two characters of the body size, whatever the run's font.
            p.setFirstLineIndent((int) Math.round(2 * SpeechDocx.BODY_SIZE * 20));
        }
        if (b.keepNext) {
            p.setKeepNext(true);
        }
        return p;
    }

    private static void fonts(XWPFRun r, String font) {
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.cs);
    }

    private static void properties(XWPFDocument doc) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(Property.TITLE.marker);
        core.setCreator(Property.CREATOR.marker);
        core.setCreated(Optional.of(java.util.Date.from(java.time.Instant.parse(Property.CREATED.marker))));
        core.setModified(Optional.empty());
        doc.getProperties().getExtendedProperties().setApplication("wengao");
    }

    /** A4, the GB/T 9704 margins, and the document grid of 22 × 28. */
    private static void page(XWPFDocument doc) {
        // The grid's character pitch is counted from the default font size: make that the body's, and the text
        // Chinese, so that Word breaks lines and spaces punctuation as it does for Chinese.
        String font = SpeechDocx.BODY_FONT;
        int size = (int) (SpeechDocx.BODY_SIZE * 2);
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse("<w:styles xmlns:w=\"" + W_NS + "\"><w:docDefaults><w:rPrDefault><w:rPr>"
                    + "<w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:eastAsia=\"" + font + "\" w:cs=\"" + font + "\"/>"
                    + "<w:kern w:val=\"2\"/><w:sz w:val=\"" + size + "\"/><w:szCs w:val=\"" + size + "\"/>"
                    + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                    + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>").getStyles());
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException("the default styles do not parse", e);
        }
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz pageSize = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        pageSize.setW(BigInteger.valueOf(SpeechDocx.PAGE_W));
        pageSize.setH(BigInteger.valueOf(SpeechDocx.PAGE_H));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(SpeechDocx.TOP));
        mar.setBottom(BigInteger.valueOf(SpeechDocx.BOTTOM));
        mar.setLeft(BigInteger.valueOf(SpeechDocx.LEFT));
        mar.setRight(BigInteger.valueOf(SpeechDocx.RIGHT));
        mar.setHeader(BigInteger.valueOf(SpeechDocx.mm(15)));
        // The page number's rule sits 7 mm below the type area.
        mar.setFooter(BigInteger.valueOf(SpeechDocx.BOTTOM - SpeechDocx.mm(7) - (int) (SpeechDocx.PAGE_NUMBER_SIZE * 20)));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(SpeechDocx.LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(SpeechDocx.charSpace()));
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
        int oneChar = (int) Math.round(SpeechDocx.PAGE_NUMBER_SIZE * 20);
        if (align == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(oneChar);
        } else {
            p.setIndentationLeft(oneChar);
        }
        pageNumberRun(p.createRun(), "— ");
        p.getCTP().addNewFldSimple().setInstr(" PAGE ");
        pageNumberRun(new XWPFRun(p.getCTP().getFldSimpleArray(0).addNewR(), p), "1");
        pageNumberRun(p.createRun(), " —");
    }

    private static void pageNumberRun(XWPFRun r, String text) {
        fonts(r, SpeechDocx.PAGE_NUMBER_FONT);
        r.setFontSize(SpeechDocx.PAGE_NUMBER_SIZE);
        r.setText(text);
    }
}
