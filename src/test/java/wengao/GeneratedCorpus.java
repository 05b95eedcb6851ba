package wengao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import wengao.bench.CorpusGenerator;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;

/** A synthetic corpus the benchmark's way: speeches assembled from the seeds and the real reports in the repo. */
public final class GeneratedCorpus {

    private GeneratedCorpus() {
    }

    public static Corpus of(int speeches, long seed, Path dir) {
        try {
            new CorpusGenerator(List.of(TestFiles.seeds(), TestFiles.resource("corpus-extra"))).generate(speeches, seed, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CorpusReader.read(dir);
    }
}
