package wengao.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import wengao.model.OutputFile;
import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Speech;
import wengao.model.SpeechDate;
import wengao.render.SpeechDocxTemplate.Block;
import wengao.render.SpeechDocxTemplate.Face;
import wengao.render.SpeechDocxTemplate.Property;
import wengao.render.SpeechDocxTemplate.Wrap;

/**
 * A speech as a Word document, {@code speeches/<slug>.docx}, laid out as official documents are (GB/T 9704-2012):
 * A4, margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; a grid of 22 lines of 28 characters; the title in
 * 方正小标宋简体 二号, the text in 仿宋_GB2312 三号, 一、 headings in 黑体, （一） headings in 楷体_GB2312, paragraphs
 * indented two characters; page numbers — 1 — in 宋体 四号, odd pages right and even pages left. Office users paste
 * speeches into Word: this is the file they would have made.
 *
 * <p>The markup is Apache POI's: {@link SpeechDocxTemplate} has POI make one document with a paragraph of each kind
 * and keeps its pieces; each speech's document.xml and core.xml are those pieces around its text, escaped as
 * XMLBeans escapes (characters XML 1.0 cannot hold become {@code ?}, as POI writes them). The bytes depend on the
 * speech alone: the creation date is the speech's own (or none) and every zip entry has the same time.
 */
final class SpeechDocx {

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

    /**
     * Entry time of every zip entry, fixed so that two builds give the same bytes in any time zone. Not 1980-01-01
     * 00:00: the JDK reads that DOS time as "before 1980" and adds an extended timestamp, in UTC, from the zone.
     */
    static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private SpeechDocx() {
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
        SpeechDocxTemplate t = SpeechDocxTemplate.get();
        StringBuilder x = new StringBuilder(t.documentHead.length() + t.documentTail.length() + 8 * s.length() + 4096);
        x.append(t.documentHead);
        paragraph(x, t, Block.CENTERED, Face.TITLE, s.title());
        for (String line : s.titleLines()) {
            paragraph(x, t, Block.CENTERED, Face.KAI, line);
        }
        x.append(t.paragraphStart.get(Block.JUSTIFIED)).append(t.paragraphEnd);
        if (s.salutation() != null && !s.salutation().isBlank()) {
            for (String line : s.salutation().split("\n")) {
                paragraph(x, t, Block.JUSTIFIED, Face.FANGSONG, line);
            }
        }
        for (Paragraph p : s.body().paragraphs()) {
            paragraph(x, t, Block.INDENTED, Face.FANGSONG, p.text());
        }
        for (Section child : s.body().sections()) {
            section(x, t, child);
        }
        for (Paragraph p : s.closing()) {
            paragraph(x, t, Block.INDENTED, Face.FANGSONG, p.text());
        }
        for (Section part : s.backMatter()) {
            section(x, t, part);
        }
        x.append(t.documentTail);
        return zip(t, x.toString(), core(t, s));
    }

    private static void section(StringBuilder x, SpeechDocxTemplate t, Section s) {
        Face face = s.level() == 1 ? Face.HEI : s.level() == 2 ? Face.KAI : Face.FANGSONG;
        boolean heading = s.kind() == SectionKind.HEADING;
        String headingText = heading ? s.label() + s.title() + s.terminator() : null;
        boolean runIn = heading && s.runIn() && !s.paragraphs().isEmpty();
        if (heading && !runIn) {
            paragraph(x, t, Block.HEADING, face, headingText);
        }
        for (int i = 0; i < s.paragraphs().size(); i++) {
            x.append(t.paragraphStart.get(Block.INDENTED));
            if (i == 0 && runIn) {
                run(x, t, face, headingText);
            }
            run(x, t, Face.FANGSONG, s.paragraphs().get(i).text());
            x.append(t.paragraphEnd);
        }
        for (Section child : s.sections()) {
            section(x, t, child);
        }
    }

    private static void paragraph(StringBuilder x, SpeechDocxTemplate t, Block block, Face face, String text) {
        x.append(t.paragraphStart.get(block));
        run(x, t, face, text);
        x.append(t.paragraphEnd);
    }

    /** The text markup POI writes: spaces kept where the text starts or ends with white space. */
    static final String T_OPEN = "<w:t>";
    static final String T_OPEN_PRESERVE = "<w:t xml:space=\"preserve\">";
    static final String T_CLOSE = "</w:t>";
    static final String T_EMPTY = "<w:t/>";

    private static void run(StringBuilder x, SpeechDocxTemplate t, Face face, String text) {
        Wrap w = t.runs.get(face);
        x.append(w.open());
        if (text.isEmpty()) {
            x.append(T_EMPTY);
        } else {
            boolean preserve = Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
            x.append(preserve ? T_OPEN_PRESERVE : T_OPEN);
            escape(x, text, false);
            x.append(T_CLOSE);
        }
        x.append(w.close());
    }

    /**
     * Text as XMLBeans writes it: {@code <} and {@code &} escaped, {@code >} where it would close {@code ]]>}, a
     * carriage return as a reference (a parser would read it as a line feed), and what XML 1.0 cannot hold —
     * control characters, lone surrogates, U+FFFE and U+FFFF — as {@code ?}. With {@code everyGt}, every {@code >}
     * is escaped.
     */
    static void escape(StringBuilder x, String text, boolean everyGt) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '<') {
                x.append("&lt;");
            } else if (c == '&') {
                x.append("&amp;");
            } else if (c == '>' && (everyGt || i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']')) {
                x.append("&gt;");
            } else if (c == '\r') {
                x.append("&#13;");
            } else if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c >= 0xE000 && c < 0xFFFE) {
                x.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                x.append(c).append(text.charAt(++i));
            } else {
                x.append('?');
            }
        }
    }

    /** The title, the speaker and the speech's date, each left out when there is none, as POI leaves them out. */
    private static String core(SpeechDocxTemplate t, Speech s) {
        StringBuilder x = new StringBuilder(t.coreHead.length() + t.coreTail.length() + 512);
        x.append(t.coreHead);
        SpeechDate d = s.date();
        if (d != null) {
            LocalDate day = LocalDate.of(d.year(), Math.max(1, d.month()), Math.max(1, d.day()));
            property(x, t, Property.CREATED, day + "T00:00:00Z");
        }
        property(x, t, Property.CREATOR, s.speaker());
        property(x, t, Property.TITLE, s.title());
        return x.append(t.coreTail).toString();
    }

    private static void property(StringBuilder x, SpeechDocxTemplate t, Property p, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Wrap w = t.properties.get(p);
        x.append(w.open());
        // POI's properties escape every >, not only the one in ]]>.
        escape(x, value, true);
        x.append(w.close());
    }

    private static byte[] zip(SpeechDocxTemplate t, String document, String core) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length() + 8 * 1024);
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (SpeechDocxTemplate.Part part : t.parts) {
                ZipEntry e = new ZipEntry(part.name());
                e.setTimeLocal(ZIP_TIME);
                z.putNextEntry(e);
                z.write(part.name().equals(SpeechDocxTemplate.DOCUMENT) ? document.getBytes(StandardCharsets.UTF_8)
                        : part.name().equals(SpeechDocxTemplate.CORE) ? core.getBytes(StandardCharsets.UTF_8) : part.bytes());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Word's character spacing of the grid: how much each character's pitch differs from the default font size, in
     * 4096ths of a point, so that {@link #CHARS} characters fill the line.
     */
    static long charSpace() {
        double pitch = (PAGE_W - LEFT - RIGHT) / 20.0 / CHARS;
        return Math.round((pitch - BODY_SIZE) * 4096);
    }
}
