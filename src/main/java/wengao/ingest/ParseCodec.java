package wengao.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import wengao.model.DroppedLine;
import wengao.model.Paragraph;
import wengao.model.PointMark;
import wengao.model.Problem;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Severity;
import wengao.model.Speech;
import wengao.model.SpeechDate;
import wengao.model.ThemeDefinition;

/**
 * What the parse cache keeps of a file, written by hand: a {@link ParsedSpeech}, or a theme file's
 * {@link ThemeFileReader.ThemeFile}. Java serialization took most of a one-speech build's ingest stage (an object
 * stream per kept speech, reading class descriptions each time), this a small part. An entry opens with a byte
 * for its kind. Numbers are zigzag varints; a string is its length, doubled, plus one if every character fits a
 * byte, plus one (0 for null), then its characters in one byte each or as UTF-16 (little-endian): copied in bulk,
 * which the build's C1-compiled JVM does several times faster than it decodes UTF-8. Lists are their size plus one
 * (0 for null), then their elements; a record that may be absent has a byte before it. {@link #WRITTEN} names the
 * components written for each record, in order, so a test can tell when a record gains one this codec does not
 * write. Reading what does not fit (a damaged or foreign entry, or one of the other kind) throws
 * {@link IOException}.
 */
final class ParseCodec {

    /** Each record's components as the codec writes them, in order. */
    static final Map<Class<? extends Record>, List<String>> WRITTEN = Map.of(
            ParsedSpeech.class, List.of("speech", "problems"),
            Speech.class, List.of("slug", "sourcePath", "format", "title", "headline", "titleLines", "date", "speaker",
                    "venue", "tags", "preamble", "salutation", "body", "closing", "backMatter", "dropped", "length"),
            SpeechDate.class, List.of("year", "month", "day"),
            Section.class, List.of("anchor", "kind", "level", "label", "title", "terminator", "line", "runIn",
                    "paragraphs", "sections"),
            Paragraph.class, List.of("anchor", "line", "text", "html", "points"),
            PointMark.class, List.of("start", "end", "anchor"),
            DroppedLine.class, List.of("line", "text", "reason"),
            Problem.class, List.of("file", "line", "severity", "message"),
            ThemeFileReader.ThemeFile.class, List.of("theme", "problems"),
            ThemeDefinition.class, List.of("slug", "name", "aliases", "parent", "bodyHtml", "sourcePath"));

    private static final int SPEECH = 'S';
    private static final int THEME = 'T';
    private static final SectionKind[] KINDS = SectionKind.values();
    private static final Severity[] SEVERITIES = Severity.values();

    private ParseCodec() {
    }

    static byte[] encode(ParsedSpeech p) {
        Out out = new Out();
        out.number(SPEECH);
        out.bool(p.speech() != null);
        if (p.speech() != null) {
            speech(out, p.speech());
        }
        problems(out, p.problems());
        return out.bytes();
    }

    static ParsedSpeech decodeSpeech(byte[] bytes) throws IOException {
        In in = new In(bytes);
        in.kind(SPEECH);
        Speech speech = in.bool() ? speech(in) : null;
        List<Problem> problems = problems(in);
        in.end();
        return new ParsedSpeech(speech, problems);
    }

    static byte[] encode(ThemeFileReader.ThemeFile t) {
        Out out = new Out();
        out.number(THEME);
        ThemeDefinition d = t.theme();
        out.bool(d != null);
        if (d != null) {
            out.string(d.slug());
            out.string(d.name());
            out.strings(d.aliases());
            out.string(d.parent());
            out.string(d.bodyHtml());
            out.string(d.sourcePath());
        }
        problems(out, t.problems());
        return out.bytes();
    }

    static ThemeFileReader.ThemeFile decodeTheme(byte[] bytes) throws IOException {
        In in = new In(bytes);
        in.kind(THEME);
        ThemeDefinition d = in.bool()
                ? new ThemeDefinition(in.string(), in.string(), in.strings(), in.string(), in.string(), in.string())
                : null;
        List<Problem> problems = problems(in);
        in.end();
        return new ThemeFileReader.ThemeFile(d, problems);
    }

    private static void problems(Out out, List<Problem> problems) {
        out.count(problems);
        if (problems != null) {
            for (Problem problem : problems) {
                out.string(problem.file());
                out.number(problem.line());
                out.number(problem.severity().ordinal());
                out.string(problem.message());
            }
        }
    }

