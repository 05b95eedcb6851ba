package wengao.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import wengao.model.Problem;
import wengao.model.SourceFile;

/**
 * Turns a file's bytes into text. UTF-8 (with or without BOM) is the norm; a file that is not valid UTF-8 is read
 * as GB18030, the superset of GBK and GB2312 that older speech collections are saved in, with a warning so the
 * editor can convert it. Line ends become LF.
 */
final class SourceDecoder {

    /** Larger files are refused: no speech is this long, and a stray data file should not stall the build. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private SourceDecoder() {
    }

    record Decoded(Optional<SourceFile> file, List<Problem> problems) {
    }

    static Decoded tooLarge(String path, long size) {
        return failed(path, String.format("file is too large (%.1f MB; the limit is %d MB)",
                size / 1048576.0, MAX_BYTES / 1048576));
    }

    static Decoded decode(String path, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return tooLarge(path, bytes.length);
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0 && !hasUtf16Bom(bytes)) {
            return failed(path, "not a text file (it contains a NUL byte at offset " + nul + ")");
        }
        String text;
        String encoding;
        Problem warning = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strictUtf8(bytes, 3);
            encoding = "UTF-8 (BOM)";
            if (text == null) {
                return failed(path, "starts with a UTF-8 byte order mark but is not valid UTF-8 (line "
                        + lineOfBadUtf8(bytes, 3) + ")");
            }
        } else if (hasUtf16Bom(bytes)) {
            boolean le = bytes[0] == (byte) 0xFF;
            text = new String(bytes, 2, bytes.length - 2, le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            encoding = le ? "UTF-16LE" : "UTF-16BE";
        } else {
            text = strictUtf8(bytes, 0);
            encoding = "UTF-8";
            if (text == null) {
                int badLine = lineOfBadUtf8(bytes, 0);
                text = new String(bytes, GB18030);
                encoding = "GB18030";
                warning = Problem.warning(path, badLine,
                        "not valid UTF-8 from this line on; read as GB18030 (GBK). Save the file as UTF-8 to silence this");
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            return failed(path, "file is empty");
        }
        SourceFile file = new SourceFile(path, text, encoding);
        return new Decoded(Optional.of(file), warning == null ? List.of() : List.of(warning));
    }

    private static Decoded failed(String path, String message) {
        return new Decoded(Optional.empty(), List.of(Problem.error(path, 0, message)));
    }

    private static String strictUtf8(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The 1-based line of the first byte sequence that is not UTF-8, for a message an editor can act on. */
    private static int lineOfBadUtf8(byte[] bytes, int offset) {
        int line = 1;
        int i = offset;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : -1;
            if (len < 0 || i + len > bytes.length) {
                return line;
            }
            for (int k = 1; k < len; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += len;
        }
        return line;
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
