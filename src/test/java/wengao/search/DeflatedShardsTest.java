package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept shard is what deflating again gives; only this build's shards are kept; a file not to trust is not. */
class DeflatedShardsTest {

    @TempDir
    Path tmp;

    private static final List<String> JSON = List.of("{\"units\":[[\"p1\",\"全面从严治党永远在路上。\"]]}",
            "{\"units\":[[\"p2\",\"酒杯一端，丢了饭碗。\"]]}", "{}");

    @Test
    void keptTextIsWhatDeflatingGivesAndOnlyThisBuildsShardsAreKept() throws IOException {
        Path file = tmp.resolve(DeflatedShards.FILE);
        DeflatedShards first = DeflatedShards.empty();
        JSON.forEach(first::deflated);
        first.save(file);

        DeflatedShards second = DeflatedShards.load(file);
        assertTrue(second.note().isEmpty());
        for (String json : JSON) {
            assertEquals(TextShards.deflated(json), second.deflated(json));
        }
        String fresh = "{\"units\":[[\"p3\",\"新的一段。\"]]}";
        assertEquals(TextShards.deflated(fresh), second.deflated(fresh), "a shard never seen is deflated");
        second.save(file);
        long withFour = Files.size(file);

        DeflatedShards third = DeflatedShards.load(file);
        third.deflated(fresh);
        third.save(file);
        assertTrue(Files.size(file) < withFour, "shards this build did not have are not kept");
    }

    @Test
    void aDamagedFileIsNotTrustedAndSaysSo() throws IOException {
        Path file = tmp.resolve(DeflatedShards.FILE);
        DeflatedShards first = DeflatedShards.empty();
        JSON.forEach(first::deflated);
        first.save(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);

        DeflatedShards damaged = DeflatedShards.load(file);
        assertTrue(damaged.note().orElseThrow().contains("damaged"), damaged.note().toString());
        assertEquals(TextShards.deflated(JSON.get(0)), damaged.deflated(JSON.get(0)));

        Files.write(file, new byte[] {1, 2, 3});
        assertTrue(DeflatedShards.load(file).note().isPresent(), "a file too short is damaged too");
        assertFalse(DeflatedShards.load(tmp.resolve("none")).note().isPresent(), "no file is no news");
    }

    @Test
    void aFileOfAnotherFormatIsNotTrusted() throws IOException {
        Path file = tmp.resolve(DeflatedShards.FILE);
        DeflatedShards first = DeflatedShards.empty();
        first.deflated(JSON.get(0));
        first.save(file);
        byte[] bytes = Files.readAllBytes(file);
        // The format's name follows its two-byte length: change its last character and seal the file again.
        int at = 2 + "wengao-deflated-shards-1".length() - 1;
        bytes[at] = '9';
        byte[] payload = java.util.Arrays.copyOf(bytes, bytes.length - 16);
        byte[] seal = java.util.HexFormat.of().parseHex(new wengao.text.Fingerprint().add(payload).hex());
        System.arraycopy(seal, 0, bytes, payload.length, 16);
        Files.write(file, bytes);
        assertTrue(DeflatedShards.load(file).note().orElseThrow().contains("another version"));
    }
}
