package wengao.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import wengao.text.KeptFile;

/**
 * The words smartcn found in each outline text (a title, heading or point) of the last build, so that related
 * speeches segment only the texts it has not seen: segmenting every outline costs most of that stage. Kept by the
 * text itself, which is all the words depend on (smartcn segments each text on its own), and by the code version,
 * which covers the analyzer's dictionaries; a file of another version, or damaged (it ends with a checksum of
 * what it holds), is not trusted: every outline is segmented again and {@link #note()} says why. Only the texts a
 * build used are kept for the next.
 */
public final class OutlineWords {

    private static final String FORMAT = "wengao-outline-words-2";
    private static final String[] NONE = new String[0];

    private final String version;
    private final String note;
    private final Map<String, String[]> previous;
    private final Map<String, String[]> used = new ConcurrentHashMap<>();
    private final AtomicInteger segmented = new AtomicInteger();

    private OutlineWords(String version, Map<String, String[]> previous, String note) {
        this.version = version;
        this.previous = previous;
        this.note = note;
    }

    /** Remembers nothing from before: every outline is segmented ({@code build --full}). */
    public static OutlineWords empty(String version) {
        return new OutlineWords(version, Map.of(), null);
    }

    /** What {@link #save} wrote to {@code file}; empty when there is none, or it cannot be trusted. */
    public static OutlineWords load(Path file, String version) {
        KeptFile.Read<Map<String, String[]>> kept = KeptFile.read(file, FORMAT, version, in -> {
            int n = in.readInt();
            if (n < 0) {
                throw new IOException("negative count");
            }
            Map<String, String[]> entries = new HashMap<>(Math.max(16, Math.min(n, 1 << 20) * 2));
            for (int i = 0; i < n; i++) {
                String text = string(in);
                int count = in.readInt();
                if (count < 0 || count > text.length()) {
                    throw new IOException("more words than characters");
                }
                String[] words = count == 0 ? NONE : new String[count];
                for (int w = 0; w < count; w++) {
                    words[w] = string(in);
                }
                entries.put(text, words);
            }
            return entries;
        });
        if (kept.value() != null) {
            return new OutlineWords(version, kept.value(), null);
        }
        return kept.distrust() == null ? empty(version)
                : untrusted(version, "the kept outline words file " + file + " " + kept.distrust());
    }

    private static OutlineWords untrusted(String version, String why) {
        return new OutlineWords(version, Map.of(), why + ": every outline is segmented again");
    }

    /** Why the last build's words were not used, when they were not. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** How many texts were segmented since this was loaded (the others' words were kept). */
    int segmented() {
        return segmented.get();
    }

    /** The words of {@code text}: those kept, or else what {@code segment} finds. Safe from any thread. */
    String[] of(String text, Function<String, String[]> segment) {
        String[] words = used.get(text);
        if (words != null) {
            return words;
        }
        words = previous.get(text);
        if (words == null) {
            words = segment.apply(text);
            segmented.incrementAndGet();
        }
        used.putIfAbsent(text, words);
        return words;
    }

    /** Writes the words of the texts used since this was loaded, sorted by text, so the same outlines make the same file. */
    public void save(Path file) throws IOException {
        List<Map.Entry<String, String[]>> sorted = new ArrayList<>(used.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        KeptFile.write(file, FORMAT, version, out -> {
            out.writeInt(sorted.size());
            for (Map.Entry<String, String[]> e : sorted) {
                string(out, e.getKey());
                out.writeInt(e.getValue().length);
                for (String w : e.getValue()) {
                    string(out, w);
                }
            }
        });
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        KeptFile.writeText(out, s);
    }

    private static String string(DataInputStream in) throws IOException {
        String s = KeptFile.readText(in);
        if (s == null) {
            throw new IOException("a missing word");
        }
        return s;
    }
}
