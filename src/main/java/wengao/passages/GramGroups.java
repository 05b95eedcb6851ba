package wengao.passages;

import java.util.concurrent.CompletableFuture;

/**
 * Every position of the corpus text that starts a whole gram of {@code k} characters inside one unit, sorted by a
 * hash of the gram and then by position: equal grams end up side by side, in reading order. Each entry packs the
 * gram's hash into the high bits and the position into the low bits of one long, so the sort is an LSD radix sort
 * over plain longs (stable, linear), much faster at millions of grams than a hash map of lists.
 *
 * <p>A large corpus is done in parts, so that memory holds a part's grams and not the whole corpus's (24 bytes a
 * gram with the sort's buffers): part {@code p} of {@code n} holds the grams whose hash, read as a fraction of its
 * range, lies in {@code [p/n, (p+1)/n)}. The rolling hashes are computed again for each part, which costs a pass over
 * the text. The parts in order are the one sorted sequence cut in pieces, and equal grams, sharing a hash, are always
 * in the same part.
 */
final class GramGroups {

    /** About this many grams a part: 48 MB of arrays with the sort's buffers. */
    static final int PART_GRAMS = 1 << 21;

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final int DIGIT_BITS = 11;
    private static final int PASSES = 3;
    static final int SORT_BITS = DIGIT_BITS * PASSES;

    /** The loaded part's entries, {@code [0, size)} of it. */
    long[] entries;
    /**
     * Beside each entry: the character before the gram (high half) and the low 16 bits of its speech (low half),
     * so that scanning the groups reads neither the text nor the unit table at scattered places.
     */
    int[] context;
    int size;
    final long positionMask;
    final int parts;

    private final CorpusText corpus;
    private final int k;
    private final long power;
    /** The text is scanned in two halves on two cores; the second starts at this separator, before this unit. */
    private final int split;
    private final int splitUnit;
    /** Per part, how many of its grams start before {@link #split} and how many after. */
    private final int[] firstHalf;
    private final int[] secondHalf;
    /** When not null, only the grams of these groups are taken, in one part. */
    private final GramSet touched;
    private long[] buffer;
    private int[] auxBuffer;

    private GramGroups(CorpusText corpus, int k, int parts, GramSet touched) {
        this.corpus = corpus;
        this.k = k;
        this.parts = parts;
        this.touched = touched;
        char[] text = corpus.text;
        int positionBits = Math.max(1, 64 - Long.numberOfLeadingZeros(text.length));
        this.positionMask = (1L << positionBits) - 1;
        long pw = 1;
        for (int i = 0; i < k - 1; i++) {
            pw *= MULTIPLIER;
        }
        this.power = pw;
        int units = corpus.unitCount();
        if (units >= 2) {
            splitUnit = Math.max(1, corpus.unitOf(text.length / 2));
            split = corpus.unitStart[splitUnit] - 1;
        } else {
            splitUnit = units;
            split = text.length;
        }
        firstHalf = new int[parts];
        secondHalf = new int[parts];
        if (parts == 1 && touched == null) {
            for (int u = 0; u < units; u++) {
                int grams = Math.max(0, corpus.unitLength(u) - k + 1);
                if (u < splitUnit) {
                    firstHalf[0] += grams;
                } else {
                    secondHalf[0] += grams;
                }
            }
        } else if (touched == null) {
            both(() -> scan(0, split, -1, -1, null, null, 0, firstHalf, null),
                    () -> scan(split, text.length, splitUnit - 1, -1, null, null, 0, secondHalf, null));
        }
    }

    /** The largest part's number of grams. */
    private int largest() {
        int largest = 0;
        for (int p = 0; p < parts; p++) {
            largest = Math.max(largest, firstHalf[p] + secondHalf[p]);
        }
        return largest;
    }

    private GramGroups allocated() {
        int largest = largest();
        entries = new long[largest];
        context = new int[largest];
        buffer = new long[largest];
        auxBuffer = new int[largest];
        return this;
    }

    /** The grams of {@code corpus} in {@code parts} parts, none loaded yet; {@code parts} 0 sizes them from the corpus. */
    static GramGroups of(CorpusText corpus, int k, int parts) {
        return new GramGroups(corpus, k, parts > 0 ? parts : partsFor(corpus, k), null).allocated();
    }

