package wengao.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * A buffered stream that sums what has been read in CRC-32, a buffer at a time: a kept file is read a few bytes at a
 * time (its numbers, its names), and summing byte by byte through {@link java.util.zip.CheckedInputStream} costs a
 * call into the checksum per byte. Reading ahead is safe, unlike a buffer under a checked stream: only what was
 * handed out counts.
 */
public final class ChecksummedInput extends InputStream {

    private final InputStream raw;
    private final byte[] buffer = new byte[1 << 16];
    private final CRC32 crc = new CRC32();
    private int pos;
    private int limit;
    private int summedTo;

    public ChecksummedInput(InputStream raw) {
        this.raw = raw;
    }

    @Override
    public int read() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buffer[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos == limit && !fill()) {
            return -1;
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(buffer, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean fill() throws IOException {
        crc.update(buffer, summedTo, pos - summedTo);
        summedTo = pos;
        int n = raw.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        limit = n;
        summedTo = 0;
        return true;
    }

    /** The CRC-32 of every byte read so far; what is read after is not summed until asked again. */
    public long sum() {
        crc.update(buffer, summedTo, pos - summedTo);
        summedTo = pos;
        return crc.getValue();
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }
}
