package wengao.render;

import wengao.text.Fingerprint;

/**
 * A {@link Fingerprint} fed through a buffer, with the same result as feeding it directly: a description is many
 * small values (a tag, a length, a short string), which a fingerprint takes a byte at a time but a block of bytes
 * sixteen at a time.
 */
final class FingerprintBuffer {

    private final Fingerprint fingerprint = new Fingerprint();
    private final byte[] bytes;
    /** Text is copied out of its string in pieces this long, which fit in the buffer. */
    private final char[] chars;
    private int length;

    /** {@code size}: bytes held before they are fed to the fingerprint, 64 or more. */
    FingerprintBuffer(int size) {
        bytes = new byte[Math.max(64, size)];
        chars = new char[bytes.length / 4];
    }

    FingerprintBuffer add(byte b) {
        if (length == bytes.length) {
            flush();
        }
        bytes[length++] = b;
        return this;
    }

    /** A number, as its eight bytes, little-endian (as {@link Fingerprint#add(long)}). */
    FingerprintBuffer add(long value) {
        if (length + 8 > bytes.length) {
            flush();
        }
        for (int i = 0; i < 8; i++) {
            bytes[length++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    /** The text's UTF-16 code units, little-endian (as {@link Fingerprint#add(CharSequence)}). */
    FingerprintBuffer add(CharSequence text) {
        int n = text.length();
        for (int from = 0; from < n; from += chars.length) {
            int count = Math.min(chars.length, n - from);
            if (text instanceof String s) {
                s.getChars(from, from + count, chars, 0);
            } else {
                for (int i = 0; i < count; i++) {
                    chars[i] = text.charAt(from + i);
                }
            }
            if (length + 2 * count > bytes.length) {
                flush();
            }
            for (int i = 0; i < count; i++) {
                char c = chars[i];
                bytes[length++] = (byte) c;
                bytes[length++] = (byte) (c >>> 8);
            }
        }
        return this;
    }

    /** Feeds the whole blocks of sixteen bytes held; the rest (fewer than sixteen) stays for the next. */
    private void flush() {
        int whole = length & ~15;
        fingerprint.add(bytes, 0, whole);
        System.arraycopy(bytes, whole, bytes, 0, length - whole);
        length -= whole;
    }

    /** The fingerprint of everything added, as {@link Fingerprint#hex()}. */
    String hex() {
        fingerprint.add(bytes, 0, length);
        length = 0;
        return fingerprint.hex();
    }
}
