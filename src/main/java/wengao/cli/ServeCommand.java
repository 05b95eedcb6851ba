package wengao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wengao.serve.SearchEndpoint;
import wengao.serve.ServeOptions;
import wengao.serve.ServeSession;

/**
 * Runs in this JVM, unlike {@code build} (see {@link TunedJvm}): a server lives for hours, so the C2 compiler's
 * warm-up, which a single build cannot win back, pays off from the second rebuild on.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on this machine, rebuilds when content or templates change and reloads open pages.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceFolders folders;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 lets other machines see the preview. Default: ${DEFAULT-VALUE}")
    String bind;

    @Option(names = "--solr", paramLabel = "URL",
            description = "Also answer the search page from this SolrCloud node's collection (read-only, searches only) "
                    + "at /__wengao/search; the site is built to ask it.")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The collection, with --solr.")
    String collection;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("wengao: --port " + port + " is not a port (0 to 65535; 0 picks a free one)");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(folders.content)) {
            err.println("wengao: " + folders.content + ": content folder not found");
            return ExitCodes.INPUT_PROBLEMS;
        }
        if (!isOfThisMachine(bind)) {
            err.println("wengao: --bind " + bind + " is not an address of this machine");
            return ExitCodes.INPUT_PROBLEMS;
        }
        if ((solr == null) != (collection == null)) {
            err.println("wengao serve: error: --solr and --collection go together");
            return ExitCodes.USAGE;
        }
        SearchEndpoint search;
        try {
            search = solr == null ? null : RemoteSearch.endpoint(solr, collection);
        } catch (IllegalArgumentException e) {
            err.println("wengao serve: error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ServeSession session;
        try {
            session = ServeSession.start(new ServeOptions(folders.content, folders.templates, bind, port, search), out, err);
        } catch (BindException e) {
            err.println("wengao: cannot listen on " + bind + ":" + port + ": " + (port == 0 ? e.getMessage()
                    : "the port is in use or not allowed; choose another with --port (--port 0 picks a free one)"));
            return ExitCodes.INPUT_PROBLEMS;
        } catch (IOException e) {
            err.println("wengao: cannot serve on " + bind + ":" + port + ": " + e.getMessage());
            return ExitCodes.INPUT_PROBLEMS;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            session.close();
            out.println("wengao serve stopped");
            out.flush();
        }, "wengao-serve-stop"));
        out.println("serving " + session.url() + " (built into " + session.site() + "; watching "
                + String.join(", ", session.watched().stream().map(Path::toString).toList()) + "); Ctrl-C stops");
        out.flush();
        session.awaitClose();
        return ExitCodes.OK;
    }

    /** So that a bind that cannot work is named as such, not as a port in use (the system gives both one error). */
    private static boolean isOfThisMachine(String address) {
        try {
            InetAddress a = InetAddress.getByName(address);
            return a.isAnyLocalAddress() || a.isLoopbackAddress() || NetworkInterface.getByInetAddress(a) != null;
        } catch (UnknownHostException e) {
            return false;
        } catch (SocketException e) {
            return true; // the interfaces cannot be listed: let the bind itself decide
        }
    }
}