    /**
     * Only the grams of the groups {@code touched} names, wherever in the corpus they are, in one part (loaded): the
     * groups a change may have changed. Null when they are more than {@code most}: the change is too large for this.
     */
    static GramGroups touched(CorpusText corpus, int k, GramSet touched, int most) {
        GramGroups grams = new GramGroups(corpus, k, 1, touched);
        long[] filter = touched.filter();
        Picked first = new Picked(filter, most);
        Picked second = new Picked(filter, most);
        both(() -> grams.scan(0, grams.split, -1, -1, null, null, 0, null, first),
                () -> grams.scan(grams.split, corpus.text.length, grams.splitUnit - 1, -1, null, null, 0, null, second));
        int n = first.n + second.n;
        if (n > most) {
            return null;
        }
        grams.firstHalf[0] = first.n;
        grams.secondHalf[0] = second.n;
        grams.allocated();
        System.arraycopy(first.entries, 0, grams.entries, 0, first.n);
        System.arraycopy(first.context, 0, grams.context, 0, first.n);
        System.arraycopy(second.entries, 0, grams.entries, first.n, second.n);
        System.arraycopy(second.context, 0, grams.context, first.n, second.n);
        grams.size = n;
        grams.sortByHash(first.n, n);
        return grams;
    }

    /** The touched grams one half of the text holds, as {@link #load} would write them, gathered in one pass. */
    private static final class Picked {
        final long[] filter;
        final int most;
        long[] entries = new long[1024];
        int[] context = new int[1024];
        int n;

        Picked(long[] filter, int most) {
            this.filter = filter;
            this.most = most;
        }

        void add(long entry, int ctx) {
            if (n >= entries.length) {
                if (n > most) {
                    n++; // too many: counted, no longer kept
                    return;
                }
                entries = java.util.Arrays.copyOf(entries, 2 * n);
                context = java.util.Arrays.copyOf(context, 2 * n);
            }
            entries[n] = entry;
            context[n++] = ctx;
        }
    }

    /** Adds to {@code into} the group of every gram of {@code k} characters in units {@code [from, to)}. */
    static void groupsOf(CorpusText corpus, int from, int to, int k, GramSet into) {
        char[] text = corpus.text;
        long power = 1;
        for (int i = 0; i < k - 1; i++) {
            power *= MULTIPLIER;
        }
        for (int u = from; u < to; u++) {
            int start = corpus.unitStart[u];
            int end = corpus.unitEnd(u);
            long hash = 0;
            for (int i = start; i < end; i++) { // as scan() rolls it
                if (i - start >= k) {
                    hash -= power * text[i - k];
                }
                hash = hash * MULTIPLIER + text[i];
                if (i - start >= k - 1) {
                    into.add(wengao.text.Fingerprint.fmix(hash) >>> (64 - SORT_BITS));
                }
            }
        }
    }

    private static int partsFor(CorpusText corpus, int k) {
        long grams = 0;
        for (int u = 0; u < corpus.unitCount(); u++) {
            grams += Math.max(0, corpus.unitLength(u) - k + 1);
        }
        return (int) Math.max(1, (grams + PART_GRAMS - 1) / PART_GRAMS);
    }

    /** Makes {@link #entries} the sorted grams of part {@code part}. */
    void load(int part) {
        int half = firstHalf[part];
        int filter = parts == 1 ? -1 : part;
        both(() -> scan(0, split, -1, filter, entries, context, 0, null, null),
                () -> scan(split, corpus.text.length, splitUnit - 1, filter, entries, context, half, null, null));
        size = half + secondHalf[part];
        sortByHash(half, size);
    }

    int position(int i) {
        return (int) (entries[i] & positionMask);
    }

    char before(int i) {
        return (char) (context[i] >>> 16);
    }

    int speechBits(int i) {
        return context[i] & 0xFFFF;
    }

    /** The group of entry {@code i}: the top bits of its gram's hash. */
    long group(int i) {
        return entries[i] >>> (64 - SORT_BITS);
    }

    boolean sameGram(int i, int j) {
        return entries[i] >>> (64 - SORT_BITS) == entries[j] >>> (64 - SORT_BITS);
    }

