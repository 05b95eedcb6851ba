package wengao.ingest;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    text.append(numberOf(p, counters)).append(p.getText()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replace('\n', ' ').strip());
                        }
                        text.append(String.join("  ", cells)).append('\n');
                    }
                }
            }
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

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
