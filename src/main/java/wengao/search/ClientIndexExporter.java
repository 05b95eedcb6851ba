package wengao.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import wengao.json.JsonWriter;
import wengao.model.OutputFile;
import wengao.model.SearchPageHints;
import wengao.model.Speech;
import wengao.model.Theme;
import wengao.model.ThemeMap;

/**
 * Exports the static search index from the Lucene index: the terms and postings of the gram fields are read back
 * from Lucene (the text is not analysed a second time), so the browser finds exactly what {@code wengao search}
 * finds. Files are JavaScript that registers its data with {@code wengao.load(name, data)}, loaded with script
 * tags, which work from {@code file://} where fetch does not. A query loads only what it needs:
 * <ul>
 * <li>{@code search/meta.js}: unit and speech counts, speech boundaries, heading counts, years;</li>
 * <li>{@code search/p/<bucket>.js}: postings of the grams that hash (FNV-1a) to the bucket;</li>
 * <li>{@code search/h/<hex>.js}: postings of a heavy gram in a file of its own (the bucket marks it with 1);</li>
 * <li>{@code search/t/<n>.js}: anchor and text of units n·8 … n·8+7 and their speeches' slug, title and date,
 * for the hits shown;</li>
 * <li>{@code search/themes.js} and {@code search/th/<slug>.js}: the theme filter.</li>
 * </ul>
 * Postings are base64 of varints: for one- and two-character grams pairs of (unit gap, frequency); for trigrams
 * (unit gap, count, position gaps…). Grams and positions count code points, not UTF-16 units.
 */
final class ClientIndexExporter {

    static final int TEXT_SHARD = 8;
    /** Postings larger than this (base64 characters) get a file of their own. */
    static final int HEAVY = 12_000;
    static final String DIR = "search";

    private final Path out;
    /**
     * The build's threads, for the export's second core: the build renders pages on the shared pool meanwhile,
     * and work queued there would wait behind it.
     */
    private final Executor threads;
    private final List<OutputFile> files = java.util.Collections.synchronizedList(new ArrayList<>());

    private ClientIndexExporter(Path out, Executor threads) {
        this.out = out;
        this.threads = threads;
    }

    /** The exported files, and what the search page must know before any file arrives. */
    record Export(List<OutputFile> files, SearchPageHints hints) {
    }

