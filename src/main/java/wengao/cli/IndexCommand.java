package wengao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wengao.pipeline.SiteBuilder;
import wengao.solr.SolrIndexer;
import wengao.solr.SolrTarget;

/** Only this command, {@code search --solr} and {@code serve --solr} load Solr's client classes. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Indexes the content folder into a SolrCloud collection, searched as the local index is "
                + "(wengao search --solr, wengao serve --solr).",
                "Uploads wengao's configset and creates the collection when missing; later runs send only the speeches "
                        + "that changed and delete those that are gone."})
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--solr", required = true, paramLabel = "URL",
            description = "A Solr node of the cluster, e.g. http://solr1:8983/solr (basic authentication: "
                    + "WENGAO_SOLR_AUTH=user:password in the environment).")
    String solr;

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "The collection.")
    String collection;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder of speeches (.txt, .md), read recursively. Default: ${DEFAULT-VALUE}")
    Path content;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
            description = "Shards of a collection this run creates. Default: ${DEFAULT-VALUE}")
    int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
            description = "Replicas of each shard of a collection this run creates. Default: ${DEFAULT-VALUE}")
    int replicas;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(content)) {
            err.println("wengao: " + content + ": content folder not found");
            return ExitCodes.INPUT_PROBLEMS;
        }
        if (shards < 1 || replicas < 1) {
            err.println("wengao index: error: --shards and --replicas are at least 1");
            return ExitCodes.USAGE;
        }
        SolrTarget target;
        try {
            target = new SolrTarget(solr, collection);
        } catch (IllegalArgumentException e) {
            err.println("wengao index: error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        SiteBuilder.Analysis analysis = SiteBuilder.analyse(content);
        if (ExitCodes.printed(err, analysis.problems()) != ExitCodes.OK) {
            err.println("wengao index: nothing sent: the content has errors (as wengao build would report)");
            return ExitCodes.INPUT_PROBLEMS;
        }
        try {
            SolrIndexer.Report r = SolrIndexer.index(target, analysis.corpus().speeches(), analysis.themes(), shards, replicas);
            out.println("indexed " + content + " into " + target.url() + " collection " + target.collection()
                    + (r.created() ? " (created, configset " + r.configset() + ")" : "") + ": "
                    + r.sent() + " speeches sent, " + r.deleted() + " deleted, " + r.unchanged() + " unchanged; "
                    + r.units() + " units in all");
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.println("wengao index: error: cannot index into " + target.url() + " collection " + target.collection()
                    + ": " + RemoteSearch.reason(e));
            return ExitCodes.INPUT_PROBLEMS;
        }
    }
}
