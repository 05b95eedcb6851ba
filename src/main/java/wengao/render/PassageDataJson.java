package wengao.render;

import wengao.text.Fingerprint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.json.JsonWriter;
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
                if (seen != null) {
                    f.add((byte) 0).add(seen.intValue());
                } else {
                    text(f.add((byte) 1), o.text());
                }
            }
            f.add((byte) (p.variant() ? 1 : 0)).add((byte) (p.stock() ? 1 : 0));
        }
        return PATH + "\n" + f.hex();
    }

    private static Fingerprint text(Fingerprint f, String s) {
        return f.add(s.length()).add(s);
    }

    static OutputFile of(PassageMap passages, MadeFiles made) {
        return made.write(PATH, out -> write(passages, out));
    }

    private static void write(PassageMap passages, java.io.OutputStream out) throws java.io.IOException {
        out.write("[".getBytes(StandardCharsets.UTF_8));
        String separator = "\n";
        for (SharedPassage p : passages.passages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", p.text());
            m.put("speeches", p.speeches());
            List<Object> occurrences = new ArrayList<>();
            for (PassageOccurrence o : p.occurrences()) {
                Map<String, Object> om = new LinkedHashMap<>();
                om.put("url", o.url());
                om.put("anchor", o.anchor());
                om.put("text", o.text());
                occurrences.add(om);
            }
            m.put("occurrences", occurrences);
            m.put("variant", p.variant());
            m.put("stock", p.stock());
            out.write((separator + JsonWriter.compact(m)).getBytes(StandardCharsets.UTF_8));
            separator = ",\n";
        }
        out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
    }
}
