package wengao.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.SearchPageHints;
import wengao.themes.ThemeDetector;
import wengao.model.ThemeMap;

/**
 * Measures the wire format's levers one at a time on a built corpus (the bench's): {@code WireLevers CONTENT INDEX
 * WORK codes|-  BUCKET_CHARS HEAVY_CHARS GROUP_CHARS TEXT_BYTES …}. Not a test: a tool for the README's table, run by hand. Exports with each layout and re-codes every
 * gram's postings in the earlier encodings, printing bytes and files.
 */
final class WireLevers {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path index = Path.of(args[1]);
        Path work = Path.of(args[2]);
        Corpus corpus = CorpusReader.read(content);
        ThemeMap themes = ThemeDetector.detect(corpus);
        UnitTable table = new UnitTable(corpus.speeches());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<ClientIndexExporter.Layout> layouts = new java.util.ArrayList<>();
            for (int i = 4; i + 3 < args.length; i += 4) {
                layouts.add(new ClientIndexExporter.Layout(Integer.parseInt(args[i]), Integer.parseInt(args[i + 1]),
                        Integer.parseInt(args[i + 2]), Integer.parseInt(args[i + 3])));
            }
            for (int i = 0; i < layouts.size(); i++) {
                ClientIndexExporter.Layout layout = layouts.get(i);
                Path out = work.resolve("layout" + i);
                ClientIndexExporter.Export e;
                try (FSDirectory d = FSDirectory.open(index); IndexView view = new IndexView(DirectoryReader.open(d))) {
                    e = ClientIndexExporter.export(view, table, corpus.speeches(), themes, out, threads, layout);
                }
                System.out.printf(Locale.ROOT, "%s: %d buckets, %d heavy%n", layout, e.hints().buckets(), e.hints().heavy().size());
                for (String kind : List.of("p", "h", "t", "th")) {
                    System.out.printf(Locale.ROOT, "  %-3s %6d files %10d bytes (%.1f KB a file)%n", kind,
                            count(out.resolve(kind)), size(out.resolve(kind)), size(out.resolve(kind)) / 1024.0 / Math.max(1, count(out.resolve(kind))));
                }
                System.out.printf(Locale.ROOT, "  all %6d files %10d bytes%n", count(out), size(out));
                if (i == 0 && args[3].equals("codes")) {
                    encodings(out, e.hints());
                }
            }
        } finally {
            threads.shutdown();
        }
    }

    /** Every gram's postings re-coded the old ways: sizes of the codes alone, and of the bucket framing. */
    @SuppressWarnings("unchecked")
    static void encodings(Path out, SearchPageHints hints) throws IOException {
        ClientIndexReader page = new ClientIndexReader(out, hints);
        long[] sizes = new long[4];
        long rice = 0;
        long jsonKeys = 0;
        long joinedKeys = 0;
        for (String gram : page.grams()) {
            boolean three = gram.codePointCount(0, gram.length()) == 3;
            IndexView.Matches matches = three ? null : page.units(gram);
            int[][] trigramRows = three ? page.trigram(gram) : null;
            int gramBytes = gram.getBytes(StandardCharsets.UTF_8).length;
            jsonKeys += gramBytes + 2 + 1 + 2 + 1;
            joinedKeys += gramBytes + 1 + 1;
            ByteSinkLike plainVarints = new ByteSinkLike();
            ByteSinkLike folded = new ByteSinkLike();
            if (!three) {
                IndexView.Matches m = matches;
                rice += WireEncoder.unitsWithFrequencies(m.units(), m.tf(), m.size(), BlockCuts.byNumber(WireEncoder.BLOCK)).length();
                for (int i = 0, previous = 0; i < m.size(); i++) {
                    plainVarints.varint(m.units()[i] - previous);
                    plainVarints.varint(m.tf()[i]);
                    folded.varint((m.units()[i] - previous) * 2 + (m.tf()[i] > 1 ? 1 : 0));
                    if (m.tf()[i] > 1) {
                        folded.varint(m.tf()[i] - 2);
                    }
                    previous = m.units()[i];
                }
            } else {
                int previous = 0;
                int[] units = new int[trigramRows.length];
                int[] counts = new int[trigramRows.length];
                java.util.List<Integer> flat = new java.util.ArrayList<>();
                for (int i = 0; i < units.length; i++) {
                    units[i] = trigramRows[i][0];
                    counts[i] = trigramRows[i].length - 1;
                    for (int j = 1; j < trigramRows[i].length; j++) {
                        flat.add(trigramRows[i][j]);
                    }
                }
                rice += WireEncoder.rows(units, counts, flat.stream().mapToInt(Integer::intValue).toArray(), units.length,
                        hints.unitBits()).length();
                for (int[] row : trigramRows) {
                    plainVarints.varint(row[0] - previous);
                    plainVarints.varint(row.length - 1);
                    folded.varint((row[0] - previous) * 2 + (row.length > 2 ? 1 : 0));
                    if (row.length > 2) {
                        folded.varint(row.length - 3);
                    }
                    previous = row[0];
                    for (int j = 1, p = 0; j < row.length; j++) {
                        plainVarints.varint(row[j] - p);
                        folded.varint(row[j] - p);
                        p = row[j];
                    }
                }
            }
            sizes[0] += Base64.getEncoder().encodeToString(plainVarints.bytes()).length();
            sizes[1] += Base64.getEncoder().encodeToString(folded.bytes()).length();
            sizes[2] += (folded.size * 5L + 3) / 4;
            sizes[3] += folded.size;
        }
        System.out.printf(Locale.ROOT, "codes of %d grams: varint pairs in base64 %d; varints with the frequency folded "
                        + "into the gap, base64 %d, base85 %d, raw bytes %d; Rice/gamma bits packed in base-89 digits %d (every gram coded alone)%n",
                page.grams().size(), sizes[0], sizes[1], sizes[2], sizes[3], rice);
        System.out.printf(Locale.ROOT, "keys: JSON object {\"gram\":\"code\"} %d bytes; two space-joined strings %d%n",
                jsonKeys, joinedKeys);
    }

    static final class ByteSinkLike {
        byte[] b = new byte[64];
        int size;

        void varint(int value) {
            int v = value;
            while ((v & ~0x7F) != 0) {
                put((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            put(v);
        }

        void put(int x) {
            if (size == b.length) {
                b = java.util.Arrays.copyOf(b, size * 2);
            }
            b[size++] = (byte) x;
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(b, size);
        }
    }

    static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> w = Files.walk(dir)) {
            return w.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static long count(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> w = Files.walk(dir)) {
            return w.filter(Files::isRegularFile).count();
        }
    }
}
