package wengao.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import wengao.text.KeptFile;

/**
 * What parsing each file (speeches, and theme files) gave in the last build, keyed by the file's name and the
 * fingerprint of its bytes, so that a build parses only files that changed. Parsing is a function of name and bytes alone (and of wengao's code, which
 * the {@code version} stands for), so a kept result is the result. Entries are kept encoded
 * ({@link ParseCodec}) and decoded only when asked for, on the parsing threads. A file written by another version, or damaged, is not trusted: the
 * cache starts empty and {@link #note()} says why.
 */
public final class ParseCache {

    static final String FORMAT = "wengao-parse-cache-3";

    /** The bytes' digest and the {@link ParsedSpeech}, as {@link ParseCodec} writes it. */
    private record Entry(byte[] digest, byte[] parsed) {
    }

    private final String version;
    private Map<String, Entry> previous;
    private Map<String, Entry> current = new ConcurrentHashMap<>();
    private final String note;
    private final AtomicInteger parsed = new AtomicInteger();

    private ParseCache(String version, Map<String, Entry> previous, String note) {
        this.version = version;
        this.previous = previous;
        this.note = note;
    }

    /** A cache that remembers nothing from before: every file is parsed ({@code build --full}). */
    public static ParseCache empty(String version) {
        return new ParseCache(version, Map.of(), null);
    }

    /** The cache {@link #save} wrote to {@code file}; empty when there is none, or it cannot be trusted. */
    public static ParseCache load(Path file, String version) {
        KeptFile.Read<Map<String, Entry>> kept = KeptFile.read(file, FORMAT, version, in -> {
            int n = in.readInt();
            Map<String, Entry> entries = new java.util.HashMap<>(Math.max(16, Math.min(n, 1 << 20) * 2));
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                byte[] digest = in.readNBytes(in.readInt());
                byte[] parsed = in.readNBytes(in.readInt());
                entries.put(name, new Entry(digest, parsed));
            }
            return entries;
        });
        if (kept.value() != null) {
            return new ParseCache(version, kept.value(), null);
        }
        return new ParseCache(version, Map.of(), kept.distrust() == null ? null
                : "the parse cache " + file + " " + kept.distrust() + ": every file is parsed again");
    }

    /** Why the last build's results were not used, when they were not. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** Files parsed in this build (the others came from the cache). */
    public int parsed() {
        return parsed.get();
    }

    /**
     * The result for {@code name} with the bytes of this {@link #digest}: from the cache when it has them, else from
     * {@code parse}.
     */
    ParsedSpeech get(String name, byte[] digest, Supplier<ParsedSpeech> parse) {
        return kept(name, digest, parse, ParseCodec::decodeSpeech, ParseCodec::encode, true);
    }

    /**
     * What the theme file {@code name} with the bytes of this {@link #digest} gives, as {@link #get} gives a
     * speech: a theme file is read by name and bytes alone too. It is not counted among the files parsed.
     */
    ThemeFileReader.ThemeFile theme(String name, byte[] digest, Supplier<ThemeFileReader.ThemeFile> read) {
        return kept(name, digest, read, ParseCodec::decodeTheme, ParseCodec::encode, false);
    }

    private interface Decoder<T> {
        T decode(byte[] bytes) throws IOException;
    }

    /** The kept result for {@code name} with the bytes of this {@link #digest}, or null when there is none. */
    ParsedSpeech held(String name, byte[] digest) {
        return held(name, digest, ParseCodec::decodeSpeech);
    }

    private <T> T held(String name, byte[] digest, Decoder<T> decoder) {
        Entry old = previous.get(name);
        if (old != null && Arrays.equals(old.digest, digest)) {
            try {
                T kept = decoder.decode(old.parsed);
                current.put(name, old);
                return kept;
            } catch (IOException | RuntimeException e) {
                // a damaged entry is parsed again
            }
        }
        return null;
    }

    private <T> T kept(String name, byte[] digest, Supplier<T> make, Decoder<T> decoder, Function<T, byte[]> encoder,
                       boolean counted) {
        T kept = held(name, digest, decoder);
        if (kept != null) {
            return kept;
        }
        T fresh = make.get();
        if (counted) {
            parsed.incrementAndGet();
        }
        current.put(name, new Entry(digest, encoder.apply(fresh)));
        return fresh;
    }

    /**
     * Writes what this build parsed or took from the cache (files gone since are forgotten), and lets go of it: the
     * encoded speeches are as large as the corpus, and the rest of the build needs the memory.
     */
    public void save(Path file) throws IOException {
        Map<String, Entry> sorted = new TreeMap<>(current);
        KeptFile.write(file, FORMAT, version, out -> {
            out.writeInt(sorted.size());
            for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().digest.length);
                out.write(e.getValue().digest);
                out.writeInt(e.getValue().parsed.length);
                out.write(e.getValue().parsed);
            }
        });
        previous = Map.of();
        current = new ConcurrentHashMap<>();
    }

    static byte[] digest(byte[] bytes) {
        return java.util.HexFormat.of().parseHex(wengao.text.Fingerprint.of(bytes));
    }
}
