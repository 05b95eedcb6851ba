package wengao.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import wengao.model.Mention;
import wengao.model.Speech;
import wengao.model.Theme;
import wengao.model.ThemeMap;
import wengao.text.NormalizedText;

/**
 * Writes the Lucene index: one document per unit (title, heading, paragraph) with the exact-match trigram field,
 * the smartcn field (speech titles), and stored fields for speech, anchor, outline path, year, themes and
 * text.
 */
final class LuceneIndexer {

    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Units a worker takes at a time: few enough that workers end together, enough that taking them costs nothing. */
    private static final int BATCH = 64;

    private LuceneIndexer() {
    }

    /** What writing the index did: documents added, deleted and renumbered (a fresh index adds them all). */
    record Written(int added, int deleted, int renumbered) {
    }

    /**
     * Writes the index of every unit into {@code indexDir}. With a {@code previous} index (the last build's, or
     * null), its files are linked in and only the documents that changed are replaced: a document is named by the
     * digest of everything it holds ({@link Fields#KEY}), so a unit whose document would come out the same is kept,
     * and the rest are deleted and added by term. The export reads live documents only, so the result reads the
     * same as a fresh index.
     */
    static Written write(List<Speech> speeches, UnitTable table, ThemeMap themes, Path indexDir, Path previous,
                         ExecutorService pool) throws IOException {
        // Each unit's themes by its speech's number and its own: no string made per mention or per unit.
        Map<String, Integer> speechNumbers = new HashMap<>(2 * speeches.size());
        for (int i = 0; i < speeches.size(); i++) {
            speechNumbers.put(speeches.get(i).slug(), i);
        }
        Map<Long, Set<String>> unitThemes = new HashMap<>();
        for (Theme t : themes.themes()) {
            for (Mention m : t.mentions()) {
                Integer speech = speechNumbers.get(m.speech());
                if (speech != null) {
                    unitThemes.computeIfAbsent(unitNumber(speech, m.unit()), k -> new TreeSet<>()).add(t.slug());
                }
            }
        }
        List<Map<String, String>> paths = new ArrayList<>();
        for (Speech s : speeches) {
            paths.add(OutlinePaths.of(s));
        }
        int n = table.units.size();
        String[] keys = new String[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            UnitTable.Unit u = table.units.get(i);
            Speech s = speeches.get(u.speech());
            keys[i] = UnitKey.of(u, s, paths.get(u.speech()), themesOf(unitThemes, u));
        });
        boolean update = previous != null && linked(previous, indexDir);
        // A fresh index is read only by its merges, in order: through NIO, not mapped, so that it does not count in
        // the build's resident memory. An update looks up every key of the last index: mapped, which is quicker.
        try (FSDirectory dir = update ? FSDirectory.open(indexDir) : new org.apache.lucene.store.NIOFSDirectory(indexDir);
             Opened opened = open(dir, update, indexDir, keys)) {
            IndexWriter writer = opened.writer;
            Kept kept = opened.kept;
            if (!kept.gone.isEmpty()) {
                writer.deleteDocuments(kept.gone.toArray(new org.apache.lucene.index.Term[0]));
            }
            // A unit kept whose place in reading order moved (a unit added or removed before it) gets its new numbers
            // in place: numbers are doc values only, which Lucene updates without indexing the unit again.
            List<Integer> add = new ArrayList<>();
            int renumbered = 0;
            for (int i = 0; i < n; i++) {
                UnitTable.Unit u = table.units.get(i);
                if (!kept.found.get(i)) {
                    add.add(i);
                } else if (kept.units[i] != u.id() || kept.speeches[i] != u.speech()) {
                    writer.updateDocValues(new org.apache.lucene.index.Term(Fields.KEY, keys[i]),
                            new NumericDocValuesField(Fields.UNIT, u.id()),
                            new NumericDocValuesField(Fields.SPEECH_ID, u.speech()));
                    renumbered++;
                }
            }
            try {
                List<Future<?>> work = new ArrayList<>();
                // Each worker takes the next few units as it is free, not a fixed share: units differ in length, and
                // a share fixed in advance left one core idle while the other indexed the rest of its own.
                java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
                for (int w = 0; w < Math.min(THREADS, add.size()); w++) {
                    work.add(pool.submit(() -> {
                        for (int from; (from = taken.getAndAdd(BATCH)) < add.size(); ) {
                            for (int i : add.subList(from, Math.min(add.size(), from + BATCH))) {
                                UnitTable.Unit u = table.units.get(i);
                                Document d = document(u, speeches.get(u.speech()), paths.get(u.speech()),
                                        themesOf(unitThemes, u));
                                d.add(new StringField(Fields.KEY, keys[i], Field.Store.NO));
                                writer.addDocument(d);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            } catch (Exception e) {
                throw new IOException("indexing failed: " + e.getMessage(), e);
            }
            writer.commit();
            return new Written(add.size(), kept.gone.size(), renumbered);
        }
    }

    private static Set<String> themesOf(Map<Long, Set<String>> unitThemes, UnitTable.Unit u) {
        return unitThemes.getOrDefault(unitNumber(u.speech(), u.unit().index()), Set.of());
    }

    private static long unitNumber(int speech, int unit) {
        return (long) speech << 32 | (unit & 0xffffffffL);
    }

    /** A writer, and what the index it writes holds already of the units wanted. */
    private record Opened(IndexWriter writer, Kept kept) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /**
     * Of each unit wanted (by its number in the table), whether the index holds its document already, and then its
     * unit and speech numbers there; and the keys of the documents held that no unit wants.
     */
    private record Kept(java.util.BitSet found, long[] units, long[] speeches, List<org.apache.lucene.index.Term> gone) {

        static Kept none(int n) {
            return new Kept(new java.util.BitSet(), new long[n], new long[n], List.of());
        }
    }

    /**
     * A writer on the linked copy of the last index; when that copy cannot be opened or read (damaged, written
     * without keys), a writer on a fresh index instead: the last index is a saving, never a requirement.
     */
    private static Opened open(FSDirectory dir, boolean update, Path indexDir, String[] keys) throws IOException {
        if (update) {
            IndexWriter w = null;
            try {
                w = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.APPEND));
                return new Opened(w, live(w, keys));
            } catch (IOException | RuntimeException e) {
                if (w != null) {
                    w.rollback();
                }
                clear(indexDir);
            }
        }
        return new Opened(new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE)), Kept.none(keys.length));
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(new SmartChineseAnalyzer())
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64)
                .setUseCompoundFile(false);
    }

