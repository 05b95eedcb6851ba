package wengao.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with unsynchronised writes: postings are encoded into these by the million. */
final class ByteSink {

    private byte[] bytes = new byte[256];
    private int size;

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = (byte) b;
    }

    void write(byte[] b) {
        if (size + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
        }
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    void write(String ascii) {
        write(ascii.getBytes(StandardCharsets.UTF_8));
    }

    /** Unsigned variable-length integer, 7 bits a byte, low bits first. */
    void varint(int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        write(v);
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }
}
