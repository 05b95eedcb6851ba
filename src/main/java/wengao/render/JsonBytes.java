package wengao.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON written straight into UTF-8 bytes, for the data files render writes by the tens of megabytes: the same bytes
 * as {@link wengao.json.JsonWriter#compact} of the same values, encoded, without a map per record, a string of the
 * whole, and its encoding after (which cost most of a full build's render). Strings are escaped as JsonWriter
 * escapes them; {@code JsonBytesTest} holds the two to each other.
 */
final class JsonBytes {

    private byte[] buf;
    private int size;

    JsonBytes(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
    }

    byte[] toByteArray() {
        return java.util.Arrays.copyOf(buf, size);
    }

    /** Characters that need no escape and no byte but their own: ASCII other than controls, quotes and markup. */
    private static final boolean[] PLAIN_ASCII = new boolean[0x80];

    static {
        for (char c = 0x20; c < 0x80; c++) {
            PLAIN_ASCII[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
        }
    }

    private void room(int more) {
        if (size + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /** ASCII text as it is, unescaped: the caller's punctuation and keys. */
    JsonBytes ascii(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    JsonBytes ascii(char c) {
        room(1);
        buf[size++] = (byte) c;
        return this;
    }

    JsonBytes number(long value) {
        return ascii(Long.toString(value));
    }

    JsonBytes bool(boolean value) {
        return ascii(value ? "true" : "false");
    }

    /** Bytes written before, {@code [from, from + count)}, once more: a value repeated, encoded once. */
    JsonBytes again(int from, int count) {
        room(count);
        System.arraycopy(buf, from, buf, size, count);
        size += count;
        return this;
    }

    /** A JSON string, quoted and escaped as JsonWriter escapes it, in UTF-8. */
    JsonBytes string(String s) {
        int n = s.length();
        // At most three bytes a character (a surrogate pair is four bytes for two); an escape six.
        room(n * 6 + 2);
        byte[] b = buf;
        int at = size;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (PLAIN_ASCII[c]) {
                    b[at++] = (byte) c;
                    continue;
                }
                switch (c) {
                    case '"' -> at = escape(b, at, '"');
                    case '\\' -> at = escape(b, at, '\\');
                    case '\n' -> at = escape(b, at, 'n');
                    case '\r' -> at = escape(b, at, 'r');
                    case '\t' -> at = escape(b, at, 't');
                    default -> at = unicode(b, at, c); // <, >, & and the other controls
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xc0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[at++] = (byte) (0xf0 | cp >> 18);
                b[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
                b[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
                b[at++] = (byte) (0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                // A surrogate without its other half would turn into '?' in a UTF-8 file: kept as an escape.
                at = unicode(b, at, c);
            } else {
                b[at++] = (byte) (0xe0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                b[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        b[at++] = '"';
        size = at;
        return this;
    }

    private static int escape(byte[] b, int at, char c) {
        b[at++] = '\\';
        b[at++] = (byte) c;
        return at;
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static int unicode(byte[] b, int at, char c) {
        b[at++] = '\\';
        b[at++] = 'u';
        b[at++] = HEX[c >> 12 & 0xf];
        b[at++] = HEX[c >> 8 & 0xf];
        b[at++] = HEX[c >> 4 & 0xf];
        b[at++] = HEX[c & 0xf];
        return at;
    }
}