    static Export export(DirectoryReader reader, IndexView view, UnitTable table, List<Speech> speeches,
                         ThemeMap themes, Path out, Executor threads) throws IOException {
        ClientIndexExporter e = new ClientIndexExporter(out, threads);
        int buckets = bucketCount(table);
        // Text, speech and theme files do not depend on the postings: written alongside on a second core.
        java.util.concurrent.CompletableFuture<ClientIndexExporter> side = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            ClientIndexExporter other = new ClientIndexExporter(out, threads);
            try {
                other.texts(table, speeches);
                other.themes(reader, view, themes);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            return other;
        }, threads);
        List<String> heavy = e.postings(reader, view, buckets);
        e.meta(table, speeches, buckets);
        try {
            e.files.addAll(side.join().files);
        } catch (java.util.concurrent.CompletionException ex) {
            throw ex.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : new IOException(ex.getCause());
        }
        e.files.sort(java.util.Comparator.comparing(OutputFile::path));
        // The page carries the bucket count and the heavy grams, so it can ask for a query's postings the moment it
        // starts, while the browser is still loading the page.
        return new Export(e.files, new SearchPageHints(buckets, heavy));
    }

    /** About one bucket per 2,000 characters of text, a power of two between 16 and 16,384. */
    static int bucketCount(UnitTable table) {
        long chars = table.units.stream().mapToLong(u -> u.unit().text().length()).sum();
        int b = 16;
        while (b < 16_384 && b * 2_000L < chars) {
            b *= 2;
        }
        return b;
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

    private void write(String name, Object data) throws IOException {
        String js = "wengao.load(" + JsonWriter.compact(name) + "," + JsonWriter.compact(data) + ");\n";
        Path file = out.resolve(name + ".js");
        Files.createDirectories(file.getParent());
        Files.writeString(file, js, StandardCharsets.UTF_8);
        files.add(OutputFile.ofFile(DIR + "/" + name + ".js", file));
    }

    private void meta(UnitTable table, List<Speech> speeches, int buckets) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", 1);
        m.put("units", table.units.size());
        m.put("speeches", speeches.size());
        m.put("buckets", buckets);
        m.put("textShard", TEXT_SHARD);
        m.put("speechStart", gaps(table.speechStart));
        m.put("headings", plain(table.headingCount));
        List<Object> years = new ArrayList<>();
        for (int s = 0; s < speeches.size(); ) {
            Speech first = speeches.get(s);
            int year = first.date() == null ? 0 : first.date().year();
            int end = s;
            while (end < speeches.size() && (speeches.get(end).date() == null ? 0 : speeches.get(end).date().year()) == year) {
                end++;
            }
            if (year != 0) {
                years.add(List.of(year, s, end - s));
            }
            s = end;
        }
        m.put("years", years);
        write("meta", m);
    }

    private static String gaps(int[] ascending) {
        ByteSink bytes = new ByteSink();
        int previous = 0;
        for (int v : ascending) {
            bytes.varint(v - previous);
            previous = v;
        }
        return Base64.getEncoder().encodeToString(bytes.toArray());
    }

    private static String plain(int[] values) {
        ByteSink bytes = new ByteSink();
        for (int v : values) {
            bytes.varint(v);
        }
        return Base64.getEncoder().encodeToString(bytes.toArray());
    }

    /**
     * One pass over the trigram terms, in their sorted order. Each trigram without padding is exported with its
     * positions; the frequencies of all trigrams sharing a first character (or first two) are summed into that
     * unigram's (or bigram's) postings, which are complete when the sorted terms move past the prefix. The pass is
     * split in two at a first character, so that no prefix straddles the halves: two workers, each with its own
     * bucket buffers, which are joined in order, so the files are the same whatever the timing.
     */
    private List<String> postings(DirectoryReader reader, IndexView view, int buckets) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.G3);
        Postings first = new Postings(buckets);
        Postings second = new Postings(buckets);
        if (terms != null) {
            BytesRef split = splitPoint(terms);
            java.util.concurrent.CompletableFuture<Void> other = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    pass(terms, view, split, null, second);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, threads);
            pass(terms, view, null, split, first);
            try {
                other.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
            }
        }
        writeBuckets(first, second);
        List<String> heavy = new ArrayList<>(first.heavy);
        heavy.addAll(second.heavy);
        return heavy;
    }

    /** The first term whose first character begins the second half of the positions. */
    private static BytesRef splitPoint(Terms terms) throws IOException {
        long total = terms.getSumTotalTermFreq();
        TermsEnum te = terms.iterator();
        long seen = 0;
        String previousFirst = null;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String firstChar = new String(t.utf8ToString().codePoints().limit(1).toArray(), 0, 1);
            if (seen * 2 >= total && !firstChar.equals(previousFirst)) {
                return BytesRef.deepCopyOf(t);
            }
            previousFirst = firstChar;
            seen += te.totalTermFreq();
        }
        return null;
    }

    /** The terms in [from, to) (null: the start or the end). */
    private void pass(Terms terms, IndexView view, BytesRef from, BytesRef to, Postings out) throws IOException {
        GramPrefix unigram = new GramPrefix(view.units());
        GramPrefix bigram = new GramPrefix(view.units());
        TermsEnum te = terms.iterator();
        BytesRef term;
        if (from == null) {
            term = te.next();
        } else {
            term = te.seekCeil(from) == TermsEnum.SeekStatus.END ? null : te.term();
        }
        PostingsEnum pe = null;
        ByteSink encoded = new ByteSink();
        TrigramRows rows = new TrigramRows();
        for (; term != null && (to == null || term.compareTo(to) < 0); term = te.next()) {
            int[] cps = term.utf8ToString().codePoints().toArray();
            unigram.moveTo(cps, 1, out);
            bigram.moveTo(cps[1] == Fields.PAD ? null : cps, 2, out);
            boolean whole = cps[2] != Fields.PAD;
            pe = te.postings(pe, whole ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
            rows.clear();
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                int unit = view.docToUnit[d];
                int freq = pe.freq();
                unigram.add(unit, freq);
                bigram.add(unit, freq);
                if (whole) {
                    rows.start(unit, freq);
                    for (int i = 0; i < freq; i++) {
                        rows.position(pe.nextPosition());
                    }
                }
            }
            if (whole) {
                encoded.clear();
                rows.encode(encoded);
                out.add(new String(cps, 0, 3), encoded.toArray());
            }
        }
        unigram.moveTo(null, 1, out);
        bigram.moveTo(null, 2, out);
    }

    /** One worker's bucket entries ("gram":postings, comma-separated); heavy postings go straight to own files. */
    private final class Postings implements GramPrefix.Sink {
        private final ByteSink[] buckets;
        final List<String> heavy = new ArrayList<>();

        Postings(int count) {
            buckets = new ByteSink[count];
            for (int i = 0; i < count; i++) {
                buckets[i] = new ByteSink();
            }
        }

        @Override
        public void add(String gram, byte[] postings) throws IOException {
            String b64 = Base64.getEncoder().encodeToString(postings);
            ByteSink b = buckets[bucket(gram, buckets.length)];
            if (b.size() > 0) {
                b.write(',');
            }
            b.write('"');
            b.write(gram.getBytes(StandardCharsets.UTF_8));
            b.write('"');
            b.write(':');
            if (b64.length() > HEAVY) {
                write("h/" + HexFormat.of().formatHex(gram.getBytes(StandardCharsets.UTF_8)), b64);
                heavy.add(gram);
                b.write('1');
            } else {
                b.write('"');
                b.write(b64);
                b.write('"');
            }
        }
    }

    /** The bucket files: each the first worker's entries, then the second's. */
    private void writeBuckets(Postings first, Postings second) throws IOException {
        for (int i = 0; i < first.buckets.length; i++) {
            String name = "p/" + Integer.toHexString(i);
            ByteSink file = new ByteSink();
            file.write("wengao.load(\"" + name + "\",{");
            file.write(first.buckets[i].toArray());
            if (first.buckets[i].size() > 0 && second.buckets[i].size() > 0) {
                file.write(',');
            }
            file.write(second.buckets[i].toArray());
            file.write("});\n");
            first.buckets[i] = null;
            second.buckets[i] = null;
            Path path = out.resolve(name + ".js");
            Files.createDirectories(path.getParent());
            Files.write(path, file.toArray());
            files.add(OutputFile.ofFile(DIR + "/" + name + ".js", path));
        }
    }

    /**
     * Text shards: anchor and text of units n·8 … n·8+7, and slug, title and date of the speeches those units
     * belong to, so that drawing a hit needs this one file.
     */
    private void texts(UnitTable table, List<Speech> speeches) throws IOException {
        for (int from = 0; from < table.units.size(); from += TEXT_SHARD) {
            List<Object> units = new ArrayList<>();
            Map<String, Object> bySpeech = new LinkedHashMap<>();
            for (UnitTable.Unit u : table.units.subList(from, Math.min(table.units.size(), from + TEXT_SHARD))) {
                units.add(List.of(u.unit().anchor(), u.unit().text()));
                Speech s = speeches.get(u.speech());
                bySpeech.putIfAbsent(Integer.toString(u.speech()), List.of(s.slug(), s.title(), s.date() == null ? "" : s.date().display()));
            }
            Map<String, Object> shard = new LinkedHashMap<>();
            shard.put("speeches", bySpeech);
            shard.put("units", units);
            write("t/" + from / TEXT_SHARD, shard);
        }
    }

    /** The theme filter: which speeches mention each theme, read from the index's theme field. */
    private void themes(DirectoryReader reader, IndexView view, ThemeMap themes) throws IOException {
        List<Object> list = new ArrayList<>();
        for (Theme t : themes.themes()) {
            PostingsEnum pe = MultiTerms.getTermPostingsEnum(reader, Fields.THEMES, new BytesRef(t.slug()), PostingsEnum.NONE);
            java.util.BitSet speeches = new java.util.BitSet();
            if (pe != null) {
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    speeches.set(view.unitSpeech[view.docToUnit[d]]);
                }
            }
            if (speeches.isEmpty()) {
                continue;
            }
            write("th/" + t.slug(), gaps(speeches.stream().toArray()));
            list.add(List.of(t.slug(), t.name(), speeches.cardinality()));
        }
        list.sort((a, b) -> Integer.compare((Integer) ((List<?>) b).get(2), (Integer) ((List<?>) a).get(2)));
        write("themes", list);
    }
}
