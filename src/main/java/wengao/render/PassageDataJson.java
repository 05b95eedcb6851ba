package wengao.render;

import wengao.text.Fingerprint;

import java.nio.charset.StandardCharsets;
import java.util.List;
import wengao.model.OutputFile;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;

/**
 * {@code data/passages.json}: every shared passage, stock phrases included (flagged), in the stage's order (most
 * speeches first, then first use); its field names are an interface. One passage per line, written passage by
 * passage: a large corpus has hundreds of thousands of occurrences, too many to hold as one string.
 */
final class PassageDataJson {

    static final String PATH = "data/passages.json";

    private PassageDataJson() {
    }

    /**
     * Everything the file is written from, fingerprinted field by field as it is read: describing the passages as
     * text first would cost as much as writing the file, which is large and changes rarely. An occurrence's text is
     * mostly the very string of another occurrence of its passage (the passages stage holds the words of a passage
     * said alike once): such a text is described by the number of the one it is, in the order they came, and only
     * the others by their characters.
     */
    static String inputs(PassageMap passages) {
        Fingerprint f = new Fingerprint().add(passages.passages().size());
        java.util.IdentityHashMap<String, Integer> texts = new java.util.IdentityHashMap<>();
        for (SharedPassage p : passages.passages()) {
            texts.clear();
            texts.put(p.text(), 0);
            text(f, p.text()).add(p.speeches()).add(p.occurrences().size());
            for (PassageOccurrence o : p.occurrences()) {
                // The slug, not the URL made from it: the same description, without making a string per occurrence.
                text(text(f, o.speech()), o.anchor());
                Integer seen = texts.putIfAbsent(o.text(), texts.size());
                // Numbers of eight bytes, not flags of one: text then stays on whole characters of the
                // fingerprint's blocks, which it takes eight at a time. A text seen is its number, negated (~n
                // is below zero, a length is not).
                if (seen != null) {
                    f.add(~(long) seen.intValue());
                } else {
                    text(f, o.text());
                }
            }
            f.add((p.variant() ? 1 : 0) | (p.stock() ? 2 : 0));
        }
        return PATH + "\n" + f.hex();
    }

    private static Fingerprint text(Fingerprint f, String s) {
        return f.add(s.length()).add(s);
    }

    static OutputFile of(PassageMap passages, MadeFiles made) {
        return made.write(PATH, out -> write(passages, out));
    }

    /** Passages encoded together, by one thread: a few hundred kilobytes. */
    private static final int BLOCK = 256;

    /**
     * The file, a passage a line: blocks of passages encoded side by side, a few at a time, and written in order, so
     * that the file is never held whole.
     */
    private static void write(PassageMap passages, java.io.OutputStream out) throws java.io.IOException {
        List<SharedPassage> all = passages.passages();
        out.write('[');
        int blocks = (all.size() + BLOCK - 1) / BLOCK;
        int window = Math.max(2, 2 * java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
        for (int first = 0; first < blocks; first += window) {
            int from = first;
            List<JsonBytes> encoded = java.util.stream.IntStream.range(from, Math.min(blocks, from + window)).parallel()
                    .mapToObj(b -> block(all, b * BLOCK, Math.min(all.size(), (b + 1) * BLOCK))).toList();
            for (JsonBytes block : encoded) {
                block.writeTo(out);
            }
        }
        out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Passages {@code [from, to)}, each after its separator ("\n" before the first of the file, ",\n" before the
     * others), as {@code JsonWriter.compact} writes {text, speeches, occurrences: [{url, anchor, text}], variant,
     * stock}. An occurrence's text that is the very string of one before it in the passage is copied as encoded.
     */
    private static JsonBytes block(List<SharedPassage> all, int from, int to) {
        JsonBytes out = new JsonBytes(1 << 16);
        java.util.IdentityHashMap<String, int[]> texts = new java.util.IdentityHashMap<>();
        for (int i = from; i < to; i++) {
            SharedPassage p = all.get(i);
            texts.clear();
            out.ascii(i == 0 ? "\n" : ",\n").ascii("{\"text\":").string(p.text())
                    .ascii(",\"speeches\":").number(p.speeches()).ascii(",\"occurrences\":[");
            List<PassageOccurrence> occurrences = p.occurrences();
            for (int k = 0; k < occurrences.size(); k++) {
                PassageOccurrence o = occurrences.get(k);
                out.ascii(k == 0 ? "{\"url\":" : ",{\"url\":").string(o.url()).ascii(",\"anchor\":").string(o.anchor())
                        .ascii(",\"text\":");
                int[] at = texts.get(o.text());
                if (at != null) {
                    out.again(at[0], at[1]);
                } else {
                    int start = out.size();
                    out.string(o.text());
                    texts.put(o.text(), new int[] {start, out.size() - start});
                }
                out.ascii('}');
            }
            out.ascii("],\"variant\":").bool(p.variant()).ascii(",\"stock\":").bool(p.stock()).ascii('}');
        }
        return out;
    }
}
