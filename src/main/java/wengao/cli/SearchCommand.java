package wengao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wengao.pipeline.BuildCache;
import wengao.json.JsonWriter;
import wengao.model.SearchHit;
import wengao.model.SearchResults;
import wengao.search.Highlights;
import wengao.search.SearchQuery;
import wengao.search.Searcher;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds every paragraph that contains the query, exactly, in the index of the last build.",
                "Terms are separated by spaces; a speech must contain every term; -term excludes speeches that contain it;",
                "\"double quotes\" keep words with spaces together. Punctuation, spaces and letter case do not count."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder the site was built from. Default: ${DEFAULT-VALUE}")
    Path content;

    @Option(names = "--json", description = "Print {\"query\", \"total\", \"hits\": [{\"url\", \"anchor\", \"speech\", \"snippet\"}]}.")
    boolean json;

    @Option(names = "--year", paramLabel = "Y", description = "Only speeches of this year.")
    Integer year;

    @Option(names = "--theme", paramLabel = "SLUG", description = "Only speeches that mention this theme.")
    String theme;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "List at most N hits (the total is always exact). Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--solr", paramLabel = "URL",
            description = "Search this SolrCloud node's collection (wengao index --solr) instead of the last build.")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The collection, with --solr.")
    String collection;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are several terms.")
    List<String> words;

    /** A word that looks like a long option: two dashes, then a Latin letter. */
    private static final java.util.regex.Pattern MISTYPED_OPTION = java.util.regex.Pattern.compile("--[A-Za-z][A-Za-z0-9-]*(=.*)?");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String word : words) {
            // "-四风" excludes a term, so unknown options reach the query; "--site" is no term but a mistyped option.
            if (MISTYPED_OPTION.matcher(word).matches()) {
                err.println("wengao search: error: unknown option " + word.split("=", 2)[0]
                        + " (see wengao search --help; to find it as text, put it in quotes with a space: \" " + word + "\")");
                return ExitCodes.USAGE;
            }
        }
        String text = String.join(" ", words);
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            err.println("wengao search: error: the query is empty: " + (query.exclude().isEmpty()
                    ? "it has no letters or numbers (punctuation and spaces do not count)"
                    : "it only excludes (-term); name at least one term to find"));
            return ExitCodes.USAGE;
        }
        SearchResults results;
        if (solr != null || collection != null) {
            if (solr == null || collection == null) {
                err.println("wengao search: error: --solr and --collection go together");
                return ExitCodes.USAGE;
            }
            try {
                results = RemoteSearch.run(solr, collection, query, year == null ? 0 : year, theme, Math.max(0, limit));
            } catch (IllegalArgumentException e) {
                err.println("wengao search: error: " + e.getMessage());
                return ExitCodes.USAGE;
            } catch (IOException | RuntimeException e) {
                err.println("wengao search: error: cannot search " + solr + " collection " + collection + ": " + RemoteSearch.reason(e));
                return ExitCodes.INPUT_PROBLEMS;
            }
            return print(out, text, results);
        }
        BuildCache cache = BuildCache.of(content);
        if (cache.builtAt() < 0) {
            err.println(content + ": error: no search index for this content folder; build the site first "
                    + "(java -jar target/wengao.jar build --content " + content + ")");
            return ExitCodes.INPUT_PROBLEMS;
        }
        if (cache.isStale(content)) {
            err.println(content + ": warning: files changed since the last build; results are from that build");
        }
        try (Searcher searcher = Searcher.open(cache.index())) {
            if (theme != null && !searcher.themeSlugs().contains(theme)) {
                List<String> slugs = searcher.themeSlugs();
                err.println("wengao search: error: --theme " + theme + ": no speech of the last build mentions a theme "
                        + "with this slug; " + (slugs.isEmpty() ? "it has no themes"
                        : "the themes are: " + String.join(", ", slugs)));
                return ExitCodes.USAGE;
            }
            results = searcher.search(query, year == null ? 0 : year, theme, Math.max(0, limit));
        } catch (IOException e) {
            err.println(content + ": error: cannot read the search index (" + e.getMessage() + "); build the site again");
            return ExitCodes.INPUT_PROBLEMS;
        }
        return print(out, text, results);
    }

    private int print(PrintWriter out, String text, SearchResults results) {
        List<SearchHit> shown = results.hits();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", text);
            m.put("total", results.total());
            m.put("speeches", results.speeches());
            List<Object> hits = new ArrayList<>();
            for (SearchHit h : shown) {
                Map<String, Object> hm = new LinkedHashMap<>();
                hm.put("url", h.url());
                hm.put("anchor", h.anchor());
                hm.put("speech", h.speech());
                hm.put("snippet", Highlights.snippet(h.text(), h.highlights()));
                hits.add(hm);
            }
            m.put("hits", hits);
            out.println(JsonWriter.pretty(m));
            return ExitCodes.OK;
        }
        out.println(text + ": " + count(results.total(), "paragraph", "paragraphs") + " in " + count(results.speeches(), "speech", "speeches")
                + (shown.size() < results.total() ? " (first " + shown.size() + " shown; --limit for more)" : ""));
        String speech = null;
        for (SearchHit h : shown) {
            if (!h.speechSlug().equals(speech)) {
                speech = h.speechSlug();
                out.println();
                out.println(h.speech());
            }
            out.println("  " + h.url() + "#" + h.anchor() + "  " + Highlights.snippet(h.text(), h.highlights()));
        }
        return ExitCodes.OK;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
