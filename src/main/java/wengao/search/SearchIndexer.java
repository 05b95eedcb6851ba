package wengao.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import wengao.model.Corpus;
import wengao.model.OutputFile;
import wengao.model.Problem;
import wengao.model.ThemeMap;

/**
 * The search stage: writes the Lucene index of every unit into {@code workDir/index} and exports the static
 * client index from it into {@code workDir/client}, returned as site files for publish to copy. The caller
 * provides {@code workDir} empty.
 */
public final class SearchIndexer {

    public static final String INDEX = "index";
    static final String CLIENT = "client";

    private SearchIndexer() {
    }

    /**
     * The site files of the client index; {@code pageIndex}, what the search page itself must carry (bucket count,
     * heavy grams); problems; and how long the parts of the stage took (nanoseconds).
     */
    public record Result(List<OutputFile> files, Map<String, Object> pageIndex, List<Problem> problems,
                         Map<String, Long> partNanos) {
    }

    public static Result build(Corpus corpus, ThemeMap themes, Path workDir) {
        try {
            Path indexDir = workDir.resolve(INDEX);
            Files.createDirectories(indexDir);
            long t0 = System.nanoTime();
            UnitTable table = new UnitTable(corpus.speeches());
            LuceneIndexer.write(corpus.speeches(), table, themes, indexDir);
            long indexed = System.nanoTime() - t0;
            try (FSDirectory directory = FSDirectory.open(indexDir);
                 IndexView view = new IndexView(DirectoryReader.open(directory))) {
                DirectoryReader reader = view.reader;
                long t1 = System.nanoTime();
                ClientIndexExporter.Export export = ClientIndexExporter.export(reader, view, table, corpus.speeches(), themes,
                        workDir.resolve(CLIENT));
                Map<String, Long> parts = new java.util.LinkedHashMap<>();
                parts.put("Lucene index", indexed);
                parts.put("client export", System.nanoTime() - t1);
                return new Result(export.files(), export.pageIndex(), List.of(), parts);
            }
        } catch (IOException | RuntimeException e) {
            return new Result(List.of(), Map.of(), List.of(Problem.error(workDir.toString(), 0, "cannot build the search index: " + e.getMessage())), Map.of());
        }
    }
}
