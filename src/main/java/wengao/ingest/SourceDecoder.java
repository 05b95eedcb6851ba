package wengao.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wengao.model.Problem;
import wengao.model.SourceFile;

/**
 * Turns a file's bytes into text. UTF-8 (with or without BOM) is the norm; older speech collections are saved in
 * GB18030, the superset of GBK and GB2312. Which of the two a file is, is decided for the whole file by which
 * reading is valid for nearly all of it, never by its first bad byte: a UTF-8 file with a few bad bytes keeps its
 * text (each bad sequence becomes U+FFFD, with a warning naming its line), because re-reading it as GB18030 would
 * turn every line into mojibake. A file that is neither, such as a UTF-8 file with a GBK paragraph pasted in, is an
 * error: no reading of it is free of mojibake. Line ends become LF.
 */
final class SourceDecoder {

    /** Larger files are refused: no speech is this long, and a stray data file should not stall the build. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    /**
     * A UTF-8 reading with at least this share of its non-ASCII bytes in valid sequences is UTF-8 with a few bad
     * bytes. GBK text read as UTF-8 scores 0.33 to 0.37 (some of its byte pairs are valid UTF-8 by chance), so the
     * margin is wide, and a short UTF-8 file with one bad byte (讲话 and a stray byte: 6 of 7) still passes.
     */
    static final double UTF8_SHARE = 0.8;

    /**
     * A file is GB18030 when at most this share of its non-ASCII characters sit on lines that are valid UTF-8: GBK
     * lines of more than two or three characters are almost never valid UTF-8 by chance, so a file with many
     * valid UTF-8 lines and many invalid ones mixes encodings.
     */
    static final double GB18030_MAX_UTF8_LINES = 0.05;

    /** The share of non-ASCII bytes a GB18030 reading may get wrong and still be taken. */
    static final double GB18030_MAX_BAD = 0.02;

    /** Warnings named line by line; further bad lines are counted in one more warning. */
    static final int MAX_LINE_WARNINGS = 20;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final java.util.regex.Pattern LINE_START_BOMS = java.util.regex.Pattern.compile("(?m)^\uFEFF+");

    private SourceDecoder() {
    }

    record Decoded(Optional<SourceFile> file, List<Problem> problems) {
    }

    static Decoded tooLarge(String path, long size) {
        return failed(path, 0, String.format("file is too large (%.1f MB; the limit is %d MB)",
                size / 1048576.0, MAX_BYTES / 1048576));
    }

    static Decoded decode(String path, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return tooLarge(path, bytes.length);
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0 && !hasUtf16Bom(bytes)) {
            return failed(path, 0, "not a text file (it contains a NUL byte at offset " + nul + ")");
        }
        List<Problem> problems = new ArrayList<>();
        Reading chosen;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            chosen = Reading.of(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
            if (chosen.validShare() < UTF8_SHARE) {
                return failed(path, chosen.badLines().get(0), "starts with a UTF-8 byte order mark but most of it is "
                        + "not UTF-8 (from this line on); save the file as UTF-8");
            }
            chosen.warnBadLines(path, problems);
        } else if (hasUtf16Bom(bytes)) {
            boolean le = bytes[0] == (byte) 0xFF;
            chosen = Reading.of(bytes, 2, le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE,
                    le ? "UTF-16LE" : "UTF-16BE");
            chosen.warnBadLines(path, problems);
        } else {
            Reading utf8 = Reading.of(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
            // Clean UTF-8 holding Chinese is the common case and needs no second reading.
            boolean maybeGb = utf8.badBytes() > 0 || utf8.nonAsciiChars() > 0 && utf8.chineseChars() == 0;
            Reading gb = maybeGb ? Reading.of(bytes, 0, GB18030, "GB18030") : null;
            // UTF-8 with bad bytes is tried first: UTF-8 text read as GB18030 is mostly valid, as mojibake.
            boolean isGb = maybeGb && (utf8.badBytes() == 0 ? gbkThatLooksLikeUtf8(utf8, gb)
                    : utf8.validShare() < UTF8_SHARE && utf8.validLineShare() <= GB18030_MAX_UTF8_LINES
                            && gb.badShare() <= GB18030_MAX_BAD);
            if (isGb) {
                chosen = gb;
                problems.add(Problem.warning(path, utf8.badBytes() == 0 ? 1 : utf8.badLines().get(0),
                        "not UTF-8; read as GB18030 (GBK). Save the file as UTF-8 to silence this"));
                gb.warnBadLines(path, problems);
            } else if (utf8.validShare() >= UTF8_SHARE) {
                chosen = utf8;
                utf8.warnBadLines(path, problems);
            } else {
                return failed(path, utf8.badLines().get(0), String.format(java.util.Locale.ROOT,
                        "mixes encodings or is neither UTF-8 nor GB18030: %.0f%% of its non-ASCII text is on lines "
                        + "that are valid UTF-8, and this is the first line that is not. Save the whole file as UTF-8",
                        100 * utf8.validLineShare()));
            }
        }
        String text = withoutBoms(chosen.text().replace("\r\n", "\n").replace('\r', '\n'));
        if (text.isBlank()) {
            return failed(path, 0, "file is empty");
        }
        return new Decoded(Optional.of(new SourceFile(path, text, chosen.encoding())), List.copyOf(problems));
    }

