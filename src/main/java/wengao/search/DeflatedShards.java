package wengao.search;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import wengao.text.Fingerprint;

/**
 * The deflated text of the last build's text shards, by the fingerprint of their JSON, so that a build deflates
 * only shards whose text changed: deflating at the best compression is most of what the text shards cost. A
 * shard's deflated text is a function of its JSON and of the deflater; the file records how this machine's
 * deflater compresses a fixed probe, and a deflater that compresses it otherwise (another zlib) does not trust the
 * file, so a kept result is always the one deflating again would give. A damaged file, or one of another format,
 * is not trusted either: {@link #note()} says so, and every shard is deflated.
 *
 * <p>Neither build's texts are held in memory (at tens of thousands of speeches they are hundreds of megabytes):
 * the last build's are read from its file when asked for, and this build's go into its own file as they come.
 * A file is the texts one after another, then their index (fingerprint, where, how long, and the fingerprint of
 * the text itself, checked when it is read), then where the index starts and the fingerprint of the index.
 */
final class DeflatedShards implements AutoCloseable {

    static final String FILE = "text-shards.bin";
    private static final String FORMAT = "wengao-deflated-shards-2";
    private static final int TRAILER = Long.BYTES + 16;

    /** Where a text is in a file, and the fingerprint of its bytes. */
    private record Place(long offset, int length, String check) {
    }

    private final Path previousFile;
    private final Map<String, Place> previous;
    private final OutputStream out;
    private final Map<String, Place> current = new LinkedHashMap<>();
    private long written;
    private String note;
    private FileChannel previousChannel;

    private DeflatedShards(Path previousFile, Map<String, Place> previous, OutputStream out, String note) {
        this.previousFile = previousFile;
        this.previous = previous;
        this.out = out;
        this.note = note;
    }

    /** Remembers nothing from before and keeps nothing: every shard is deflated. */
    static DeflatedShards empty() {
        return new DeflatedShards(null, Map.of(), null, null);
    }

