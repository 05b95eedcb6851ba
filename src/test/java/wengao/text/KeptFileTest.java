package wengao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptFileTest {

    @TempDir
    Path dir;

    private Path written() throws IOException {
        Path file = dir.resolve("kept.bin");
        KeptFile.write(file, "test-format-1", "v1", out -> {
            out.writeInt(3);
            out.writeUTF("一岗双责");
            out.writeLong(42);
        });
        return file;
    }

    private static KeptFile.Read<List<Object>> read(Path file, String format, String version) {
        return KeptFile.read(file, format, version, in -> List.of(in.readInt(), in.readUTF(), in.readLong()));
    }

    @Test
    void whatIsWrittenIsRead() throws IOException {
        KeptFile.Read<List<Object>> read = read(written(), "test-format-1", "v1");
        assertEquals(List.of(3, "一岗双责", 42L), read.value());
        assertNull(read.distrust());
    }

    @Test
    void noFileIsNothingToDistrust() {
        KeptFile.Read<List<Object>> read = read(dir.resolve("none.bin"), "test-format-1", "v1");
        assertNull(read.value());
        assertNull(read.distrust());
    }

    @Test
    void anotherFormatOrVersionIsNotTrusted() throws IOException {
        Path file = written();
        assertEquals("is not one this wengao reads", read(file, "test-format-2", "v1").distrust());
        assertEquals("was written by another version of wengao", read(file, "test-format-1", "v2").distrust());
    }

    @Test
    void everyFlippedBitCutAndAdditionIsDamage() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        int header = 2 + "test-format-1".length() + 2 + "v1".length();
        for (int at = header; at < bytes.length; at++) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x10;
            Files.write(file, damaged);
            KeptFile.Read<List<Object>> read = read(file, "test-format-1", "v1");
            assertNull(read.value(), "byte " + at);
            assertEquals("is damaged", read.distrust(), "byte " + at);
        }
        for (int length : new int[] {0, header, bytes.length - 1}) {
            Files.write(file, Arrays.copyOf(bytes, length));
            assertNull(read(file, "test-format-1", "v1").value(), "cut to " + length);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        Files.write(file, longer);
        assertEquals("is damaged", read(file, "test-format-1", "v1").distrust(), "a byte more");
    }
}
