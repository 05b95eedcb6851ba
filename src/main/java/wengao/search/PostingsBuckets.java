package wengao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code search/p/<bucket>.js} (bucket in hex): the postings of the grams that hash to the bucket (FNV-1a over
 * UTF-16 units, modulo the bucket count), as two strings: the grams separated by spaces, and their codes in the
 * same order separated by spaces (normalized text has no spaces, and codes are base64 characters). One instance
 * collects one worker's share; heavy grams go to {@link HeavyPostings} at once.
 */
final class PostingsBuckets implements GramPrefix.Sink {

    private final ClientFiles files;
    private final int heavyChars;
    private final List<List<GramCode>> buckets = new ArrayList<>();
    private final List<String> heavy = new ArrayList<>();

    PostingsBuckets(ClientFiles files, int count, int heavyChars) {
        this.files = files;
        this.heavyChars = heavyChars;
        for (int i = 0; i < count; i++) {
            buckets.add(new ArrayList<>());
        }
    }

    /** FNV-1a over UTF-16 code units; the search page computes the same. */
    static int bucket(String gram, int buckets) {
        int h = 0x811c9dc5;
        for (int i = 0; i < gram.length(); i++) {
            h ^= gram.charAt(i);
            h *= 16777619;
        }
        return (int) (Integer.toUnsignedLong(h) % buckets);
    }

    static String name(int bucket) {
        return "p/" + Integer.toHexString(bucket);
    }

    @Override
    public void add(String gram, String code) throws IOException {
        GramCode posting = new GramCode(gram, code);
        if (code.length() > heavyChars) {
            HeavyPostings.write(files, posting);
            heavy.add(gram);
        } else {
            buckets.get(bucket(gram, buckets.size())).add(posting);
        }
    }

    /** The heavy grams this worker wrote, in the order it met them. */
    List<String> heavy() {
        return heavy;
    }

    /** The bucket files: each the first worker's entries, then the second's (so the files do not depend on timing). */
    static void write(ClientFiles files, PostingsBuckets first, PostingsBuckets second) throws IOException {
        for (int i = 0; i < first.buckets.size(); i++) {
            StringBuilder grams = new StringBuilder();
            StringBuilder codes = new StringBuilder();
            for (PostingsBuckets part : List.of(first, second)) {
                for (GramCode g : part.buckets.get(i)) {
                    if (!grams.isEmpty()) {
                        grams.append(' ');
                        codes.append(' ');
                    }
                    grams.append(g.gram());
                    codes.append(g.code());
                }
                part.buckets.set(i, List.of());
            }
            files.write(name(i), List.of(grams.toString(), codes.toString()));
        }
    }
}
