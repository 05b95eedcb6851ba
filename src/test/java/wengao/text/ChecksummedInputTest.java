package wengao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The sum is the CRC-32 of exactly the bytes handed out, however they were asked for, across many buffers. */
class ChecksummedInputTest {

    @Test
    void theSumCoversWhatWasReadAndNothingAhead() throws IOException {
        Random r = new Random(3);
        byte[] data = new byte[300_000];
        r.nextBytes(data);
        for (int round = 0; round < 20; round++) {
            ChecksummedInput in = new ChecksummedInput(new ByteArrayInputStream(data));
            int read = 0;
            int stop = r.nextInt(data.length);
            while (read < stop) {
                if (r.nextBoolean()) {
                    in.read();
                    read++;
                } else {
                    byte[] b = new byte[1 + r.nextInt(100_000)];
                    int n = in.read(b, 0, Math.min(b.length, stop - read));
                    read += n;
                }
            }
            CRC32 crc = new CRC32();
            crc.update(data, 0, read);
            assertEquals(crc.getValue(), in.sum(), "after " + read + " bytes");
        }
    }
}