    /**
     * Takes what the last build kept in {@code previous} (null, or no file: nothing) and keeps this build's texts in
     * {@code next}, written by {@link #close}.
     */
    static DeflatedShards open(Path previous, Path next) throws IOException {
        Map<String, Place> kept = Map.of();
        String note = null;
        if (previous != null) {
            try {
                kept = index(previous);
            } catch (NoSuchFileException e) {
                kept = Map.of();
            } catch (Distrusted e) {
                note = "the kept text shards " + previous + " " + e.getMessage() + "; every shard is deflated again";
            } catch (IOException e) {
                note = "the kept text shards " + previous + " cannot be read (" + e.getMessage()
                        + "); every shard is deflated again";
            }
        }
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(next), 1 << 16);
        out.write(header());
        DeflatedShards shards = new DeflatedShards(previous, kept, out, note);
        shards.written = header().length;
        return shards;
    }

    private static final class Distrusted extends IOException {
        Distrusted(String why) {
            super(why);
        }
    }

    private static byte[] header() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(bytes)) {
            d.writeUTF(FORMAT);
            d.writeUTF(Probe.VALUE);
        }
        return bytes.toByteArray();
    }

    /** The index of a file, checked: its header is this format's and this deflater's, its index is whole. */
    private static Map<String, Place> index(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] header = header();
            if (size < header.length + TRAILER) {
                throw new Distrusted("is damaged");
            }
            byte[] start = read(channel, 0, header.length);
            if (!Arrays.equals(start, header)) {
                // The format's name comes first: a different one is another version; else another deflater.
                byte[] name = Arrays.copyOf(header, 2 + FORMAT.length());
                if (!Arrays.equals(Arrays.copyOf(start, name.length), name)) {
                    throw new Distrusted("was written by another version of wengao");
                }
                return Map.of(); // another deflater: what it kept is not what this one makes
            }
            ByteBuffer trailer = ByteBuffer.wrap(read(channel, size - TRAILER, TRAILER));
            long at = trailer.getLong();
            byte[] seal = new byte[16];
            trailer.get(seal);
            if (at < header.length || at > size - TRAILER) {
                throw new Distrusted("is damaged");
            }
            byte[] index = read(channel, at, (int) (size - TRAILER - at));
            if (!Arrays.equals(seal, digest(index))) {
                throw new Distrusted("is damaged");
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(index))) {
                int count = in.readInt();
                Map<String, Place> places = new HashMap<>(count * 2);
                for (int i = 0; i < count; i++) {
                    String key = in.readUTF();
                    places.put(key, new Place(in.readLong(), in.readInt(), in.readUTF()));
                }
                return places;
            } catch (IOException | RuntimeException e) {
                throw new Distrusted("is damaged");
            }
        }
    }

    private static byte[] read(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new Distrusted("is damaged");
            }
        }
        return buffer.array();
    }

    /** Why the last build's file was not trusted, if it was not. */
    Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** {@link TextShards#deflated} of {@code json}: kept from the last build when its JSON was the same. */
    String deflated(String json) {
        return deflated(() -> json, Fingerprint.of(json));
    }

    /**
     * {@link #deflated(String)} of the JSON {@code json} gives, made only when the last build did not keep
     * {@code key}: its fingerprint, or the fingerprint of what it is made from ({@link #describe}'s too).
     */
    synchronized String deflated(java.util.function.Supplier<String> json, String key) {
        byte[] packed = kept(key);
        if (packed == null) {
            packed = TextShards.deflated(json.get()).getBytes(StandardCharsets.ISO_8859_1);
        }
        keep(key, packed);
        return new String(packed, StandardCharsets.ISO_8859_1);
    }

    /** The last build's text for {@code key}, or null: none, or its bytes are not the ones it kept. */
    private byte[] kept(String key) {
        Place place = previous.get(key);
        if (place == null) {
            return null;
        }
        try {
            if (previousChannel == null) {
                previousChannel = FileChannel.open(previousFile, StandardOpenOption.READ);
            }
            byte[] bytes = read(previousChannel, place.offset(), place.length());
            if (Fingerprint.of(bytes).equals(place.check())) {
                return bytes;
            }
        } catch (IOException e) {
            // read as damaged: deflated again
        }
        if (note == null) {
            note = "the kept text shards " + previousFile + " are damaged; the shards affected are deflated again";
        }
        return null;
    }

    private void keep(String key, byte[] packed) {
        if (out == null || current.containsKey(key)) {
            return;
        }
        try {
            out.write(packed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current.put(key, new Place(written, packed.length, Fingerprint.of(packed)));
        written += packed.length;
    }

    /** Ends this build's file with its index (only this build's shards: the file does not grow with every edit). */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (previousChannel != null) {
                previousChannel.close();
            }
        } finally {
            if (out != null) {
                try (OutputStream o = out) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (DataOutputStream index = new DataOutputStream(bytes)) {
                        index.writeInt(current.size());
                        for (Map.Entry<String, Place> e : current.entrySet()) {
                            index.writeUTF(e.getKey());
                            index.writeLong(e.getValue().offset());
                            index.writeInt(e.getValue().length());
                            index.writeUTF(e.getValue().check());
                        }
                    }
                    byte[] index = bytes.toByteArray();
                    o.write(index);
                    o.write(ByteBuffer.allocate(Long.BYTES).putLong(written).array());
                    o.write(digest(index));
                }
            }
        }
    }

    private static byte[] digest(byte[] bytes) {
        return java.util.HexFormat.of().parseHex(Fingerprint.of(bytes));
    }

    /**
     * What a shard's file is made from, beside its name: its JSON (by {@code key}, its fingerprint or that of what it
     * is made from), and the deflater (a shard file is taken from the
     * last build, {@link wengao.model.PageReuse}, only when both are the same).
     */
    static String describe(String key) {
        return "text shard\n" + Probe.VALUE + "\n" + key;
    }

    /** How this machine's deflater compresses a fixed text of Chinese characters and punctuation (once a run). */
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
