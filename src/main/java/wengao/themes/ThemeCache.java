package wengao.themes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wengao.model.TextUnit;
import wengao.text.Fingerprint;
import wengao.text.KeptFile;

/**
 * What theme detection found in each speech's text in the last build, so that a build reads again only the
 * speeches whose text changed. Kept by the fingerprint of a speech's text units (a renamed speech keeps its
 * entry): its discovery candidates and the pairs of characters it holds, which depend on its text alone, and its
 * resolved matches, which depend on the table of terms too; the table they were found with is kept once. A
 * file written by another version of wengao, or damaged, is not trusted: the cache starts empty and
 * {@link #note()} says why. Entries are kept encoded ({@link KeptFindings}) and decoded by the threads that
 * detect.
 */
public final class ThemeCache {

    private static final String FORMAT = "wengao-theme-cache-3";

    /** The fingerprint of a speech's text units, in order. */
    record Key(long high, long low) {

        static Key of(List<TextUnit> units) {
            Fingerprint f = new Fingerprint();
            f.add(units.size());
            // The UTF-16 code units, little-endian, as Fingerprint#add(CharSequence) takes them; copied out in
            // bulk first, which is faster in the build's C1-compiled JVM than a character at a time.
            char[] chars = new char[256];
            byte[] bytes = new byte[512];
            for (TextUnit u : units) {
                String t = u.text();
                if (t.length() > chars.length) {
                    chars = new char[Math.max(t.length(), 2 * chars.length)];
                    bytes = new byte[2 * chars.length];
                }
                t.getChars(0, t.length(), chars, 0);
                for (int i = 0; i < t.length(); i++) {
                    bytes[2 * i] = (byte) chars[i];
                    bytes[2 * i + 1] = (byte) (chars[i] >>> 8);
                }
                f.add(t.length()).add(bytes, 0, 2 * t.length());
            }
            String hex = f.hex();
            return new Key(HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32));
        }
    }

    /** One speech's findings, encoded: candidates, matches (numbered by the kept table's terms), character pairs. */
    record Kept(byte[] candidates, byte[] found, byte[] bigrams) {
    }

    /** The terms the matches were found with, in the order of their numbers, and which of them are curated. */
    record TermTable(List<String> terms, BitSet curated) {

        static final TermTable NONE = new TermTable(List.of(), new BitSet());
    }

    private final String version;
    private final String note;
    private Map<Key, Kept> entries;
    /**
     * Each speech's key by what it was made from ({@link wengao.model.Corpus#sources()}): a speech's text is a
     * function of its source, so a speech whose source is the same need not have its text fingerprinted again.
     */
    private Map<String, Key> keys;
    private TermTable table;
    private int rescanned;
    private int rediscovered;

    private ThemeCache(String version, Map<Key, Kept> previous, Map<String, Key> keys, TermTable table, String note) {
        this.version = version;
        this.entries = previous;
        this.keys = keys;
        this.table = table;
        this.note = note;
    }

    /** A cache that remembers nothing from before: every speech is read ({@code build --full}). */
    public static ThemeCache empty(String version) {
        return new ThemeCache(version, Map.of(), Map.of(), TermTable.NONE, null);
    }

    /** The cache {@link #save} wrote to {@code file}; empty when there is none, or it cannot be trusted. */
    public static ThemeCache load(Path file, String version) {
        KeptFile.Read<ThemeCache> kept = KeptFile.read(file, FORMAT, version, in -> {
            int terms = in.readInt();
            List<String> list = new ArrayList<>(Math.max(0, Math.min(terms, 1 << 20)));
            BitSet curated = new BitSet();
            for (int i = 0; i < terms; i++) {
                list.add(in.readUTF());
                if (in.readBoolean()) {
                    curated.set(i);
                }
            }
            int n = in.readInt();
            Map<Key, Kept> entries = new HashMap<>(Math.max(16, Math.min(n, 1 << 20) * 2));
            for (int i = 0; i < n; i++) {
                Key key = new Key(in.readLong(), in.readLong());
                entries.put(key, new Kept(in.readNBytes(in.readInt()), in.readNBytes(in.readInt()),
                        in.readNBytes(in.readInt())));
            }
            int sources = in.readInt();
            Map<String, Key> keys = new HashMap<>(Math.max(16, Math.min(sources, 1 << 20) * 2));
            for (int i = 0; i < sources; i++) {
                keys.put(in.readUTF(), new Key(in.readLong(), in.readLong()));
            }
            return new ThemeCache(version, entries, keys, new TermTable(list, curated), null);
        });
        if (kept.value() != null) {
            return kept.value();
        }
        return kept.distrust() == null ? empty(version)
                : untrusted(version, "the theme cache " + file + " " + kept.distrust());
    }

    private static ThemeCache untrusted(String version, String why) {
        return new ThemeCache(version, Map.of(), Map.of(), TermTable.NONE, why + ": every speech's themes are found again");
    }

    /** Why the last build's findings were not used, when they were not. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** Speeches scanned for terms in the last detection (the others' matches were kept). */
    int rescanned() {
        return rescanned;
    }

    /** Speeches whose candidates were looked for in the last detection (the others' were kept). */
    int rediscovered() {
        return rediscovered;
    }

    Kept kept(Key key) {
        return entries.get(key);
    }

    /** The key of the speech made from {@code source} in the last detection, or null. */
    Key keyOf(String source) {
        return keys.get(source);
    }

    TermTable table() {
        return table;
    }

    /**
     * What a detection found, for the next one and to be saved; what it did not use is forgotten. Detections take
     * turns: one reads the cache (from any of its threads), then remembers.
     */
    void remember(TermTable found, Map<Key, Kept> kept, Map<String, Key> sources, int scanned, int discovered) {
        table = found;
        entries = kept;
        keys = sources;
        rescanned = scanned;
        rediscovered = discovered;
    }

    /**
     * Writes the last detection's findings (or what was loaded, if none ran), and lets go of them: the rest of the
     * build needs the memory. A detection after this one reads every speech.
     */
    public void save(Path file) throws IOException {
        KeptFile.write(file, FORMAT, version, out -> {
            out.writeInt(table.terms().size());
            for (int i = 0; i < table.terms().size(); i++) {
                out.writeUTF(table.terms().get(i));
                out.writeBoolean(table.curated().get(i));
            }
            // Sorted, so that the same findings make the same file.
            List<Map.Entry<Key, Kept>> sorted = new ArrayList<>(entries.entrySet());
            sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparingLong(Key::high).thenComparingLong(Key::low)));
            out.writeInt(sorted.size());
            for (Map.Entry<Key, Kept> e : sorted) {
                out.writeLong(e.getKey().high());
                out.writeLong(e.getKey().low());
                for (byte[] part : List.of(e.getValue().candidates(), e.getValue().found(), e.getValue().bigrams())) {
                    out.writeInt(part.length);
                    out.write(part);
                }
            }
            Map<String, Key> sources = new java.util.TreeMap<>(keys);
            out.writeInt(sources.size());
            for (Map.Entry<String, Key> e : sources.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue().high());
                out.writeLong(e.getValue().low());
            }
        });
        entries = Map.of();
        keys = Map.of();
        table = TermTable.NONE;
    }
}
