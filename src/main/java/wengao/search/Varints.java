package wengao.search;

import java.io.ByteArrayOutputStream;

/** Unsigned variable-length integers, 7 bits a byte, low bits first: the byte format of exported postings. */
final class Varints {

    private Varints() {
    }

    static void write(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }
}
