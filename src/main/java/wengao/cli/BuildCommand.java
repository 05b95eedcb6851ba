package wengao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the site.")
final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
