package wengao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wengao.bench.Benchmark;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks wengao on a synthetic corpus: build time per stage, peak memory, site and index size,",
                "search exactness, and per query the bytes a cold browser loads and the time to results in headless Chromium."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speeches", paramLabel = "N", defaultValue = "2000", description = "Speeches to generate. Default: ${DEFAULT-VALUE}")
    int speeches;

    @Option(names = "--sources", paramLabel = "DIR", split = ",",
            defaultValue = "content/speeches,src/test/resources/corpus-extra",
            description = "Folders of real speeches to draw from. Default: ${DEFAULT-VALUE}")
    List<Path> sources;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Where the corpus and site are written (replaced). Default: ${DEFAULT-VALUE}")
    Path work;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--no-browser", description = "Skip the measurements in headless Chromium.")
    boolean noBrowser;

    @Override
    public Integer call() throws Exception {
        if (speeches < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--speeches must be at least 1");
        }
        Path themes = Path.of("content/themes");
        return new Benchmark(spec.commandLine().getOut()).run(new Benchmark.Options(speeches, sources, work, seed,
                !noBrowser, Files.isDirectory(themes) ? themes : null));
    }
}
