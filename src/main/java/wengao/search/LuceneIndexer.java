package wengao.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.apache.lucene.index.IndexWriter;
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

    private LuceneIndexer() {
    }

    static void write(List<Speech> speeches, UnitTable table, ThemeMap themes, Path indexDir, ExecutorService pool)
            throws IOException {
        Map<String, Set<String>> unitThemes = new HashMap<>();
        for (Theme t : themes.themes()) {
            for (Mention m : t.mentions()) {
                unitThemes.computeIfAbsent(m.speech() + "#" + m.unit(), k -> new TreeSet<>()).add(t.slug());
            }
        }
        List<Map<String, String>> paths = new ArrayList<>();
        for (Speech s : speeches) {
            paths.add(OutlinePaths.of(s));
        }
        IndexWriterConfig config = new IndexWriterConfig(new SmartChineseAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setUseCompoundFile(false);
        try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            try {
                List<Future<?>> work = new ArrayList<>();
                int n = table.units.size();
                int chunk = Math.max(1, (n + THREADS - 1) / THREADS);
                for (int from = 0; from < n; from += chunk) {
                    List<UnitTable.Unit> slice = table.units.subList(from, Math.min(n, from + chunk));
                    work.add(pool.submit(() -> {
                        for (UnitTable.Unit u : slice) {
                            Speech s = speeches.get(u.speech());
                            try {
                                writer.addDocument(document(u, s, paths.get(u.speech()),
                                        unitThemes.getOrDefault(s.slug() + "#" + u.unit().index(), Set.of())));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
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
        }
    }

    static Document document(UnitTable.Unit u, Speech s, Map<String, String> paths, Set<String> themes) {
        String text = u.unit().text();
        String normalized = NormalizedText.of(text).text();
        Document d = new Document();
        d.add(new NumericDocValuesField(Fields.UNIT, u.id()));
        d.add(new StoredField(Fields.UNIT, u.id()));
        d.add(new StringField(Fields.SPEECH, s.slug(), Field.Store.YES));
        d.add(new NumericDocValuesField(Fields.SPEECH_ID, u.speech()));
        d.add(new StoredField(Fields.SPEECH_ID, u.speech()));
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