    /**
     * A short GBK file can be valid UTF-8 by chance (一 in GBK is the bytes of Cyrillic һ). A speech corpus is
     * Chinese: a UTF-8 reading without a single Chinese character, where the GB18030 reading is nothing but Chinese,
     * is GBK.
     */
    private static boolean gbkThatLooksLikeUtf8(Reading utf8, Reading gb) {
        return gb.badBytes() == 0 && utf8.nonAsciiChars() > 0 && utf8.chineseChars() == 0
                && gb.chineseChars() == gb.nonAsciiChars();
    }

    /**
     * Files joined end to end carry a BOM each, at the start of a line; they are not text (U+FEFF as a word joiner
     * is long deprecated), and a file of nothing but BOMs is as empty as an empty file.
     */
    private static String withoutBoms(String text) {
        return text.indexOf('\uFEFF') < 0 ? text : LINE_START_BOMS.matcher(text).replaceAll("");
    }

    static Decoded failed(String path, int line, String message) {
        return new Decoded(Optional.empty(), List.of(Problem.error(path, line, message)));
    }

    /**
     * One reading of the bytes in one charset: the text with U+FFFD for each bad sequence, and the lines those are
     * on, counted as the parser counts them (LF, CRLF or CR ends a line).
     */
    private record Reading(String text, String encoding, int nonAsciiBytes, int badBytes, double validLineShare,
            List<Integer> badLines) {

        static Reading of(byte[] bytes, int offset, Charset charset, String encoding) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
            StringBuilder text = new StringBuilder(bytes.length);
            CharBuffer out = CharBuffer.allocate(8192);
            List<Integer> replaced = new ArrayList<>();
            int badBytes = 0;
            while (true) {
                CoderResult r = decoder.decode(in, out, true);
                if (r.isUnderflow() || r.isOverflow() || r.isError()) {
                    out.flip();
                    text.append(out);
                    out.clear();
                }
                if (r.isUnderflow()) {
                    decoder.flush(out);
                    out.flip();
                    text.append(out);
                    break;
                }
                if (r.isError()) {
                    replaced.add(text.length());
                    text.append('\uFFFD');
                    badBytes += r.length();
                    in.position(in.position() + r.length());
                }
            }
            int nonAscii = 0;
            for (int i = offset; i < bytes.length; i++) {
                if (bytes[i] < 0) {
                    nonAscii++;
                }
            }
            return measured(text.toString(), encoding, nonAscii, badBytes, replaced);
        }

        private static Reading measured(String text, String encoding, int nonAsciiBytes, int badBytes,
                List<Integer> replaced) {
            List<Integer> badLines = new ArrayList<>();
            int nonAsciiChars = 0;
            int onCleanLines = 0;
            int lineNonAscii = 0;
            boolean lineBad = false;
            int line = 1;
            int next = 0;
            for (int i = 0; i <= text.length(); i++) {
                boolean end = i == text.length();
                char c = end ? '\n' : text.charAt(i);
                if (next < replaced.size() && replaced.get(next) == i) {
                    lineBad = true;
                    next++;
                }
                if (!end && c >= 0x80) {
                    nonAsciiChars++;
                    lineNonAscii++;
                }
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    if (lineBad) {
                        badLines.add(line);
                    } else {
                        onCleanLines += lineNonAscii;
                    }
                    line++;
                    lineNonAscii = 0;
                    lineBad = false;
                }
            }
            double cleanShare = nonAsciiChars == 0 ? 1 : (double) onCleanLines / nonAsciiChars;
            return new Reading(text, encoding, nonAsciiBytes, badBytes, cleanShare, List.copyOf(badLines));
        }

        /** The share of non-ASCII bytes in valid sequences (1 for pure ASCII). */
        double validShare() {
            return nonAsciiBytes == 0 ? 1 : 1 - (double) badBytes / nonAsciiBytes;
        }

        double badShare() {
            return 1 - validShare();
        }

        int nonAsciiChars() {
            return (int) text.chars().filter(c -> c >= 0x80 && c != 0xFEFF).count();
        }

        int chineseChars() {
            return (int) text.chars().filter(Reading::isChinese).count();
        }

        private static boolean isChinese(int c) {
            return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                    || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2010 && c <= 0x2027 || c >= 0xD800 && c <= 0xDFFF;
        }

        void warnBadLines(String path, List<Problem> problems) {
            for (int i = 0; i < badLines.size() && i < MAX_LINE_WARNINGS; i++) {
                problems.add(Problem.warning(path, badLines.get(i), "bytes that are not " + encoding
                        + " on this line were replaced with \uFFFD; correct the line in the source"));
            }
            if (badLines.size() > MAX_LINE_WARNINGS) {
                problems.add(Problem.warning(path, badLines.get(MAX_LINE_WARNINGS), (badLines.size() - MAX_LINE_WARNINGS)
                        + " more lines, from this one on, have bytes that are not " + encoding + " (replaced with \uFFFD)"));
            }
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasUtf16Bom(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
