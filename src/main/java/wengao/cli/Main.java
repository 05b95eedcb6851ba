package wengao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar wengao.jar}. */
@Command(name = "wengao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a static site from a corpus of Chinese speeches.")
public final class Main implements Runnable {

    /**
     * The commands, in the order help lists them. A command line that names one gets only it (and help): picocli
     * reads every command's options by reflection when it is added, which cost every build a good part of its
     * start-up for six commands it would not run.
     */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> COMMANDS = commands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> commands() {
        java.util.Map<String, java.util.function.Supplier<Object>> c = new java.util.LinkedHashMap<>();
        c.put("build", BuildCommand::new);
        c.put("check", CheckCommand::new);
        c.put("parse", ParseCommand::new);
        c.put("themes", ThemesCommand::new);
        c.put("search", SearchCommand::new);
        c.put("serve", ServeCommand::new);
        c.put("index", IndexCommand::new);
        return c;
    }

    public static void main(String[] args) {
        Runnable watching = TunedJvm.stopWithParent();
        if (TunedJvm.wanted(args)) {
            int code = TunedJvm.relaunch(args);
            if (code >= 0) {
                System.exit(code);
            }
        }
        try {
            int code = run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8));
            watching.run();
            System.exit(code);
        } catch (OutOfMemoryError e) {
            // Not a problem of the input: one line that says what to do, and the site left as it was.
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            System.err.println("wengao: out of memory (" + mb + " MB of heap); the site was left as it was. Give it "
                    + "more: java -Xmx" + Math.max(2 * mb, 1024) + "m -jar wengao.jar " + String.join(" ", args));
            System.exit(ExitCodes.INTERNAL);
        }
    }

    /** Runs a command line with the given streams; returns the exit code. Tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        String named = args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.addSubcommand("help", new CommandLine.HelpCommand());
        CommandLine search = cli.getSubcommands().get("search");
        if (search != null) {
            // "-四风" in a query excludes a term; it is not an option.
            search.setUnmatchedOptionsArePositionalParams(true);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("wengao: internal error: " + e);
            err.println("Please report this with the command you ran; the site was left as it was.");
            return ExitCodes.INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command: build, check, parse, themes, search, serve, index (see --help)");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"wengao " + (v == null ? "(development build)" : v)};
        }
    }
}
