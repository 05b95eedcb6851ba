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

    /** {@code parts}: how many parts the keys are sorted in, 0 to size them from the corpus; the groups are the same. */
    static List<Group> find(CorpusText corpus, int parts) {
        return find(corpus, parts, SentencePlaces.of(corpus, null, null));
    }

    /** As {@link #find(CorpusText, int)}, of the sentences {@code places} has found in {@code corpus}. */
    static List<Group> find(CorpusText corpus, int parts, SentencePlaces places) {
        NearSentences n = new NearSentences(corpus);
        for (int s = 0; s < places.speeches(); s++) {
            int first = corpus.firstUnit(s);
            for (int p = places.firsts[s]; p < places.firsts[s + 1]; p++) {
                int unit = first + SentencePlaces.unit(places.unitLength[p]);
                n.forms.add(corpus.unitStart[unit] + places.from[p], SentencePlaces.length(places.unitLength[p]), unit,
                        places.start[p], places.end[p]);
            }
        }
        n.forms.index();
        return n.groups(parts);
    }

    private List<Group> groups(int parts) {
        int count = forms.count();
        int idBits = Math.max(1, 64 - Long.numberOfLeadingZeros(count));
        long idMask = (1L << idBits) - 1;
        long keyCount = 0;
        for (int id = 0; id < count; id++) {
            keyCount += forms.length(id) + 1;
        }
        int n = parts > 0 ? parts : (int) Math.max(1, (keyCount + PART_KEYS - 1) / PART_KEYS);
        int[] parent = new int[count];
        for (int i = 0; i < count; i++) {
            parent[i] = i;
        }
        long[] keys;
        if (n == 1) {
            keys = new long[(int) keyCount];
        } else {
            int[] sizes = new int[n];
            keys(n, -1, idMask, null, sizes);
            keys = new long[Arrays.stream(sizes).max().orElse(0)];
        }
        for (int part = 0; part < n; part++) {
            unite(parent, keys, keys(n, part, idMask, keys, null), idMask);
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
        return out;
    }

    /**
     * The keys of every form, of its one-character deletions too: those of part {@code part} of {@code parts} into
     * {@code out}, returning how many; or, when {@code out} is null, how many each part has.
     * A part holds a range of key values, so the parts in order are the sorted keys cut in pieces.
     */
    private int keys(int parts, int part, long idMask, long[] out, int[] sizes) {
        long[] prefix = new long[MAX_LENGTH + 1];
        long[] power = new long[MAX_LENGTH + 1];
        int n = 0;
        for (int id = 0; id < forms.count(); id++) {
            int len = forms.length(id);
            power[0] = 1;
            for (int i = 0; i < len; i++) {
                prefix[i + 1] = prefix[i] * MULTIPLIER + forms.charAt(id, i);
                power[i + 1] = power[i] * MULTIPLIER;
            }
            for (int i = -1; i < len; i++) {
                long key;
                if (i < 0) {
                    key = key(prefix[len], len, idMask, id);
                } else {
                    long suffix = prefix[len] - prefix[i + 1] * power[len - 1 - i];
                    long without = prefix[i] * power[len - 1 - i] + suffix;
                    key = key(without, len - 1, idMask, id);
                }
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

    /** Joins the forms of each pair that shares one of the {@code n} keys and is near, in the keys' order. */
    private void unite(int[] parent, long[] keys, int n, long idMask) {
        sort(keys, n);
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
}
