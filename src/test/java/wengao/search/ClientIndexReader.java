package wengao.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wengao.json.JsonReader;
import wengao.model.SearchPageHints;

/**
 * Reads an exported client index the way search-index.js does, step for step: file names, the script framing,
 * bucket lookup, and the bit decoder ({@code Bits} there). What the page would decode, this decodes.
 */
final class ClientIndexReader {

    private final Path dir;
    private final SearchPageHints hints;
    private final Map<String, Object> meta;
    /** Buckets read so far, as the page keeps them. */
    private final Map<String, Bucket> buckets = new HashMap<>();
    final int[] speechStart;
    final int[] headings;
    final int[] shardStart;

    @SuppressWarnings("unchecked")
    ClientIndexReader(Path dir, SearchPageHints hints) throws IOException {
        this.dir = dir;
        this.hints = hints;
        meta = (Map<String, Object>) load("meta");
        speechStart = ascending((String) meta.get("speechStart"));
        headings = plain((String) meta.get("headings"));
        shardStart = ascending((String) meta.get("shards"));
    }

    Object meta(String key) {
        return meta.get(key);
    }

    /**
     * The data a file registers, checking the framing {@code wengao.load("name",data);} ({@code wengao.load(null,data);}
     * for a text shard); null if absent.
     */
    Object load(String name) throws IOException {
        Path file = dir.resolve(name + ".js");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String js = Files.readString(file, StandardCharsets.UTF_8);
        // a text shard registers without its name: the page knows it by the script that loaded it
        String head = name.startsWith("t/") ? "wengao.load(null," : "wengao.load(\"" + name + "\",";
        if (!js.startsWith(head) || !js.endsWith(");\n")) {
            throw new IllegalStateException(name + ": not a wengao.load script");
        }
        return JsonReader.read(js.substring(head.length(), js.length() - 3));
    }

    /** A bucket as bucketOf() reads it. */
    record Bucket(Map<String, String> single, Map<String, Group> group) {
    }

    record Group(List<String> thirds, List<String> codes) {
    }

    Bucket bucketOf(String key) throws IOException {
        return bucketAt(PostingsBuckets.bucket(key, hints.buckets()));
    }

    @SuppressWarnings("unchecked")
    Bucket bucketAt(int bucket) throws IOException {
        String name = PostingsBuckets.name(bucket);
        if (!buckets.containsKey(name)) {
            List<String> data = (List<String>) load(name);
            Map<String, String> single = new HashMap<>();
            Map<String, Group> group = new HashMap<>();
            if (data != null && !data.get(0).isEmpty()) {
                String[] entries = data.get(0).split(" ", -1);
                String[] codes = data.get(1).split(" ", -1);
                int c = 0;
                for (String e : entries) {
                    int eq = e.indexOf('=');
                    if (eq < 0) {
                        single.put(e, codes[c++]);
                        continue;
                    }
                    List<String> thirds = e.substring(eq + 1).codePoints().mapToObj(Character::toString).toList();
                    group.put(e.substring(0, eq), new Group(thirds, List.of(codes).subList(c, c + thirds.size())));
                    c += thirds.size();
                }
                if (c != codes.length) {
                    throw new IllegalStateException(name + ": " + codes.length + " codes for " + c + " entries");
                }
            }
            buckets.put(name, new Bucket(single, group));
        }
        return buckets.get(name);
    }

    /** postings() of a one- or two-character gram; null if absent. */
    IndexView.Matches units(String gram) throws IOException {
        if (hints.heavy().contains(gram)) {
            return unitsWithFrequencies((String) load(HeavyPostings.name(gram)));
        }
        Bucket b = bucketOf(gram);
        if (b.single().containsKey(gram)) {
            return unitsWithFrequencies(b.single().get(gram));
        }
        Group g = b.group().get(gram);
        if (g == null || gram.codePointCount(0, gram.length()) != 2) {
            return null;
        }
        java.util.TreeMap<Integer, Integer> tf = new java.util.TreeMap<>();
        for (String code : g.codes()) {
            for (int[] row : rows(code, hints.unitBits())) {
                tf.merge(row[0], row.length - 1, Integer::sum);
            }
        }
        return new IndexView.Matches(tf.keySet().stream().mapToInt(Integer::intValue).toArray(),
                tf.values().stream().mapToInt(Integer::intValue).toArray());
    }

