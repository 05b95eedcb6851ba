package wengao.search;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import wengao.text.Fingerprint;

/**
 * The deflated text of the last build's text shards, by the fingerprint of their JSON, so that a build deflates
 * only shards whose text changed: deflating at the best compression is most of what the text shards cost. A
 * shard's deflated text is a function of its JSON and of the deflater; the file records how this machine's
 * deflater compresses a fixed probe, and a deflater that compresses it otherwise (another zlib) does not trust the
 * file, so a kept result is always the one deflating again would give. A damaged file, or one of another format,
 * is not trusted either: {@link #note()} says so, and every shard is deflated.
 */
final class DeflatedShards {

    static final String FILE = "text-shards.bin";
    private static final String FORMAT = "wengao-deflated-shards-1";

    private final Map<String, String> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final String note;

    private DeflatedShards(Map<String, String> previous, String note) {
        this.previous = previous;
        this.note = note;
    }

    /** Remembers nothing from before: every shard is deflated. */
    static DeflatedShards empty() {
        return new DeflatedShards(Map.of(), null);
    }

    /** What {@link #save} wrote to {@code file}; empty when there is none or it cannot be trusted. */
    static DeflatedShards load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException e) {
            return distrusted(file, "cannot be read (" + e.getMessage() + ")");
        }
        int payload = bytes.length - Long.BYTES * 2;
        if (payload < 0 || !Arrays.equals(Arrays.copyOfRange(bytes, payload, bytes.length), digest(bytes, payload))) {
            return distrusted(file, "is damaged");
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, payload))) {
            if (!in.readUTF().equals(FORMAT)) {
                return distrusted(file, "was written by another version of wengao");
            }
            if (!in.readUTF().equals(probe())) {
                // Another deflater: what it kept is not what this one makes, and a full build must be matched.
                return empty();
            }
            int count = in.readInt();
            Map<String, String> kept = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                byte[] packed = new byte[in.readInt()];
                in.readFully(packed);
                kept.put(key, new String(packed, StandardCharsets.ISO_8859_1));
            }
            return new DeflatedShards(kept, null);
        } catch (IOException | RuntimeException e) {
            return distrusted(file, "is damaged");
        }
    }

    private static DeflatedShards distrusted(Path file, String why) {
        return new DeflatedShards(Map.of(), "the kept text shards " + file + " " + why + "; every shard is deflated again");
    }

    /** Why the last build's file was not trusted, if it was not. */
    Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** {@link TextShards#deflated} of {@code json}: kept from the last build when its JSON was the same. */
    String deflated(String json) {
        String key = Fingerprint.of(json);
        String packed = previous.get(key);
        if (packed == null) {
            packed = TextShards.deflated(json);
        }
        current.put(key, packed);
        return packed;
    }

    /** Keeps this build's shards (only these: the file does not grow with every edit) for the next build. */
    void save(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(probe());
            Map<String, String> sorted = new TreeMap<>(current);
            out.writeInt(sorted.size());
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                out.writeUTF(e.getKey());
                byte[] packed = e.getValue().getBytes(StandardCharsets.ISO_8859_1);
                out.writeInt(packed.length);
                out.write(packed);
            }
        }
        byte[] payload = bytes.toByteArray();
        byte[] all = Arrays.copyOf(payload, payload.length + Long.BYTES * 2);
        System.arraycopy(digest(payload, payload.length), 0, all, payload.length, Long.BYTES * 2);
        Files.write(file, all);
    }

    private static byte[] digest(byte[] bytes, int length) {
        return java.util.HexFormat.of().parseHex(new Fingerprint().add(bytes, 0, Math.max(0, length)).hex());
    }

    /**
     * What a shard's file is made from, beside its name: its JSON, and the deflater (a shard file is taken from the
     * last build, {@link wengao.model.PageReuse}, only when both are the same).
     */
    String describe(String json) {
        return "text shard\n" + probe() + "\n" + Fingerprint.of(json);
    }

    /** How this machine's deflater compresses a fixed text of Chinese characters and punctuation (once a run). */
    private static String probe() {
        return Probe.VALUE;
    }

    private static final class Probe {
        static final String VALUE = deflatedProbe();
    }

    private static String deflatedProbe() {
        StringBuilder text = new StringBuilder(6_000);
        long state = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < 6_000; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            int pick = (int) ((state >>> 33) % 120);
            text.append(pick < 8 ? "，。、；：“”（）".charAt(pick) : (char) (0x4E00 + pick * 37));
        }
        return Fingerprint.of(TextShards.deflated(text.toString()));
    }
}