    /**
     * The grams starting in {@code text[from, to)}, {@code from} being a separator and {@code unit} the unit before
     * it: counted per part into {@code counts} when {@code out} is null, else those of part {@code filter} (every
     * one when it is -1) written in reading order from {@code out[at]}; or, with {@code picked}, those of the
     * touched groups added to it.
     */
    private void scan(int from, int to, int unit, int filter, long[] out, int[] ctx, int at, int[] counts,
                      Picked picked) {
        char[] text = corpus.text;
        int units = corpus.unitCount();
        int n = at;
        int speechBits = 0;
        int runStart = from;
        long hash = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == CorpusText.SEP) {
                runStart = i + 1;
                hash = 0;
                if (unit + 1 < units) {
                    speechBits = corpus.unitSpeech[++unit] & 0xFFFF;
                }
                continue;
            }
            if (i - runStart >= k) { // drop the character leaving the window
                hash -= power * text[i - k];
            }
            hash = hash * MULTIPLIER + c;
            if (i - runStart >= k - 1) {
                long h = wengao.text.Fingerprint.fmix(hash); // a polynomial hash spread over all 64 bits
                if (picked != null) {
                    long group = h >>> (64 - SORT_BITS);
                    // Most grams are not touched: a bit of the filter says so without a look in the set.
                    if ((picked.filter[(int) (group >>> 6) & (picked.filter.length - 1)] & 1L << group) != 0
                            && touched.contains(group)) {
                        int start = i - k + 1;
                        picked.add((h & ~positionMask) | start, text[start - 1] << 16 | speechBits);
                    }
                    continue;
                }
                if (counts != null) {
                    counts[partOf(h)]++;
                } else if (filter < 0 || partOf(h) == filter) {
                    int start = i - k + 1;
                    ctx[n] = text[start - 1] << 16 | speechBits;
                    out[n++] = (h & ~positionMask) | start;
                }
            }
        }
    }

    /** Monotone in the hash read unsigned, so that the parts in order are the sorted sequence in order. */
    private int partOf(long hash) {
        return (int) (((hash >>> 32) * parts) >>> 32);
    }

    private static void both(Runnable first, Runnable second) {
        CompletableFuture<Void> other = CompletableFuture.runAsync(second);
        first.run();
        other.join();
    }

    /**
     * Sorts {@code [0, n)} by the top {@value #SORT_BITS} bits, unsigned, keeping the input order (positions) among
     * equals; the two halves, {@code [0, half)} holding the lower positions, are sorted at once on two cores and
     * merged. Grams whose hashes agree in those bits share a group; the rare group of two different grams is split by
     * their characters later.
     */
    private void sortByHash(int half, int n) {
        long[] a = entries;
        int[] aux = context;
        both(() -> radixSort(a, aux, buffer, auxBuffer, half, n), () -> radixSort(a, aux, buffer, auxBuffer, 0, half));
        int x = 0;
        int y = half;
        int out = 0;
        while (x < half && y < n) {
            long hx = a[x] >>> (64 - SORT_BITS);
            long hy = a[y] >>> (64 - SORT_BITS);
            if (hx <= hy) { // equal hashes: the first half holds the lower positions
                buffer[out] = a[x];
                auxBuffer[out++] = aux[x++];
            } else {
                buffer[out] = a[y];
                auxBuffer[out++] = aux[y++];
            }
        }
        while (x < half) {
            buffer[out] = a[x];
            auxBuffer[out++] = aux[x++];
        }
        while (y < n) {
            buffer[out] = a[y];
            auxBuffer[out++] = aux[y++];
        }
        entries = buffer;
        context = auxBuffer;
        buffer = a;
        auxBuffer = aux;
    }

    /** LSD radix sort of {@code a[from, to)} by its top bits, in {@value #PASSES} passes; an odd count ends in place. */
    private static void radixSort(long[] a, int[] aux, long[] buffer, int[] auxBuffer, int from, int to) {
        long[] src = a;
        long[] dst = buffer;
        int[] auxSrc = aux;
        int[] auxDst = auxBuffer;
        int buckets = 1 << DIGIT_BITS;
        int[] counts = new int[buckets];
        for (int pass = 0; pass < PASSES; pass++) {
            int shift = 64 - SORT_BITS + pass * DIGIT_BITS;
            java.util.Arrays.fill(counts, 0);
            for (int i = from; i < to; i++) {
                counts[(int) ((src[i] >>> shift) & (buckets - 1))]++;
            }
            int sum = from;
            for (int b = 0; b < buckets; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (int i = from; i < to; i++) {
                long v = src[i];
                int at = counts[(int) ((v >>> shift) & (buckets - 1))]++;
                dst[at] = v;
                auxDst[at] = auxSrc[i];
            }
            long[] swap = src;
            src = dst;
            dst = swap;
            int[] auxSwap = auxSrc;
            auxSrc = auxDst;
            auxDst = auxSwap;
        }
        if (src != a) {
            System.arraycopy(src, from, a, from, to - from);
            System.arraycopy(auxSrc, from, aux, from, to - from);
        }
    }
}
