package wengao.passages;

/**
 * Every position of the corpus text that starts a whole gram of {@code k} characters inside one unit, sorted by a
 * hash of the gram and then by position: equal grams end up side by side, in reading order. Each entry packs the
 * gram's hash into the high bits and the position into the low bits of one long, so the sort is an LSD radix sort
 * over plain longs (stable, linear), much faster at millions of grams than a hash map of lists.
 */
final class GramGroups {

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final int DIGIT_BITS = 11;
    private static final int PASSES = 3;
    private static final int SORT_BITS = DIGIT_BITS * PASSES;

    final long[] entries;
    /**
     * Beside each entry: the character before the gram (high half) and the low 16 bits of its speech (low half),
     * so that scanning the groups reads neither the text nor the unit table at scattered places.
     */
    final int[] context;
    final long positionMask;

    private GramGroups(long[] entries, int[] context, long positionMask) {
        this.entries = entries;
        this.context = context;
        this.positionMask = positionMask;
    }

    static GramGroups of(CorpusText corpus, int k) {
        char[] text = corpus.text;
        int positionBits = Math.max(1, 64 - Long.numberOfLeadingZeros(text.length));
        long positionMask = (1L << positionBits) - 1;
        long power = 1;
        for (int i = 0; i < k - 1; i++) {
            power *= MULTIPLIER;
        }
        long[] entries = new long[Math.max(0, text.length)];
        int[] context = new int[entries.length];
        int n = 0;
        int unit = -1;
        int speechBits = 0;
        int runStart = 0;
        long hash = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c == CorpusText.SEP) {
                runStart = i + 1;
                hash = 0;
                if (unit + 1 < corpus.unitCount()) {
                    speechBits = corpus.unitSpeech[++unit] & 0xFFFF;
                }
                continue;
            }
            if (i - runStart >= k) { // drop the character leaving the window
                hash -= power * text[i - k];
            }
            hash = hash * MULTIPLIER + c;
            if (i - runStart >= k - 1) {
                int start = i - k + 1;
                context[n] = text[start - 1] << 16 | speechBits;
                entries[n++] = (mix(hash) & ~positionMask) | start;
            }
        }
        long[] sorted = java.util.Arrays.copyOf(entries, n);
        int[] sortedContext = java.util.Arrays.copyOf(context, n);
        sortByHash(sorted, sortedContext);
        return new GramGroups(sorted, sortedContext, positionMask);
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

    boolean sameGram(int i, int j) {
        return entries[i] >>> (64 - SORT_BITS) == entries[j] >>> (64 - SORT_BITS);
    }

    /** Spreads a polynomial hash over all 64 bits (the finalizer of MurmurHash3). */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * Sorts by the top {@value #SORT_BITS} bits, unsigned, keeping the input order (positions) among equals; the
     * two halves are sorted at once on two cores and merged. Grams whose hashes agree in those bits share a group;
     * the rare group of two different grams is split by their characters later.
     */
    private static void sortByHash(long[] a, int[] aux) {
        int half = a.length / 2;
        long[] buffer = new long[a.length];
        int[] auxBuffer = new int[a.length];
        java.util.concurrent.CompletableFuture<Void> second = java.util.concurrent.CompletableFuture.runAsync(
                () -> radixSort(a, aux, buffer, auxBuffer, half, a.length));
        radixSort(a, aux, buffer, auxBuffer, 0, half);
        second.join();
        int x = 0;
        int y = half;
        int out = 0;
        while (x < half && y < a.length) {
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
        while (y < a.length) {
            buffer[out] = a[y];
            auxBuffer[out++] = aux[y++];
        }
        System.arraycopy(buffer, 0, a, 0, a.length);
        System.arraycopy(auxBuffer, 0, aux, 0, aux.length);
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
