package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    private Path first() throws IOException {
        Path file = tmp.resolve("first.bin");
        try (DeflatedShards shards = DeflatedShards.open(null, file)) {
            JSON.forEach(shards::deflated);
        }
        return file;
    }

    @Test
    void keptTextIsWhatDeflatingGivesAndOnlyThisBuildsShardsAreKept() throws IOException {
        Path first = first();
        Path second = tmp.resolve("second.bin");
        String fresh = "{\"units\":[[\"p3\",\"新的一段。\"]]}";
        try (DeflatedShards shards = DeflatedShards.open(first, second)) {
            assertTrue(shards.note().isEmpty());
            for (String json : JSON) {
                assertEquals(TextShards.deflated(json), shards.deflated(json));
            }
            assertEquals(TextShards.deflated(fresh), shards.deflated(fresh), "a shard never seen is deflated");
            assertTrue(shards.note().isEmpty());
        }
        Path third = tmp.resolve("third.bin");
        try (DeflatedShards shards = DeflatedShards.open(second, third)) {
            assertEquals(TextShards.deflated(fresh), shards.deflated(fresh));
        }
        assertTrue(Files.size(third) < Files.size(second), "shards this build did not have are not kept");
        assertTrue(Files.size(second) > Files.size(first));
    }

    @Test
    void aDamagedIndexIsNotTrustedAndSaysSo() throws IOException {
        Path file = first();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 30] ^= 0x20; // in the index
        Files.write(file, bytes);
        try (DeflatedShards shards = DeflatedShards.open(file, tmp.resolve("next.bin"))) {
            assertTrue(shards.note().orElseThrow().contains("damaged"), shards.note().toString());
            assertEquals(TextShards.deflated(JSON.get(0)), shards.deflated(JSON.get(0)));
        }
        Files.write(file, new byte[] {1, 2, 3});
        try (DeflatedShards shards = DeflatedShards.open(file, tmp.resolve("next.bin"))) {
            assertTrue(shards.note().isPresent(), "a file too short is damaged too");
        }
        try (DeflatedShards shards = DeflatedShards.open(tmp.resolve("none"), tmp.resolve("next.bin"))) {
            assertFalse(shards.note().isPresent(), "no file is no news");
        }
    }

    @Test
    void aDamagedTextIsDeflatedAgainAndSaysSo() throws IOException {
        Path file = first();
        byte[] bytes = Files.readAllBytes(file);
        String whole = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = whole.indexOf(TextShards.deflated(JSON.get(1)));
        assertTrue(at > 0, "the text is in the file as it is");
        bytes[at + 2] ^= 0x01;
        Files.write(file, bytes);
        try (DeflatedShards shards = DeflatedShards.open(file, tmp.resolve("next.bin"))) {
            assertEquals(TextShards.deflated(JSON.get(0)), shards.deflated(JSON.get(0)));
            assertTrue(shards.note().isEmpty(), "an intact text is taken");
            assertEquals(TextShards.deflated(JSON.get(1)), shards.deflated(JSON.get(1)), "a damaged one is deflated");
            assertTrue(shards.note().orElseThrow().contains("damaged"));
        }
    }

    @Test
    void aFileOfAnotherFormatIsNotTrusted() throws IOException {
        Path file = first();
        byte[] bytes = Files.readAllBytes(file);
        bytes[2 + "wengao-deflated-shards-2".length() - 1] = '9'; // the format's name follows its two-byte length
        Files.write(file, bytes);
        try (DeflatedShards shards = DeflatedShards.open(file, tmp.resolve("next.bin"))) {
            assertTrue(shards.note().orElseThrow().contains("another version"), shards.note().toString());
        }
    }
}
