package wengao.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import wengao.model.Corpus;
import wengao.model.OutputFile;
import wengao.model.PageReuse;
import wengao.model.Problem;
import wengao.model.SearchPageHints;
import wengao.model.ThemeMap;

/**
 * The search stage, in two steps: {@link #index} writes the Lucene index of every unit into
 * {@code workDir/index}; {@link Indexed#export} exports the static client index from it into
 * {@code workDir/client}, returned as site files for publish to move. The caller provides {@code workDir} empty,
 * and the threads both steps work on. The build runs the export beside render, the indexing with both cores to
 * itself.
 */
public final class SearchIndexer {

    public static final String INDEX = "index";
    static final String CLIENT = "client";

    private SearchIndexer() {
    }

    /**
     * The site files of the client index; {@code hints}, what the search page itself must carry; problems; and
     * {@code notes} for the person building, about the build rather than the content (what of the last build was
     * not trusted), which are not kept with the build's problems.
     */
    public record Result(List<OutputFile> files, SearchPageHints hints, List<Problem> problems, List<String> notes) {

        public static Result failed(Problem problem) {
            return new Result(List.of(), SearchPageHints.NONE, List.of(problem), List.of());
        }
    }

    /** A written Lucene index, ready to be exported; or the problem that stopped it. */
    public static final class Indexed {
        private final Corpus corpus;
        private final ThemeMap themes;
        private final Path workDir;
        private final UnitTable table;
        private final Problem problem;
        private final ExecutorService threads;
        private final Path previous;

        private Indexed(Corpus corpus, ThemeMap themes, Path workDir, Path previous, UnitTable table, Problem problem,
                        ExecutorService threads) {
            this.threads = threads;
            this.previous = previous;
            this.corpus = corpus;
            this.themes = themes;
            this.workDir = workDir;
            this.table = table;
            this.problem = problem;
        }

        public Result export() {
            return export(PageReuse.NONE);
        }

        /** The export, taking from {@code reuse} the last build's files where they are made from the same. */
        public Result export(PageReuse reuse) {
            if (problem != null) {
                return Result.failed(problem);
            }
            // Read, not mapped: the export walks the whole index once, and mapped files count in the build's
            // resident memory as they are read, a large share of it for a large corpus. The deflated text shards
            // go beside the index, kept with it for the next build.
            try (DeflatedShards kept = DeflatedShards.open(previous == null ? null : previous.resolve(DeflatedShards.FILE),
                         workDir.resolve(DeflatedShards.FILE));
                 FSDirectory directory = new org.apache.lucene.store.NIOFSDirectory(workDir.resolve(INDEX));
                 IndexView view = new IndexView(DirectoryReader.open(directory))) {
                ClientIndexExporter.Export export = ClientIndexExporter.export(view, table, corpus.speeches(),
                        themes, workDir.resolve(CLIENT), threads, ClientIndexExporter.Layout.DEFAULT, kept, reuse,
                        new ClientIndexExporter.Kept(previous, workDir, corpus.sources()));
                List<String> notes = new java.util.ArrayList<>(kept.note().stream().toList());
                notes.addAll(export.notes());
                return new Result(export.files(), export.hints(), List.of(), notes);
            } catch (IOException | RuntimeException e) {
                return Result.failed(Problem.error(workDir.toString(), 0, "cannot export the search index: " + e.getMessage()));
            }
        }
    }

    public static Indexed index(Corpus corpus, ThemeMap themes, Path workDir, ExecutorService threads) {
        return index(corpus, themes, workDir, null, threads);
    }

    /**
     * The index of every unit, updated from {@code previous} (the last build's work folder, or null for a fresh
     * one): only documents that changed are deleted and added; the export takes what it can of the last one's.
     */
    public static Indexed index(Corpus corpus, ThemeMap themes, Path workDir, Path previous, ExecutorService threads) {
        Path kept = previous != null && Files.isDirectory(previous.resolve(INDEX)) ? previous : null;
        try {
            Path indexDir = workDir.resolve(INDEX);
            Files.createDirectories(indexDir);
            UnitTable table = new UnitTable(corpus.speeches());
            LuceneIndexer.write(corpus.speeches(), table, themes, indexDir, kept == null ? null : kept.resolve(INDEX),
                    threads);
            return new Indexed(corpus, themes, workDir, kept, table, null, threads);
        } catch (IOException | RuntimeException e) {
            return new Indexed(corpus, themes, workDir, null, null,
                    Problem.error(workDir.toString(), 0, "cannot build the search index: " + e.getMessage()), threads);
        }
    }

    /** Both steps, one after the other, on threads of their own. */
    public static Result build(Corpus corpus, ThemeMap themes, Path workDir) {
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            return index(corpus, themes, workDir, threads).export();
        } finally {
            threads.shutdown();
        }
    }
}
