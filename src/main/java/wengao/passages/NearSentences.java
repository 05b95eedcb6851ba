package wengao.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Near-identical sentences in different speeches: at most one character in ten differs (教育百遍不如问责一次 and
 * 教育千遍，不如问责一次). Exact runs cannot find these when the sentence is short; here every sentence (and every
 * quoted span) of {@value #MIN_LENGTH} to {@value #MAX_LENGTH} normalized characters gets keys for itself and for
 * each of its one-character deletions: two sentences one edit apart share a key, and so do many two edits apart.
 * Pairs sharing a key are checked by edit distance; near sentences are joined into groups. A longer sentence one
 * edit from another shares an exact run of at least half its length, which the exact runs find.
 */
final class NearSentences {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 40;
    /** Keys shared by more sentences than this are skeletons of a common pattern, not evidence of a variant. */
    private static final int MAX_KEY_SHARERS = 48;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
    /** Keys are sorted in parts of about this many (32 MB), so that a large corpus does not hold all its keys. */
    static final int PART_KEYS = 1 << 22;

    /** A sentence where it stands: unit of the corpus text and span of the unit's source text. */
    record Place(int unit, int start, int end) {
    }

    /** Near sentences of one group: each distinct normalized form with its places. */
    record Group(List<String> forms, List<List<Place>> places) {
    }

    private final CorpusText corpus;
    private final SentenceForms forms;

    private NearSentences(CorpusText corpus) {
        this.corpus = corpus;
        this.forms = new SentenceForms(corpus.text);
    }

    /**
     * The groups, and the classes of keys (a key's top 32 bits, ascending) that two or more keys fell in: no other
     * class of keys can join two forms, so the next build looks at these and at the classes of the speeches it
     * splits afresh, not at every key.
     */
    record Found(List<Group> groups, int[] shared) {
    }

    /** {@code parts}: how many parts the keys are sorted in, 0 to size them from the corpus; the groups are the same. */
    static List<Group> find(CorpusText corpus, int parts) {
        return find(corpus, parts, SentencePlaces.of(corpus, null, null), null).groups();
    }

    /**
     * As {@link #find(CorpusText, int)}, of the sentences {@code places} has found in {@code corpus}. {@code shared}:
     * the last build's {@link Found#shared}, when every speech {@code places} did not split afresh was in it with
     * the same text; or null to sort every key.
     */
    static Found find(CorpusText corpus, int parts, SentencePlaces places, int[] shared) {
        NearSentences n = new NearSentences(corpus);
        java.util.BitSet fresh = new java.util.BitSet();
        for (int s = 0; s < places.speeches(); s++) {
            int first = corpus.firstUnit(s);
            boolean split = places.split == null || places.split.get(s);
            for (int p = places.firsts[s]; p < places.firsts[s + 1]; p++) {
                int unit = first + SentencePlaces.unit(places.unitLength[p]);
                int form = n.forms.add(corpus.unitStart[unit] + places.from[p],
                        SentencePlaces.length(places.unitLength[p]), unit, places.start[p], places.end[p]);
                if (split) {
                    fresh.set(form);
                }
            }
        }
        n.forms.index();
        return n.groups(parts, shared == null ? null : new Classes(shared), fresh);
    }

    /**
     * {@code before}: the classes two or more keys fell in last build, or null. A form none of whose places is in a
     * speech split afresh was in the last build with the same keys; so a class of two keys or more now either had
     * two or more then, or holds a key of a form of a speech split afresh. Only those classes are sorted, each
     * whole: the same pairs are compared as when every key is.
     */
    private Found groups(int parts, Classes before, java.util.BitSet fresh) {
        int count = forms.count();
        int idBits = Math.max(1, 64 - Long.numberOfLeadingZeros(count));
        long idMask = (1L << idBits) - 1;
        int[] parent = new int[count];
        for (int i = 0; i < count; i++) {
            parent[i] = i;
        }
        Classes shared = new Classes();
        long[] among = before == null ? null : among(before, fresh, idMask);
        if (among != null) {
            unite(parent, among, among.length, idMask, shared);
        } else {
            long keyCount = 0;
            for (int id = 0; id < count; id++) {
                keyCount += forms.length(id) + 1;
            }
            int n = parts > 0 ? parts : (int) Math.max(1, (keyCount + PART_KEYS - 1) / PART_KEYS);
            long[] keys;
            if (n == 1) {
                keys = new long[(int) keyCount];
            } else {
                int[] sizes = new int[n];
                keys(n, -1, idMask, null, sizes);
                keys = new long[Arrays.stream(sizes).max().orElse(0)];
            }
            for (int part = 0; part < n; part++) {
                unite(parent, keys, keys(n, part, idMask, keys, null), idMask, shared);
            }
        }
        int[] size = new int[count];
        for (int id = 0; id < count; id++) {
            size[find(parent, id)]++;
        }
        Map<Integer, List<Integer>> members = new java.util.TreeMap<>();
        for (int id = 0; id < count; id++) {
            int root = find(parent, id);
            if (size[root] >= 2) {
                members.computeIfAbsent(root, r -> new ArrayList<>()).add(id);
            }
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
            List<Integer> ms = e.getValue();
            List<String> fs = new ArrayList<>();
            List<List<Place>> ps = new ArrayList<>();
            for (int id : ms) {
                fs.add(forms.text(id));
                List<Place> at = new ArrayList<>(forms.placeCount(id));
                for (int k = 0; k < forms.placeCount(id); k++) {
                    at.add(forms.place(id, k));
                }
                ps.add(at);
            }
            out.add(new Group(fs, ps));
        }
        return new Found(out, shared.sorted());
    }

    /**
     * Every key of a class in {@code before} or of a form in {@code fresh}; null when they are too many for one
     * part, since the keys are then sorted in parts.
     */
    private long[] among(Classes before, java.util.BitSet fresh, long idMask) {
        long[] one = new long[MAX_LENGTH + 1];
        Classes look = new Classes(before);
        for (int id = fresh.nextSetBit(0); id >= 0; id = fresh.nextSetBit(id + 1)) {
            int k = formKeys(id, idMask, one);
            for (int i = 0; i < k; i++) {
                look.add(classOf(one[i]));
            }
            if (look.size() > PART_KEYS / 4) {
                return null;
            }
        }
        long[] out = new long[1024];
        int n = 0;
        for (int id = 0; id < forms.count(); id++) {
            int k = formKeys(id, idMask, one);
            for (int i = 0; i < k; i++) {
                if (look.contains(classOf(one[i]))) {
                    if (n == out.length) {
                        if (n >= PART_KEYS) {
                            return null;
                        }
                        out = Arrays.copyOf(out, 2 * n);
                    }
                    out[n++] = one[i];
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The class of a key: its top 32 bits, which hold the bits that sharing a key compares for any count of forms. */
    private static int classOf(long key) {
        return (int) (key >>> 32);
    }

    /** The keys of form {@code id} into {@code out}: of itself, then of each one-character deletion; how many. */
    private int formKeys(int id, long idMask, long[] out) {
        int len = forms.length(id);
        long[] prefix = this.prefix;
        long[] power = this.power;
        power[0] = 1;
        for (int i = 0; i < len; i++) {
            prefix[i + 1] = prefix[i] * MULTIPLIER + forms.charAt(id, i);
            power[i + 1] = power[i] * MULTIPLIER;
        }
        int n = 0;
        for (int i = -1; i < len; i++) {
            if (i < 0) {
                out[n++] = key(prefix[len], len, idMask, id);
            } else {
                long suffix = prefix[len] - prefix[i + 1] * power[len - 1 - i];
                long without = prefix[i] * power[len - 1 - i] + suffix;
                out[n++] = key(without, len - 1, idMask, id);
            }
        }
        return n;
    }

    private final long[] prefix = new long[MAX_LENGTH + 1];
    private final long[] power = new long[MAX_LENGTH + 1];

    /**
     * The keys of every form, of its one-character deletions too: those of part {@code part} of {@code parts} into
     * {@code out}, returning how many; or, when {@code out} is null, how many each part has.
     * A part holds a range of key values, so the parts in order are the sorted keys cut in pieces.
     */
    private int keys(int parts, int part, long idMask, long[] out, int[] sizes) {
        long[] one = new long[MAX_LENGTH + 1];
        int n = 0;
        for (int id = 0; id < forms.count(); id++) {
            int k = formKeys(id, idMask, one);
            for (int i = 0; i < k; i++) {
                long key = one[i];
                if (out == null) {
                    sizes[partOf(key, parts)]++;
                } else if (parts == 1 || partOf(key, parts) == part) {
                    out[n++] = key;
                }
            }
        }
        return n;
    }

    /** Monotone in the key read signed, as {@link Arrays#sort(long[])} orders keys. */
    private static int partOf(long key, int parts) {
        return (int) ((((key >>> 32) ^ 0x80000000L) * parts) >>> 32);
    }

    /**
     * Joins the forms of each pair that shares one of the {@code n} keys and is near, in the keys' order; the
     * classes two or more of the keys fall in go to {@code shared}.
     */
    private void unite(int[] parent, long[] keys, int n, long idMask, Classes shared) {
        sort(keys, n);
        for (int i = 1; i < n; i++) {
            if (classOf(keys[i]) == classOf(keys[i - 1])) {
                shared.add(classOf(keys[i]));
            }
        }
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && (keys[j] & ~idMask) == (keys[i] & ~idMask)) {
                j++;
            }
            if (j - i >= 2 && j - i <= MAX_KEY_SHARERS) {
                for (int a = i; a < j; a++) {
                    for (int b = a + 1; b < j; b++) {
                        int x = (int) (keys[a] & idMask);
                        int y = (int) (keys[b] & idMask);
                        if (x != y && find(parent, x) != find(parent, y) && near(x, y)) {
                            parent[find(parent, x)] = find(parent, y);
                        }
                    }
                }
            }
            i = j;
        }
    }

    private static final int BUCKET_BITS = 11;

    /**
     * Sorts {@code a[0, n)} as {@link Arrays#sort(long[])} does: dealt in place into buckets by the top bits (the
     * keys are hashes, so the buckets are even), each bucket then sorted on its own. The build's C1 compiler makes a
     * quicksort of millions of keys a fifth of the one-speech stage; this takes about half of it, with no buffer.
     */
    static void sort(long[] a, int n) {
        int buckets = 1 << BUCKET_BITS;
        int[] start = new int[buckets + 1];
        for (int i = 0; i < n; i++) {
            start[bucket(a[i]) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] next = Arrays.copyOf(start, buckets);
        for (int b = 0; b < buckets; b++) {
            int end = start[b + 1];
            while (next[b] < end) {
                long v = a[next[b]];
                int d = bucket(v);
                while (d != b) { // v goes to its bucket; what stood there comes out to be placed next
                    long t = a[next[d]];
                    a[next[d]++] = v;
                    v = t;
                    d = bucket(v);
                }
                a[next[b]++] = v;
            }
        }
        for (int b = 0; b < buckets; b++) {
            Arrays.sort(a, start[b], start[b + 1]);
        }
    }

    /** The top bits of a key read signed, as a bucket number: buckets in order are keys in order. */
    private static int bucket(long key) {
        return (int) ((key ^ Long.MIN_VALUE) >>> (64 - BUCKET_BITS));
    }

    private static long key(long hash, int length, long idMask, int id) {
        long h = hash ^ (length * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (h & ~idMask) | id;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Within one edit in ten characters of the shorter, and used in two different speeches. */
    private boolean near(int x, int y) {
        int a = forms.length(x);
        int b = forms.length(y);
        int limit = Math.min(a, b) / 10;
        if (limit < 1 || Math.abs(a - b) > limit
                || editDistance(corpus.text, forms.start(x), a, corpus.text, forms.start(y), b, limit) > limit) {
            return false;
        }
        for (int k = 0; k < forms.placeCount(x); k++) {
            for (int m = 0; m < forms.placeCount(y); m++) {
                if (corpus.unitSpeech[forms.placeUnit(x, k)] != corpus.unitSpeech[forms.placeUnit(y, m)]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Levenshtein distance, or {@code limit + 1} once it must exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        return editDistance(a.toCharArray(), 0, a.length(), b.toCharArray(), 0, b.length(), limit);
    }

    /** Of {@code a[aFrom, aFrom + aLength)} and {@code b[bFrom, bFrom + bLength)}. */
    private static int editDistance(char[] a, int aFrom, int aLength, char[] b, int bFrom, int bLength, int limit) {
        int[] prev = new int[bLength + 1];
        int[] cur = new int[bLength + 1];
        for (int j = 0; j <= bLength; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= aLength; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= bLength; j++) {
                int cost = a[aFrom + i - 1] == b[bFrom + j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[bLength];
    }

    /** A set of classes of keys: open addressing, at most a quarter full, so that a look-up mostly meets a free slot. */
    static final class Classes {
        /** A class plus 2^32, 0 for a free slot. */
        private long[] slots = new long[1 << 10];
        private int size;

        Classes() {
        }

        /** The classes of {@code sorted} (ascending, as {@link #sorted()} gives them). */
        Classes(int[] sorted) {
            for (int c : sorted) {
                add(c);
            }
        }

        Classes(Classes other) {
            slots = other.slots.clone();
            size = other.size;
        }

        int size() {
            return size;
        }

        void add(int c) {
            if (4 * (size + 1) > slots.length) {
                long[] old = slots;
                slots = new long[2 * old.length];
                size = 0;
                for (long v : old) {
                    if (v != 0) {
                        add((int) v);
                    }
                }
            }
            int mask = slots.length - 1;
            long v = c & 0xffffffffL | 1L << 32;
            for (int i = slot(c, mask); ; i = (i + 1) & mask) {
                if (slots[i] == v) {
                    return;
                }
                if (slots[i] == 0) {
                    slots[i] = v;
                    size++;
                    return;
                }
            }
        }

        boolean contains(int c) {
            int mask = slots.length - 1;
            long v = c & 0xffffffffL | 1L << 32;
            for (int i = slot(c, mask); ; i = (i + 1) & mask) {
                if (slots[i] == v) {
                    return true;
                }
                if (slots[i] == 0) {
                    return false;
                }
            }
        }

        /** A class is a key's top bits, already a hash: its low bits pick the slot. */
        private static int slot(int c, int mask) {
            return c & mask;
        }

        int[] sorted() {
            int[] out = new int[size];
            int n = 0;
            for (long v : slots) {
                if (v != 0) {
                    out[n++] = (int) v;
                }
            }
            Arrays.sort(out);
            return out;
        }
    }
}