    /**
     * What the live documents of the index being written hold of the units with these keys. The keys are looked up
     * as the index's bytes, in one walk of its terms: no string is made of a key kept, nor a map of every key held.
     */
    private static Kept live(IndexWriter writer, String[] keys) throws IOException {
        int n = keys.length;
        // Each key's first unit; further units with the same key are chained by sameKey.
        Map<BytesRef, Integer> wanted = new HashMap<>(Math.max(16, 2 * n));
        int[] sameKey = new int[n];
        Arrays.fill(sameKey, -1);
        for (int i = 0; i < n; i++) {
            Integer first = wanted.putIfAbsent(new BytesRef(keys[i]), i);
            if (first != null) {
                sameKey[i] = sameKey[first];
                sameKey[first] = i;
            }
        }
        Kept kept = new Kept(new java.util.BitSet(n), new long[n], new long[n], new ArrayList<>());
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            Terms terms = MultiTerms.getTerms(reader, Fields.KEY);
            if (terms == null) {
                if (reader.numDocs() > 0) {
                    throw new IOException("the index has no unit keys");
                }
                return kept;
            }
            long[] units = numbers(reader, Fields.UNIT);
            long[] speeches = numbers(reader, Fields.SPEECH_ID);
            org.apache.lucene.util.Bits liveDocs = MultiBits.getLiveDocs(reader);
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                pe = te.postings(pe, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (liveDocs == null || liveDocs.get(d)) {
                        Integer first = wanted.get(t);
                        if (first == null) {
                            kept.gone.add(new org.apache.lucene.index.Term(Fields.KEY, BytesRef.deepCopyOf(t)));
                        }
                        for (int i = first == null ? -1 : first; i >= 0; i = sameKey[i]) {
                            kept.found.set(i);
                            kept.units[i] = units[d];
                            kept.speeches[i] = speeches[d];
                        }
                        break;
                    }
                }
            }
        }
        return kept;
    }

    private static long[] numbers(DirectoryReader reader, String field) throws IOException {
        long[] out = new long[reader.maxDoc()];
        java.util.Arrays.fill(out, -1);
        org.apache.lucene.index.NumericDocValues v = org.apache.lucene.index.MultiDocValues.getNumericValues(reader, field);
        if (v != null) {
            for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
                out[d] = v.longValue();
            }
        }
        return out;
    }

    /** Links the files of the last index into the empty {@code indexDir}; false when any cannot be. */
    private static boolean linked(Path previous, Path indexDir) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(previous)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals(IndexWriter.WRITE_LOCK_NAME) || !java.nio.file.Files.isRegularFile(f)) {
                    continue;
                }
                try {
                    java.nio.file.Files.createLink(indexDir.resolve(name), f);
                } catch (IOException | UnsupportedOperationException e) {
                    java.nio.file.Files.copy(f, indexDir.resolve(name));
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            clear(indexDir);
            return false;
        }
    }

    private static void clear(Path indexDir) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(indexDir)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // the writer, opened to create, reports what it cannot do
        }
    }

    static Document document(UnitTable.Unit u, Speech s, Map<String, String> paths, Set<String> themes) {
        String text = u.unit().text();
        String normalized = NormalizedText.of(text).text();
        Document d = new Document();
        d.add(new NumericDocValuesField(Fields.UNIT, u.id()));
        d.add(new StringField(Fields.SPEECH, s.slug(), Field.Store.YES));
        d.add(new NumericDocValuesField(Fields.SPEECH_ID, u.speech()));
        d.add(new StoredField(Fields.TITLE, s.title()));
        d.add(new StoredField(Fields.ANCHOR, u.unit().anchor()));
        d.add(new StoredField(Fields.PATH, paths.getOrDefault(u.unit().anchor(), "")));
        int year = s.date() == null ? 0 : s.date().year();
        d.add(new NumericDocValuesField(Fields.YEAR, year));
        d.add(new StoredField(Fields.YEAR, year));
        d.add(new NumericDocValuesField(Fields.TIER, u.tier()));
        d.add(new StoredField(Fields.TIER, u.tier()));
        d.add(new StoredField(Fields.TEXT, text));
        for (String theme : themes) {
            d.add(new StringField(Fields.THEMES, theme, Field.Store.YES));
        }
        d.add(new Field(Fields.G3, new GramTokenStream(normalized), Fields.POSITIONED_GRAMS));
        if (u.tier() == 0) {
            // Titles only: smartcn over all text costs most of a build's time (11 s of 15 at 2,000 speeches on two
            // cores), and ranking must not depend on segmentation the browser cannot repeat.
            d.add(new TextField(Fields.ZH, text, Field.Store.NO));
        }
        return d;
    }
}
