package wengao.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The benchmark's command line. Test code, not a command of wengao.jar: run it through Maven, which packages the
 * jar it measures first: {@code mvn -B -q -Pbench package -DskipTests -Dbench.args="--speeches 2000"}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks wengao on a synthetic corpus: build time per stage, peak memory, site and index size,",
                "search exactness, and per query the bytes a cold browser loads and the time to results in headless Chromium."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speeches", paramLabel = "N", defaultValue = "2000", description = "Speeches to generate. Default: ${DEFAULT-VALUE}")
    int speeches;

    @Option(names = "--sources", paramLabel = "DIR", split = ",", defaultValue = "content/speeches",
            description = "Folders of real speeches to draw from. Default: ${DEFAULT-VALUE}")
    List<Path> sources;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Where the corpus and site are written (replaced). Default: ${DEFAULT-VALUE}")
    Path work;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--no-browser", description = "Skip the measurements in headless Chromium.")
    boolean noBrowser;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (speeches < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--speeches must be at least 1");
        }
        Path themes = Path.of("content/themes");
        return new Benchmark(spec.commandLine().getOut()).run(new Benchmark.Options(speeches, sources, work, seed,
                !noBrowser, Files.isDirectory(themes) ? themes : null));
    }
}
