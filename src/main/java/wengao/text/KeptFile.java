package wengao.text;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * A file a build keeps for the next one (parse results, theme findings, outline words): its format's name, the
 * version of wengao that wrote it, the body, then a checksum of all of it. Read and written as streams, since such a
 * file can be as large as the corpus. A file of another format or version, damaged, or cut short is never trusted:
 * {@link #read} says why, in words a one-line note can carry.
 */
public final class KeptFile {

    /** Reads the body, after the header; may throw on anything it finds wrong. */
    public interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Writes the body, after the header. */
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /**
     * What a read found: {@code value} when the file is there and trusted; else null, with {@code distrust} saying
     * why (null when there simply is no file), such as "is damaged", to follow the file's name.
     */
    public record Read<T>(T value, String distrust) {
    }

    private KeptFile() {
    }

    public static <T> Read<T> read(Path file, String format, String version, Reader<T> body) {
        InputStream stream;
        try {
            stream = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return new Read<>(null, null);
        } catch (IOException e) {
            return new Read<>(null, "cannot be read (" + e.getMessage() + ")");
        }
        ChecksummedInput summed = new ChecksummedInput(stream);
        try (DataInputStream in = new DataInputStream(summed)) {
            if (!format.equals(in.readUTF())) {
                return new Read<>(null, "is not one this wengao reads");
            }
            if (!version.equals(in.readUTF())) {
                return new Read<>(null, "was written by another version of wengao");
            }
            T value = body.read(in);
            long sum = summed.sum();
            if (in.readLong() != sum || in.read() >= 0) {
                throw new IOException("checksum");
            }
            return new Read<>(value, null);
        } catch (IOException | RuntimeException e) {
            return new Read<>(null, "is damaged");
        }
    }

    /** Writes the header, the body and the checksum; a file cut short lacks its checksum and is not trusted. */
    public static void write(Path file, String format, String version, Writer body) throws IOException {
        CRC32 crc = new CRC32();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            // Buffered above the checksum, which is then summed a buffer at a time, not a byte at a time.
            DataOutputStream checked = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(out, crc),
                    1 << 16));
            checked.writeUTF(format);
            checked.writeUTF(version);
            body.write(checked);
            checked.flush();
            out.writeLong(crc.getValue());
        }
    }

    /** The longest text {@link #readText} takes: a damaged length is refused, not allocated. */
    private static final int LONGEST_TEXT = 1 << 24;

    /** A text as UTF-8 after its length ({@link DataOutputStream#writeUTF} stops at 64 KB), or null as length -1. */
    public static void writeText(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** What {@link #writeText} wrote: the text, or null. */
    public static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > LONGEST_TEXT) {
            throw new IOException("length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("cut short");
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