    /** postings() of a trigram; null if absent. */
    int[][] trigram(String gram) throws IOException {
        if (hints.heavy().contains(gram)) {
            return rows((String) load(HeavyPostings.name(gram)), hints.unitBits());
        }
        int[] cps = gram.codePoints().toArray();
        String prefix = new String(cps, 0, 2);
        Bucket b = bucketOf(prefix);
        Group g = b.group().get(prefix);
        if (g != null) {
            int k = g.thirds().indexOf(Character.toString(cps[2]));
            return k < 0 ? null : rows(g.codes().get(k), hints.unitBits());
        }
        if (!b.single().containsKey(prefix) && !hints.heavy().contains(prefix)) {
            return null;
        }
        String code = bucketOf(gram).single().get(gram);
        return code == null ? null : rows(code, hints.unitBits());
    }

    /** How many groups, and trigrams keyed alone in buckets, there are. */
    int[] entryKinds() throws IOException {
        int[] kinds = new int[2];
        for (int i = 0; i < hints.buckets(); i++) {
            Bucket b = bucketAt(i);
            kinds[0] += b.group().size();
            kinds[1] += (int) b.single().keySet().stream().filter(g -> g.codePointCount(0, g.length()) == 3).count();
        }
        return kinds;
    }

    /** Every gram the buckets and heavy files hold (a group's bigram and its trigrams, not its text ends). */
    List<String> grams() throws IOException {
        List<String> all = new ArrayList<>(hints.heavy());
        for (int i = 0; i < hints.buckets(); i++) {
            Bucket b = bucketAt(i);
            all.addAll(b.single().keySet());
            for (Map.Entry<String, Group> e : b.group().entrySet()) {
                all.add(e.getKey());
                for (String third : e.getValue().thirds()) {
                    if (!third.equals(String.valueOf(PostingsBuckets.END))) {
                        all.add(e.getKey() + third);
                    }
                }
            }
        }
        return all;
    }

    /** shardOf and unitText: [anchor, text] of a unit and [slug, title, date] of its speech. */
    @SuppressWarnings("unchecked")
    List<List<String>> unitText(int unit, int speech) throws IOException {
        int shard = 0;
        for (int i = 0; i < shardStart.length; i++) {
            if (shardStart[i] <= unit) {
                shard = i;
            }
        }
        Map<String, Object> data = (Map<String, Object>) JsonReader.read(inflated((String) load(TextShards.name(shard))));
        List<String> u = (List<String>) ((List<Object>) data.get("units")).get(unit - shardStart[shard]);
        int firstSpeech = 0; // the speech of the shard's first unit: its speeches are counted from it
        for (int i = 0; i + 1 < speechStart.length; i++) {
            if (speechStart[i] <= shardStart[shard]) {
                firstSpeech = i;
            }
        }
        List<String> s = (List<String>) ((Map<String, Object>) data.get("speeches")).get(Integer.toString(speech - firstSpeech));
        return List.of(u, s);
    }

    /** needText(): base64, then raw inflate, then UTF-8. */
    static String inflated(String code) {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        try {
            inflater.setInput(unpack(code));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("truncated text shard");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalStateException(e);
        } finally {
            inflater.end();
        }
    }

    /** themeSpeeches(): the speech ids of a theme from its group file; empty if none. */
    @SuppressWarnings("unchecked")
    int[] themeSpeeches(String slug) throws IOException {
        int groups = ((Number) meta.get("themeGroups")).intValue();
        Map<String, Object> group = (Map<String, Object>) load(ThemeShards.name(PostingsBuckets.bucket(slug, groups)));
        return group == null || !group.containsKey(slug) ? new int[0] : ascending((String) group.get(slug));
    }

    // ---- the decoder, as in search-index.js ---------------------------------------------------------------

