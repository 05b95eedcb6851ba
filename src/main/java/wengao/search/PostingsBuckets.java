package wengao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code search/p/<bucket>.js} (bucket in hex): postings by FNV-1a hash (over UTF-16 units, modulo the bucket
 * count) of a key, as two strings: entries separated by spaces, and their codes in the same order separated by
 * spaces (normalized text has no spaces, no '=' and no '.'; codes are base64 characters). An entry is
 * <ul>
 * <li>a one-character gram: its units and frequencies ({@link WireEncoder#unitsWithFrequencies});</li>
 * <li>a group {@code ab=xyz.}, keyed by the two-character prefix ab: the rows of the trigrams abx, aby, abz
 * ({@link WireEncoder#rows}) and, for '.', of ab where it ends a text, one code each. The bigram ab's own
 * postings are not exported: its units and frequencies are the sum of the group's rows, since every character
 * offset begins one trigram (or ends the text);</li>
 * <li>unless the group is heavy (more than the layout's group size): then the two-character gram ab with its
 * units and frequencies, and each trigram abx alone, keyed by itself, with its rows.</li>
 * </ul>
 * Any one code longer than the layout's heavy size goes to {@link HeavyPostings} instead. One instance collects
 * one worker's share of the sorted terms, in which the trigrams of a prefix are consecutive, into its own
 * {@link PostingsSpill}.
 */
final class PostingsBuckets {

    /** Ends the third characters of a group where the bigram ends a text. */
    static final char END = '.';

    private final ClientFiles files;
    private final int heavyChars;
    private final int groupChars;
    private final PostingsSpill spill;
    private final int count;
    private final List<String> heavy = new ArrayList<>();
    private final List<GramCode> group = new ArrayList<>();
    private int groupSize;
    /** The buckets to fill (null: all), for a replay. */
    private final TouchedBuckets touched;
    /** The last build's size of the group of this two-character prefix, as a replay tells it. */
    private String lastPrefix;
    private int lastGroupSize;

    PostingsBuckets(ClientFiles files, PostingsSpill spill, int count, int heavyChars, int groupChars,
                    TouchedBuckets touched) {
        this.files = files;
        this.spill = spill;
        this.count = count;
        this.heavyChars = heavyChars;
        this.groupChars = groupChars;
        this.touched = touched;
    }

    /** FNV-1a over UTF-16 code units; the search page computes the same. */
    static int bucket(String key, int buckets) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 16777619;
        }
        return (int) (Integer.toUnsignedLong(h) % buckets);
    }

    static String name(int bucket) {
        return "p/" + Integer.toHexString(bucket);
    }

    /** A trigram's rows (the third character {@link Fields#PAD} for a bigram that ends a text), in term order. */
    void trigram(String gram, String code) {
        group.add(new GramCode(gram, code));
        groupSize += code.length() + 2;
    }

    /** The same, with the length of the gram's code in the last build (−1: it had none). */
    void trigram(String gram, String code, int lastLength) {
        trigram(gram, code);
        if (lastLength >= 0) {
            lastGroup(gram, lastLength);
        }
    }

    /** A trigram the last build had, with a code of {@code lastLength}, that this one does not. */
    void gone(String gram, int lastLength) {
        lastGroup(gram, lastLength);
    }

    private void lastGroup(String gram, int lastLength) {
        String prefix = gram.substring(0, gram.offsetByCodePoints(0, 2));
        if (!prefix.equals(lastPrefix)) {
            lastPrefix = prefix;
            lastGroupSize = 0;
        }
        lastGroupSize += lastLength + 2;
    }

    /**
     * Whether the bigram about to arrive, after its group's trigrams, is wanted with its code: only when the group
     * is heavy. A light group's bigram is the sum of its rows, which the page adds up.
     */
    boolean takesBigram() {
        return groupSize > groupChars;
    }

    /**
     * Unigrams and bigrams, from {@link GramPrefix}; a bigram arrives after every trigram it begins, and with a
     * code only when {@link #takesBigram} (else null).
     */
    void add(String gram, String code) throws IOException {
        if (gram.codePointCount(0, gram.length()) == 1) {
            single(gram, code);
            return;
        }
        if (touched != null) {
            checkLayout(gram);
        }
        if (!takesBigram()) {
            if (!fills(bucket(gram, count))) {
                group.clear();
                groupSize = 0;
                return;
            }
            StringBuilder key = new StringBuilder(gram).append('=');
            List<String> codes = new ArrayList<>();
            for (GramCode g : group) {
                int third = g.gram().codePointBefore(g.gram().length());
                key.appendCodePoint(third == Fields.PAD ? END : third);
                codes.add(g.code());
            }
            spill.append(bucket(gram, count), key.toString(), codes);
        } else {
            single(gram, code);
            for (GramCode g : group) {
                if (g.gram().codePointBefore(g.gram().length()) != Fields.PAD) {
                    single(g.gram(), g.code());
                }
            }
        }
        group.clear();
        groupSize = 0;
    }

    /**
     * A group the last build cut the other way (alone now, grouped then, or the reverse) put its unchanged trigrams
     * in other buckets: each must be filled, else the replay missed a bucket.
     */
    private void checkLayout(String bigram) {
        // A trigram gone from the next group can be told before this group ends: only this group's size is taken.
        int last = 0;
        if (bigram.equals(lastPrefix)) {
            last = lastGroupSize;
            lastPrefix = null;
            lastGroupSize = 0;
        }
        if (last == 0 || (last <= groupChars) == (groupSize <= groupChars)) {
            return;
        }
        for (GramCode g : group) {
            if (g.gram().codePointBefore(g.gram().length()) != Fields.PAD && !fills(bucket(g.gram(), count))) {
                touched.miss();
            }
        }
    }

    private boolean fills(int bucket) {
        return touched == null || touched.assembles(bucket);
    }

    private void single(String gram, String code) throws IOException {
        if (code.length() > heavyChars) {
            HeavyPostings.write(files, new GramCode(gram, code));
            heavy.add(gram);
        } else {
            int b = bucket(gram, count);
            if (fills(b)) {
                spill.append(b, gram, List.of(code));
            }
        }
    }

    /** The heavy grams this worker wrote, in the order it met them. */
    List<String> heavy() {
        return heavy;
    }

    /**
     * The bucket files, spill group by spill group: each the first worker's entries, then the second's (so the files
     * do not depend on timing); the last build's file of every bucket {@code touched} (null: none) does not fill is
     * taken as it is. Both workers' spills must be closed. Two groups at a time, one of them on {@code threads}: the
     * groups are independent (each its own spill files and buckets), and at the end of an export nothing else is
     * left for the second core; only the order in which the files are written differs.
     */
    static void write(ClientFiles files, PostingsSpill.Groups groups, PostingsSpill first, PostingsSpill second,
                      TouchedBuckets touched, java.util.concurrent.Executor threads) throws IOException {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CompletableFuture<Void> other = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                writeGroups(next, files, groups, first, second, touched);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, threads);
        Exception failed = null;
        try {
            writeGroups(next, files, groups, first, second, touched);
        } catch (IOException | RuntimeException e) {
            failed = e;
            next.set(groups.count()); // the other worker takes no group more
        }
        // Its spill files are deleted once the export returns: the other worker must be done with them first.
        try {
            other.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (failed == null) {
                failed = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause()
                        : new IOException(e.getCause());
            }
        }
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed != null) {
            throw (IOException) failed;
        }
    }

    /** The groups {@code next} hands out, one after another, until none is left. */
    private static void writeGroups(java.util.concurrent.atomic.AtomicInteger next, ClientFiles files,
                                    PostingsSpill.Groups groups, PostingsSpill first, PostingsSpill second,
                                    TouchedBuckets touched) throws IOException {
        for (int g; (g = next.getAndIncrement()) < groups.count(); ) {
            writeGroup(files, groups, g, first, second, touched);
        }
    }

    /** The buckets of group {@code g}, from both workers' spills, in the order the entries were appended. */
    private static void writeGroup(ClientFiles files, PostingsSpill.Groups groups, int g, PostingsSpill first,
                                   PostingsSpill second, TouchedBuckets touched) throws IOException {
        int from = groups.first(g);
        int to = groups.first(g + 1);
        java.io.ByteArrayOutputStream[] keys = new java.io.ByteArrayOutputStream[to - from];
        java.io.ByteArrayOutputStream[] codes = new java.io.ByteArrayOutputStream[to - from];
        for (int i = 0; i < keys.length; i++) {
            if (touched == null || touched.assembles(from + i)) {
                keys[i] = new java.io.ByteArrayOutputStream();
                codes[i] = new java.io.ByteArrayOutputStream();
            } else if (!files.keep(name(from + i))) {
                throw new IOException("the last build's " + name(from + i) + " is no longer in the site");
            }
        }
        PostingsSpill.Reader join = e -> {
            java.io.ByteArrayOutputStream k = keys[e.bucket() - from];
            java.io.ByteArrayOutputStream c = codes[e.bucket() - from];
            if (k.size() > 0) {
                k.write(' ');
            }
            k.write(e.key());
            for (byte[] code : e.codes()) {
                if (c.size() > 0) {
                    c.write(' ');
                }
                c.write(code);
            }
        };
        first.read(g, join);
        second.read(g, join);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                continue;
            }
            files.writeStrings(name(from + i), keys[i], codes[i]);
            keys[i] = null;
            codes[i] = null;
        }
    }
}