    private static List<Problem> problems(In in) throws IOException {
        int n = in.count();
        if (n < 0) {
            return null;
        }
        Problem[] all = new Problem[n];
        for (int i = 0; i < n; i++) {
            all[i] = new Problem(in.string(), in.number(), in.pick(SEVERITIES), in.string());
        }
        return List.of(all);
    }

    private static void speech(Out out, Speech s) {
        out.string(s.slug());
        out.string(s.sourcePath());
        out.string(s.format());
        out.string(s.title());
        out.string(s.headline());
        out.strings(s.titleLines());
        out.bool(s.date() != null);
        if (s.date() != null) {
            out.number(s.date().year());
            out.number(s.date().month());
            out.number(s.date().day());
        }
        out.string(s.speaker());
        out.string(s.venue());
        out.strings(s.tags());
        out.strings(s.preamble());
        out.string(s.salutation());
        out.bool(s.body() != null);
        if (s.body() != null) {
            section(out, s.body());
        }
        paragraphs(out, s.closing());
        out.count(s.backMatter());
        for (Section part : s.backMatter()) {
            section(out, part);
        }
        out.count(s.dropped());
        for (DroppedLine d : s.dropped()) {
            out.number(d.line());
            out.string(d.text());
            out.string(d.reason());
        }
        out.number(s.length());
    }

    private static Speech speech(In in) throws IOException {
        String slug = in.string();
        String sourcePath = in.string();
        String format = in.string();
        String title = in.string();
        String headline = in.string();
        List<String> titleLines = in.strings();
        SpeechDate date = in.bool() ? new SpeechDate(in.number(), in.number(), in.number()) : null;
        String speaker = in.string();
        String venue = in.string();
        List<String> tags = in.strings();
        List<String> preamble = in.strings();
        String salutation = in.string();
        Section body = in.bool() ? section(in) : null;
        List<Paragraph> closing = paragraphs(in);
        Section[] backMatter = new Section[in.size()];
        for (int i = 0; i < backMatter.length; i++) {
            backMatter[i] = section(in);
        }
        DroppedLine[] dropped = new DroppedLine[in.size()];
        for (int i = 0; i < dropped.length; i++) {
            dropped[i] = new DroppedLine(in.number(), in.string(), in.string());
        }
        return new Speech(slug, sourcePath, format, title, headline, titleLines, date, speaker, venue, tags, preamble,
                salutation, body, closing, List.of(backMatter), List.of(dropped), in.number());
    }

    private static void section(Out out, Section s) {
        out.string(s.anchor());
        out.number(s.kind().ordinal());
        out.number(s.level());
        out.string(s.label());
        out.string(s.title());
        out.string(s.terminator());
        out.number(s.line());
        out.bool(s.runIn());
        paragraphs(out, s.paragraphs());
        out.count(s.sections());
        for (Section child : s.sections()) {
            section(out, child);
        }
    }

    private static Section section(In in) throws IOException {
        String anchor = in.string();
        SectionKind kind = in.pick(KINDS);
        int level = in.number();
        String label = in.string();
        String title = in.string();
        String terminator = in.string();
        int line = in.number();
        boolean runIn = in.bool();
        List<Paragraph> paragraphs = paragraphs(in);
        Section[] sections = new Section[in.size()];
        for (int i = 0; i < sections.length; i++) {
            sections[i] = section(in);
        }
        return new Section(anchor, kind, level, label, title, terminator, line, runIn, paragraphs, List.of(sections));
    }

    private static void paragraphs(Out out, List<Paragraph> paragraphs) {
        out.count(paragraphs);
        for (Paragraph p : paragraphs) {
            out.string(p.anchor());
            out.number(p.line());
            out.string(p.text());
            out.string(p.html());
            out.count(p.points());
            for (PointMark m : p.points()) {
                out.number(m.start());
                out.number(m.end());
                out.string(m.anchor());
            }
        }
    }

    private static List<Paragraph> paragraphs(In in) throws IOException {
        Paragraph[] paragraphs = new Paragraph[in.size()];
        for (int i = 0; i < paragraphs.length; i++) {
            String anchor = in.string();
            int line = in.number();
            String text = in.string();
            String html = in.string();
            PointMark[] points = new PointMark[in.size()];
            for (int k = 0; k < points.length; k++) {
                points[k] = new PointMark(in.number(), in.number(), in.string());
            }
            paragraphs[i] = new Paragraph(anchor, line, text, html, List.of(points));
        }
        return List.of(paragraphs);
    }

