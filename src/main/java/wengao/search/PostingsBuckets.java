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

    PostingsBuckets(ClientFiles files, PostingsSpill spill, int count, int heavyChars, int groupChars) {
        this.files = files;
        this.spill = spill;
        this.count = count;
        this.heavyChars = heavyChars;
        this.groupChars = groupChars;
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

    /** Unigrams and bigrams, from {@link GramPrefix}; a bigram arrives after every trigram it begins. */
    void add(String gram, String code) throws IOException {
        if (gram.codePointCount(0, gram.length()) == 1) {
            single(gram, code);
            return;
        }
        if (groupSize <= groupChars) {
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

    private void single(String gram, String code) throws IOException {
        if (code.length() > heavyChars) {
            HeavyPostings.write(files, new GramCode(gram, code));
            heavy.add(gram);
        } else {
            spill.append(bucket(gram, count), gram, List.of(code));
        }
    }

    /** The heavy grams this worker wrote, in the order it met them. */
    List<String> heavy() {
        return heavy;
    }

    /**
     * The bucket files, one spill group at a time: each the first worker's entries, then the second's (so the files
     * do not depend on timing). Both workers' spills must be closed.
     */
    static void write(ClientFiles files, PostingsSpill.Groups groups, PostingsSpill first, PostingsSpill second)
            throws IOException {
        for (int g = 0; g < groups.count(); g++) {
            int from = groups.first(g);
            int to = groups.first(g + 1);
            java.io.ByteArrayOutputStream[] keys = new java.io.ByteArrayOutputStream[to - from];
            java.io.ByteArrayOutputStream[] codes = new java.io.ByteArrayOutputStream[to - from];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = new java.io.ByteArrayOutputStream();
                codes[i] = new java.io.ByteArrayOutputStream();
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
                files.writeStrings(name(from + i), keys[i], codes[i]);
                keys[i] = null;
                codes[i] = null;
            }
        }
    }
}