    /** unpack(): five base-89 digits are four bytes; a last group of m + 1 digits, m bytes. */
    static byte[] unpack(String code) {
        int n = code.length();
        int rest = n % 5;
        byte[] out = new byte[n / 5 * 4 + (rest > 0 ? rest - 1 : 0)];
        int o = 0;
        for (int i = 0; i < n; i += 5) {
            int m = Math.min(5, n - i);
            long v = 0;
            for (int j = 0; j < 5; j++) {
                v = v * 89 + (j < m ? WireEncoder.DIGITS.indexOf(code.charAt(i + j)) : 88);
            }
            for (int k = 0; k < (m == 5 ? 4 : m - 1); k++) {
                out[o++] = (byte) (v >>> (8 * (3 - k)));
            }
        }
        return out;
    }

    static final class Bits {
        private final byte[] bytes;
        private int next;
        private int acc;
        private int left;

        Bits(String code) {
            this.bytes = unpack(code);
        }

        int bit() {
            if (left == 0) {
                acc = bytes[next++] & 0xFF;
                left = 8;
            }
            left--;
            return (acc >>> left) & 1;
        }

        int bits(int n) {
            int v = 0;
            for (int i = 0; i < n; i++) {
                v = v * 2 + bit();
            }
            return v;
        }

        int gamma() {
            int zeros = 0;
            while (bit() == 0) {
                zeros++;
            }
            return (1 << zeros) + bits(zeros);
        }

        int rice(int k) {
            int q = 0;
            while (bit() == 1) {
                q++;
            }
            return q * (1 << k) + bits(k);
        }

        /** Only padding is left: fewer than six bits, all zero. */
        boolean exhausted() {
            return next == bytes.length && (acc & ((1 << left) - 1)) == 0;
        }
    }

    static int[] ascending(String code) {
        Bits b = new Bits(code);
        int n = b.gamma() - 1;
        int k = b.bits(5);
        int[] out = new int[n];
        for (int i = 0, v = 0; i < n; i++) {
            v += b.rice(k);
            out[i] = v;
        }
        check(b, code);
        return out;
    }

    static int[] plain(String code) {
        Bits b = new Bits(code);
        int n = b.gamma() - 1;
        int k = b.bits(5);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = b.rice(k);
        }
        check(b, code);
        return out;
    }

    /** {units, tf} of a one- or two-character gram, read block by block as the page does. */
    static IndexView.Matches unitsWithFrequencies(String code) {
        Bits b = new Bits(code);
        java.util.List<Integer> units = new java.util.ArrayList<>();
        java.util.List<Integer> tf = new java.util.ArrayList<>();
        int unit = -1;
        for (boolean more = true; more; ) {
            int start = b.next * 8 - b.left;
            int groups = 0;
            more = b.bit() == 1;
            if (more) {
                groups = b.gamma();
                b.gamma();
            }
            int n = b.gamma() - 1;
            int k = b.bits(5);
            for (int i = 0; i < n; i++) {
                unit += b.rice(k) + 1;
                units.add(unit);
                tf.add(b.gamma());
            }
            if (more) {
                b.next = (start + groups * 32) / 8;
                b.left = 0;
            }
        }
        check(b, code);
        return new IndexView.Matches(units.stream().mapToInt(Integer::intValue).toArray(),
                tf.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Rows {unit, position, …} of a trigram. */
    /** search-index.js's {@code rows}: the first row's unit in {@code unitBits} plain bits (the page's hint). */
    static int[][] rows(String code, int unitBits) {
        Bits b = new Bits(code);
        int n = b.gamma() - 1;
        int kUnit = b.bits(5);
        int kPos = b.bits(5);
        int[][] out = new int[n][];
        for (int i = 0, unit = -1; i < n; i++) {
            unit = i == 0 ? b.bits(unitBits) : unit + b.rice(kUnit) + 1;
            int count = b.gamma();
            int[] row = new int[count + 1];
            row[0] = unit;
            int p = b.rice(kPos);
            row[1] = p;
            for (int j = 1; j < count; j++) {
                p += b.rice(kPos) + 1;
                row[j + 1] = p;
            }
            out[i] = row;
        }
        check(b, code);
        return out;
    }

    /** The page stops at the list's length; nothing but padding may follow. */
    private static void check(Bits b, String code) {
        if (!b.exhausted()) {
            throw new IllegalStateException("bits left over in " + code);
        }
    }
}