    /** A growing byte array. */
    private static final class Out {
        private byte[] buffer = new byte[4096];
        private int size;
        private char[] chars = new char[256];

        void bool(boolean b) {
            room(1);
            buffer[size++] = (byte) (b ? 1 : 0);
        }

        /** An int, zigzag, seven bits a byte. */
        void number(int n) {
            room(5);
            int z = (n << 1) ^ (n >> 31);
            while ((z & ~0x7f) != 0) {
                buffer[size++] = (byte) (z & 0x7f | 0x80);
                z >>>= 7;
            }
            buffer[size++] = (byte) z;
        }

        void count(List<?> list) {
            number(list == null ? 0 : list.size() + 1);
        }

        void string(String s) {
            if (s == null) {
                number(0);
                return;
            }
            int n = s.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            s.getChars(0, n, chars, 0);
            boolean latin1 = true;
            for (int i = 0; i < n && latin1; i++) {
                latin1 = chars[i] <= 0xff;
            }
            number((n << 1 | (latin1 ? 1 : 0)) + 1);
            if (latin1) {
                room(n);
                for (int i = 0; i < n; i++) {
                    buffer[size++] = (byte) chars[i];
                }
            } else {
                room(2 * n);
                ByteBuffer.wrap(buffer, size, 2 * n).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().put(chars, 0, n);
                size += 2 * n;
            }
        }

        void strings(List<String> list) {
            count(list);
            for (String s : list) {
                string(s);
            }
        }

        private void room(int n) {
            if (size + n > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(size + n, 2 * buffer.length));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }
    }

    /** Reads what {@link Out} wrote; anything that does not fit the bytes throws. */
    private static final class In {
        private final byte[] bytes;
        private int at;
        private char[] chars = new char[256];

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        void kind(int kind) throws IOException {
            if (number() != kind) {
                throw new IOException("an entry of another kind");
            }
        }

        boolean bool() throws IOException {
            if (at >= bytes.length) {
                throw new IOException("cut short");
            }
            byte b = bytes[at++];
            if (b != 0 && b != 1) {
                throw new IOException("not a boolean");
            }
            return b == 1;
        }

        int number() throws IOException {
            int z = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (at >= bytes.length) {
                    throw new IOException("cut short");
                }
                int b = bytes[at++];
                z |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return (z >>> 1) ^ -(z & 1);
                }
            }
            throw new IOException("a number too long");
        }

        /** A list's size, or -1 for null. */
        int count() throws IOException {
            int n = number() - 1;
            if (n < -1 || n > bytes.length - at) { // every element takes a byte at least
                throw new IOException("no list of " + n);
            }
            return n;
        }

        /** The size of a list that may not be null. */
        int size() throws IOException {
            int n = count();
            if (n < 0) {
                throw new IOException("a list that cannot be null is");
            }
            return n;
        }

        <E extends Enum<E>> E pick(E[] values) throws IOException {
            int i = number();
            if (i < 0 || i >= values.length) {
                throw new IOException("no constant " + i);
            }
            return values[i];
        }

        String string() throws IOException {
            int header = number() - 1;
            if (header < 0) {
                if (header == -1) {
                    return null;
                }
                throw new IOException("no string " + header);
            }
            int n = header >>> 1;
            boolean latin1 = (header & 1) == 1;
            int length = latin1 ? n : 2 * n;
            if (length > bytes.length - at) {
                throw new IOException("no string of " + length + " bytes");
            }
            String s;
            if (latin1) {
                s = new String(bytes, at, n, StandardCharsets.ISO_8859_1);
            } else {
                if (chars.length < n) {
                    chars = new char[Math.max(n, 2 * chars.length)];
                }
                ByteBuffer.wrap(bytes, at, length).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().get(chars, 0, n);
                s = new String(chars, 0, n);
            }
            at += length;
            return s;
        }

        List<String> strings() throws IOException {
            String[] all = new String[size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = string();
                if (all[i] == null) {
                    throw new IOException("a null in a list");
                }
            }
            return List.of(all);
        }

        void end() throws IOException {
            if (at != bytes.length) {
                throw new IOException("bytes after the end");
            }
        }
    }
}
