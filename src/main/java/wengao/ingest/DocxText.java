package wengao.ingest;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import wengao.model.SourceFile;

/**
 * The text of a Word document (.docx), a paragraph a line, for the plain-text parser: the numbers Word's own list
 * numbering puts before a paragraph (一、, （一）, 1.) are written out as the reader sees them, since the outline is read
 * from them; a table's rows are lines, their cells set apart by two spaces.
 */
final class DocxText {

    /** A Word file is a zip of XML: larger than a text file could be, with its images. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private DocxText() {
    }

    static SourceDecoder.Decoded tooLarge(String path, long size) {
        return SourceDecoder.failed(path, 0, String.format("file is too large (%.1f MB; the limit for a .docx is %d MB)",
                size / 1048576.0, MAX_BYTES / 1048576));
    }

    static SourceDecoder.Decoded read(String path, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return tooLarge(path, bytes.length);
        }
        StringBuilder text = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Map<BigInteger, int[]> counters = new HashMap<>();
            ParagraphText reader = new ParagraphText(doc);
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    text.append(numberOf(p, counters)).append(reader.text(p)).append('\n');
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cellText(cell, reader).replace('\n', ' ').strip());
                        }
                        text.append(String.join("  ", cells)).append('\n');
                    }
                } else if (e instanceof XWPFSDT block) {
                    // a content control around paragraphs (a cover page, a form's fields): its text, a line each
                    text.append(block.getContent().getText()).append('\n');
                }
            }
            reader.appendNotes(text);
        } catch (Exception | LinkageError e) {
            // POI reports a damaged or foreign file by many exception types; each is one line for the editor
            return SourceDecoder.failed(path, 0, "not a readable Word document (.docx): " + firstLine(e));
        }
        String t = text.toString().replace("\r\n", "\n").replace('\r', '\n');
        if (t.isBlank()) {
            return SourceDecoder.failed(path, 0, "file is empty (the Word document holds no text)");
        }
        return new SourceDecoder.Decoded(Optional.of(new SourceFile(path, t, "docx")), List.of());
    }

    /** A cell's paragraphs, tables nested in it and content controls, a space between each. */
    private static String cellText(XWPFTableCell cell, ParagraphText reader) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement e : cell.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                parts.add(reader.text(p));
            } else if (e instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell inner : row.getTableCells()) {
                        parts.add(cellText(inner, reader));
                    }
                }
            } else if (e instanceof XWPFSDT sdt) {
                parts.add(sdt.getContent().getText());
            }
        }
        return String.join(" ", parts);
    }

    /**
     * The label Word's list numbering shows before paragraph {@code p} (一、 for a chineseCounting level written
     * "%1、"), counting the paragraphs of each list and level from one; "" for a paragraph in no list or a bulleted one.
     */
    private static String numberOf(XWPFParagraph p, Map<BigInteger, int[]> counters) {
        BigInteger num = p.getNumID();
        String format = p.getNumFmt();
        String levelText = p.getNumLevelText();
        if (num == null || format == null || levelText == null || format.equals("bullet") || format.equals("none")) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        int[] count = counters.computeIfAbsent(num, k -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String label = levelText;
        for (int l = 0; l <= level; l++) {
            label = label.replace("%" + (l + 1), written(l == level ? format : "decimal", Math.max(1, count[l])));
        }
        return label;
    }

    private static String written(String format, int n) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "ideographDigital" -> chinese(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> String.valueOf(n).chars()
                    .collect(StringBuilder::new, (b, c) -> b.append((char) (c - '0' + '０')), StringBuilder::append).toString();
            default -> String.valueOf(n);
        };
    }

    /** 1 to 99 in Chinese numerals (一, 十二, 二十), as a list numbers its items; larger numbers in digits. */
    private static String chinese(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n >= 20 ? String.valueOf(digits.charAt(n / 10)) : "") + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    /**
     * A paragraph's text as the reader sees it, and the notes it refers to. A reference to a footnote or endnote is
     * written ［1］ where it stands, numbered in the order the text first refers to each note (POI would write
     * [footnoteRef:3] and the note's text inside the paragraph); the notes follow the text under 注释, each on a line
     * of its own after its number, so that none is lost. A tracked deletion is left out; a text box's paragraphs
     * (Word's own, which POI's text leaves out, or an older VML one, which it keeps) are lines after the paragraph.
     */
    private static final class ParagraphText {
        private static final String BOX_PARAGRAPHS = "declare namespace mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
                + "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
                + "./mc:AlternateContent/mc:Choice//w:txbxContent//w:p";
        private static final String TEXTS = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:t";
        private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("\\[(footnote|endnote)Ref:(-?\\d+)\\]");
        private final XWPFDocument doc;
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> order = new ArrayList<>();

        ParagraphText(XWPFDocument doc) {
            this.doc = doc;
        }

        /** A paragraph's text, its references to notes written as their numbers, tracked deletions left out. */
        String text(XWPFParagraph p) {
            StringBuilder b = new StringBuilder();
            StringBuilder boxes = new StringBuilder();
            for (IRunElement r : p.getIRuns()) {
                if (r instanceof XWPFRun run) {
                    if (!isDeleted(run)) {
                        b.append(run); // its text and a VML picture's or text box's: toString, as POI's own getText reads it
                        for (org.apache.xmlbeans.XmlObject box : run.getCTR().selectPath(BOX_PARAGRAPHS)) {
                            StringBuilder line = new StringBuilder();
                            for (org.apache.xmlbeans.XmlObject t : box.selectPath(TEXTS)) {
                                try (org.apache.xmlbeans.XmlCursor c = t.newCursor()) {
                                    line.append(c.getTextValue());
                                }
                            }
                            boxes.append('\n').append(line);
                        }
                    }
                } else if (r instanceof XWPFSDT sdt) {
                    b.append(sdt.getContent().getText());
                }
            }
            b.append(boxes);
            java.util.regex.Matcher m = REFERENCE.matcher(b);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String key = m.group(1) + ":" + m.group(2);
                int n = numbers.computeIfAbsent(key, k -> {
                    order.add(k);
                    return order.size();
                });
                m.appendReplacement(out, "［" + n + "］");
            }
            m.appendTail(out);
            return out.toString();
        }

        /** A run a tracked change took out (w:del, w:moveFrom): the text reads as with the changes accepted. */
        private static boolean isDeleted(XWPFRun run) {
            org.w3c.dom.Node parent = run.getCTR().getDomNode().getParentNode();
            String name = parent == null ? null : parent.getLocalName();
            return "del".equals(name) || "moveFrom".equals(name);
        }

        /** The notes referred to, under 注释, each after its number; nothing when none was. */
        void appendNotes(StringBuilder text) {
            if (order.isEmpty()) {
                return;
            }
            text.append("注释\n");
            // a note's text may refer to a note not yet numbered: each is numbered as it is met, and written in turn
            for (int i = 0; i < order.size(); i++) {
                String key = order.get(i);
                int id = Integer.parseInt(key.substring(key.indexOf(':') + 1));
                XWPFAbstractFootnoteEndnote note = key.startsWith("footnote") ? doc.getFootnoteByID(id) : doc.getEndnoteByID(id);
                List<String> lines = new ArrayList<>();
                if (note != null) {
                    note.getParagraphs().forEach(p -> lines.add(text(p).strip()));
                }
                text.append("［").append(i + 1).append("］").append(String.join(" ", lines).strip()).append('\n');
            }
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
