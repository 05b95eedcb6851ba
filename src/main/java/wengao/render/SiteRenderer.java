package wengao.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import wengao.model.CitedDocument;
import wengao.model.Citations;
import wengao.model.Corpus;
import wengao.model.DocumentMention;
import wengao.model.OutputFile;
import wengao.model.PageReuse;
import wengao.model.PassageMap;
import wengao.model.Problem;
import wengao.model.RelatedMap;
import wengao.model.SearchPageHints;
import wengao.model.Speech;
import wengao.model.TextUnit;
import wengao.model.Theme;
import wengao.model.ThemeMap;

/**
 * The render stage: pages from Pebble templates and the assets beside them. Templates and assets are looked up
 * in the templates folder first and in the copies built into wengao second, so a user overrides one file by
 * placing it there.
 */
public final class SiteRenderer {

    /** The built-in assets; a templates folder may add more under {@code assets/}. */
    static final List<String> BUILT_IN_ASSETS = List.of("assets/wengao.css", "assets/wengao.js", "assets/wengao-study.js", "assets/search-index.js",
            "assets/search.js");
    static final String SITE_TITLE = "文稿";
    /** Where, in the build cache's staging folder, render puts the files it makes for publish to move. */
    public static final String MADE = "pages";
    private static final String BUILT_IN = "wengao/templates/";

    private final Path templatesDir;
    private final PebbleEngine engine;
    private final PageReuse previous;
    /** The URL of a JSON search endpoint the search page asks instead of the static index; null for none. */
    private final String searchEndpoint;
    private final MadeFiles made;

    /** A renderer that keeps the files it makes in memory. */
    public SiteRenderer(Path templatesDir) {
        this(templatesDir, PageReuse.NONE, null, null);
    }

    /**
     * A renderer that takes from {@code previous} the pages made from the same inputs as before, makes a search
     * page that asks {@code searchEndpoint} (when not null) instead of the static index, and puts the files it makes
     * in {@code madeFiles} (a folder for publish to move them from; null: memory).
     */
    public SiteRenderer(Path templatesDir, PageReuse previous, String searchEndpoint, Path madeFiles) {
        this.templatesDir = templatesDir;
        this.previous = previous;
        this.searchEndpoint = searchEndpoint;
        this.made = MadeFiles.in(madeFiles);
        List<Loader<?>> loaders = new ArrayList<>();
        if (templatesDir != null && Files.isDirectory(templatesDir)) {
            loaders.add(new FileLoader(templatesDir.toAbsolutePath().toString()));
        }
        ClasspathLoader builtIn = new ClasspathLoader(SiteRenderer.class.getClassLoader());
        builtIn.setPrefix(BUILT_IN);
        loaders.add(builtIn);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .defaultLocale(Locale.SIMPLIFIED_CHINESE)
                .build();
    }

    public record Result(List<OutputFile> files, List<Problem> problems) {
    }

    /** Every page but the search page, and the assets. */
    public Result render(Corpus corpus, ThemeMap themes) {
        return render(corpus, themes, PassageMap.EMPTY, RelatedMap.EMPTY);
    }

    /**
     * Every page but the search page, and the assets; paragraphs holding shared passages get their markers, speech
     * pages list their {@code related} speeches.
     */
    public Result render(Corpus corpus, ThemeMap themes, PassageMap passages, RelatedMap related) {
        List<OutputFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Speech> speeches = corpus.speeches();
        ThemeNames names = new ThemeNames(themes);
        List<Problem> linkProblems = java.util.Collections.synchronizedList(new ArrayList<>());
        ThemeLinks links = new ThemeLinks("../", names, vars -> fragment(ThemeLinks.TEMPLATE, vars, linkProblems));
        boolean describe = previous.remembers();
        Map<String, Speech> bySlug = new LinkedHashMap<>();
        Map<String, List<TextUnit>> units = new LinkedHashMap<>();
        for (Speech s : speeches) {
            bySlug.put(s.slug(), s);
            units.put(s.slug(), s.textUnits());
        }
        SeeAlso seeAlso = new SeeAlso(passages, bySlug, units);
        // Each speech and theme is described once, for every file made from it.
        Map<String, PageInputs.Digest> speechInputs = new java.util.concurrent.ConcurrentHashMap<>();
        // Pages are independent: rendered in parallel, collected in a fixed order.
        List<Result> speechPages = java.util.stream.IntStream.range(0, speeches.size()).parallel().mapToObj(i -> {
            Speech s = speeches.get(i);
            Map<String, SeeAlso.Marker> seen = seeAlso.markers(s.slug());
            Map<String, Object> prev = i > 0 ? HomePageModel.link(speeches.get(i - 1)) : null;
            Map<String, Object> next = i + 1 < speeches.size() ? HomePageModel.link(speeches.get(i + 1)) : null;
            List<wengao.model.Related> near = related.of(s);
            // Described by what the page is made from, before it is made: an unchanged page costs only this. The
            // speech by the digest of its source where ingest gave one, which costs nothing; else by its contents.
            String described = !describe ? null : corpus.sources().containsKey(s.slug())
                    ? corpus.sources().get(s.slug()) : PageInputs.of(s);
            if (described != null) {
                speechInputs.put(s.slug(), new PageInputs.Digest(described));
            }
            String inputs = described == null ? null : "speech.peb\n" + described + PageInputs.of(java.util.Arrays.asList(
                    SpeechPageModel.themeInputs(s, names), seen, prev, next, RelatedDataJson.shownInputs(near)));
            Path kept = inputs == null ? null : previous.reuse(s.url(), inputs);
            List<Problem> markerProblems = new ArrayList<>(0);
            Result page;
            if (kept != null) {
                page = new Result(List.of(OutputFile.ofFile(s.url(), kept)), List.of());
            } else {
                Map<String, String> markers = new java.util.HashMap<>();
                seen.forEach((anchor, m) -> markers.put(anchor,
                        fragment("seealso.peb", Map.of("root", "../", "seealso", m.shown()), markerProblems)));
                Map<String, Object> vars = new LinkedHashMap<>(SpeechPageModel.variables(s, names, links, markers));
                vars.put("prev", prev);
                vars.put("next", next);
                vars.put("related", RelatedDataJson.shown(near));
                List<OutputFile> made = new ArrayList<>(1);
                make(made, markerProblems, "speech.peb", s.url(), "../", vars);
                page = new Result(made, List.of());
            }
            markerProblems.addAll(page.problems());
            // The text to take away: clean text and a Word document, beside the page.
            List<OutputFile> withCopies = new ArrayList<>(page.files());
            withCopies.add(reused(SpeechText.path(s), described, () -> SpeechText.of(s)));
            withCopies.add(reused(SpeechDocx.path(s), described, () -> SpeechDocx.of(s)));
            return new Result(withCopies, markerProblems);
        }).toList();
        // The home page lists the speeches: described by theirs, it costs nothing while none changes.
        String allSpeeches = describe ? PageInputs.of(speeches.stream().map(s -> speechInputs.get(s.slug())).toList()) : null;
        page(files, problems, "index.peb", "index.html", "", allSpeeches, () -> Map.of("years", HomePageModel.years(speeches),
                "speechCount", speeches.size()));
        Map<String, PageInputs.Digest> themeInputs = new java.util.concurrent.ConcurrentHashMap<>();
        if (describe) {
            themes.themes().parallelStream().forEach(t -> themeInputs.put(t.slug(),
                    new PageInputs.Digest(PageInputs.of(ThemePageModel.shown(t)))));
        }
        page(files, problems, "themes.peb", "themes/index.html", "../", ThemeIndexModel.variables(themes));
        Map<String, Integer> order = ThemePageModel.readingOrder(bySlug);
        Map<String, List<Theme>> partsOf = new java.util.HashMap<>();
        for (Theme t : themes.themes()) {
            if (t.parent() != null) {
                partsOf.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Result> themePages = themes.themes().parallelStream().map(t -> {
            List<Theme> children = partsOf.getOrDefault(t.slug(), List.of());
            // A theme page and its shards are described by cheap inputs: the model is built only when they are made.
            List<String> shardPaths = ThemePageModel.shardPaths(t, children);
            if (describe) {
                String inputs = "theme.peb\n" + ThemePageModel.inputs(t, children, names, order,
                        theme -> themeInputs.get(theme.slug()), speechInputs::get);
                Path page = previous.reuse(t.url(), inputs);
                List<Path> shards = shardPaths.stream().map(path -> previous.reuse(path, inputs)).toList();
                if (page != null && !shards.contains(null)) {
                    List<OutputFile> kept = new ArrayList<>(shards.size() + 1);
                    kept.add(OutputFile.ofFile(t.url(), page));
                    for (int k = 0; k < shards.size(); k++) {
                        kept.add(OutputFile.ofFile(shardPaths.get(k), shards.get(k)));
                    }
                    return new Result(kept, List.of());
                }
            }
            ThemePageModel.Page model = ThemePageModel.page(t, children, bySlug, units, names, order);
            List<OutputFile> made = new ArrayList<>(shardPaths.size() + 1);
            List<Problem> pageProblems = new ArrayList<>(0);
            make(made, pageProblems, "theme.peb", t.url(), "../", model.variables());
            model.shards().forEach(f -> made.add(unlessSame(f)));
            return new Result(made, pageProblems);
        }).toList();
        for (Result r : speechPages) {
            files.addAll(r.files());
            problems.addAll(r.problems());
        }
        for (Result r : themePages) {
            files.addAll(r.files());
            problems.addAll(r.problems());
        }
        problems.addAll(linkProblems.stream().distinct().toList());
        files.add(reused(ThemeDataJson.PATH, describe ? ThemeDataJson.inputs(themes) : null, () -> ThemeDataJson.of(themes)));
        files.add(reused(RelatedDataJson.PATH, describe ? RelatedDataJson.inputs(related) : null, () -> RelatedDataJson.of(related)));
        // The shards are many and independent: described (and made where they changed) side by side.
        files.addAll(seeAlso.shards().parallelStream()
                .map(shard -> reused(shard.path(), describe ? shard.inputs() : null, shard::make)).toList());
        // The passages page is described by what data/passages.json is, and by the speeches it names.
        String passageInputs = describe ? PassageDataJson.inputs(passages) : null;
        page(files, problems, "passages.peb", PassageIndexModel.PATH, "../",
                describe ? PassageIndexModel.inputs(passageInputs, passages, bySlug) : null,
                () -> PassageIndexModel.variables(passages, bySlug, seeAlso.keys()));
        files.add(reused(PassageDataJson.PATH, passageInputs, () -> PassageDataJson.of(passages, made)));
        page(files, problems, "404.peb", "404.html", "", Map.of());
        assets(files, problems);
        return new Result(files, problems);
    }

    private Result page(String template, String path, String root, Map<String, Object> vars) {
        List<OutputFile> files = new ArrayList<>(1);
        List<Problem> problems = new ArrayList<>(0);
        page(files, problems, template, path, root, vars);
        return new Result(files, problems);
    }

    private void page(List<OutputFile> files, List<Problem> problems, String template, String path, String root,
                      Map<String, Object> vars) {
        Map<String, Object> context = context(path, root, vars);
        Path kept = previous.remembers() ? previous.reuse(path, template + "\n" + PageInputs.of(context)) : null;
        if (kept != null) {
            files.add(OutputFile.ofFile(path, kept));
            return;
        }
        make(files, problems, template, path, context);
    }

    /**
     * A page described by {@code inputs} (everything its variables are made from; null: not described), whose
     * variables are prepared only when it is made.
     */
    private void page(List<OutputFile> files, List<Problem> problems, String template, String path, String root,
                      String inputs, java.util.function.Supplier<Map<String, Object>> vars) {
        Path kept = inputs == null ? null : previous.reuse(path, template + "\n" + root + "\n" + inputs);
        if (kept != null) {
            files.add(OutputFile.ofFile(path, kept));
            return;
        }
        make(files, problems, template, path, root, vars.get());
    }

    /** Renders a page without asking whether the last build's can be taken. */
    private void make(List<OutputFile> files, List<Problem> problems, String template, String path, String root,
                      Map<String, Object> vars) {
        make(files, problems, template, path, context(path, root, vars));
    }

    /** What every template gets beside the page's own variables. */
    private static Map<String, Object> context(String path, String root, Map<String, Object> vars) {
        Map<String, Object> context = new LinkedHashMap<>(vars);
        context.put("root", root);
        context.put("site", Map.of("title", SITE_TITLE));
        context.put("page", Map.of("path", path));
        return context;
    }

    private void make(List<OutputFile> files, List<Problem> problems, String template, String path,
                      Map<String, Object> context) {
        try {
            PebbleTemplate t = engine.getTemplate(template);
            StringWriter out = new StringWriter();
            t.evaluate(out, context);
            files.add(unlessSame(new OutputFile(path, out.toString().getBytes(StandardCharsets.UTF_8))));
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? template : e.getFileName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            problems.add(Problem.error("templates/" + Path.of(file).getFileName(), line, "template error while rendering "
                    + path + ": " + e.getPebbleMessage()));
        } catch (IOException e) {
            problems.add(Problem.error(path, 0, "cannot render: " + e.getMessage()));
        }
    }

    /** The last build's file at {@code path} when it was made from the same {@code inputs} (null: none); else {@code make}'s. */
    private OutputFile reused(String path, String inputs, java.util.function.Supplier<OutputFile> make) {
        Path kept = inputs == null ? null : previous.reuse(path, inputs);
        return kept != null ? OutputFile.ofFile(path, kept) : unlessSame(make.get());
    }

    /**
     * A file made in memory, described by its bytes: the last build's file when they are the same (it stays in the
     * site, not written and moved in again), else the file, kept for publish.
     */
    private OutputFile sameBytes(OutputFile file) {
        if (!previous.remembers() || file.content() == null) {
            return made.keep(file);
        }
        Path kept = previous.reuse(file.path(), "bytes\n" + wengao.text.Fingerprint.of(file.content()));
        return kept != null ? OutputFile.ofFile(file.path(), kept) : made.keep(file);
    }

    /**
     * A file made again, kept for publish; or, when the last build's file in the site holds the same bytes and is as
     * that build left it, that file: it stays where it is, neither written nor moved in (a theme page whose inputs
     * changed in what it does not show, a dispersion tick that moved less than a pixel).
     */
    private OutputFile unlessSame(OutputFile file) {
        Path site = file.content() == null ? null : previous.intact(file.path());
        if (site != null) {
            try {
                if (Files.size(site) == file.content().length
                        && java.util.Arrays.equals(Files.readAllBytes(site), file.content())) {
                    return OutputFile.ofFile(file.path(), site);
                }
            } catch (IOException e) {
                // written again
            }
        }
        return made.keep(file);
    }

    /** A piece of a page from its own template (an include), for markup placed inside text made in Java. */
    private String fragment(String template, Map<String, Object> vars, List<Problem> problems) {
        try {
            StringWriter out = new StringWriter();
            engine.getTemplate(template).evaluate(out, vars);
            return out.toString();
        } catch (PebbleException e) {
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            problems.add(Problem.error("templates/" + template, line, "template error: " + e.getPebbleMessage()));
        } catch (IOException e) {
            problems.add(Problem.error("templates/" + template, 0, "cannot render: " + e.getMessage()));
        }
        return "";
    }

    /**
     * The cited documents and quotations: {@code citations/index.html}, a page for each document cited in two or more
     * speeches, and {@code data/citations.json}.
     */
    public Result citations(Corpus corpus, Citations citations) {
        Map<String, Speech> bySlug = new LinkedHashMap<>();
        for (Speech s : corpus.speeches()) {
            bySlug.put(s.slug(), s);
        }
        Map<String, List<TextUnit>> units = new java.util.concurrent.ConcurrentHashMap<>();
        List<OutputFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        page(files, problems, "citations.peb", CitationIndexModel.PATH, "../", CitationIndexModel.variables(citations, bySlug));
        List<Result> pages = citations.documents().parallelStream().filter(CitedDocument::hasPage).map(d -> {
            for (DocumentMention m : d.mentions()) {
                units.computeIfAbsent(m.speech(), slug -> bySlug.get(slug).textUnits());
            }
            return page("citation.peb", d.url(), "../", CitationPageModel.variables(d, bySlug, units));
        }).toList();
        for (Result r : pages) {
            files.addAll(r.files());
            problems.addAll(r.problems());
        }
        files.add(sameBytes(CitationDataJson.of(citations)));
        return new Result(files, problems);
    }

    /**
     * The editors' report page {@code _report.html}: per file the lines the build dropped and every problem of the
     * build ({@code problems}, all of them, so render it last). It is marked noindex and linked from no other page.
     */
    public Result report(Corpus corpus, List<Problem> problems) {
        List<OutputFile> files = new ArrayList<>();
        List<Problem> own = new ArrayList<>();
        page(files, own, "report.peb", ReportPageModel.PATH, "", ReportPageModel.variables(corpus, problems));
        return new Result(files, own);
    }

    /**
     * The search page, which carries what it must know about the client index ({@code hints}) and its scripts
     * inline, so that it starts asking for index files without waiting for two script
     * files to arrive first: the same bytes, two fewer round trips.
     */
    public Result searchPage(SearchPageHints hints) {
        Map<String, Object> searchIndex = new LinkedHashMap<>();
        searchIndex.put("buckets", hints.buckets());
        searchIndex.put("heavy", hints.heavy());
        searchIndex.put("unitBits", hints.unitBits());
        if (searchEndpoint != null) {
            searchIndex.put("endpoint", searchEndpoint);
        }
        List<OutputFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("searchIndexJson", wengao.json.JsonWriter.compact(searchIndex));
        vars.put("searchEndpoint", searchEndpoint);
        vars.put("coreScript", inlineScript("assets/wengao.js", problems));
        vars.put("searchIndexScript", inlineScript("assets/search-index.js", problems));
        vars.put("searchScript", inlineScript("assets/search.js", problems));
        page(files, problems, "search.peb", "search.html", "", vars);
        return new Result(files, problems);
    }

    /** An asset's text for a {@code <script>} element: "</script" inside it would end the element, so it is escaped. */
    private String inlineScript(String name, List<Problem> problems) {
        byte[] bytes = asset(name, problems);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8).replace("</script", "<\\/script");
    }

    /** An asset from the templates folder, or the built-in copy. */
    private byte[] asset(String name, List<Problem> problems) {
        try {
            Path own = templatesDir == null ? null : templatesDir.resolve(name);
            if (own != null && Files.isRegularFile(own)) {
                return Files.readAllBytes(own);
            }
            try (InputStream in = SiteRenderer.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
                if (in != null) {
                    return in.readAllBytes();
                }
            }
            problems.add(Problem.error("", 0, "asset " + name + " is missing"));
        } catch (IOException e) {
            problems.add(Problem.error(name, 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    private void assets(List<OutputFile> files, List<Problem> problems) {
        Map<String, byte[]> assets = new TreeMap<>();
        for (String name : BUILT_IN_ASSETS) {
            try (InputStream in = SiteRenderer.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
                if (in == null) {
                    problems.add(Problem.error("", 0, "built-in asset " + name + " is missing from wengao.jar"));
                    continue;
                }
                assets.put(name, in.readAllBytes());
            } catch (IOException e) {
                problems.add(Problem.error("", 0, "cannot read built-in asset " + name + ": " + e.getMessage()));
            }
        }
        Path dir = templatesDir == null ? null : templatesDir.resolve("assets");
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = "assets/" + dir.relativize(p).toString().replace('\\', '/');
                    if (!rel.contains("/.")) {
                        assets.put(rel, Files.readAllBytes(p));
                    }
                }
            } catch (IOException e) {
                problems.add(Problem.error(dir.toString(), 0, "cannot read assets: " + e.getMessage()));
            }
        }
        assets.forEach((name, bytes) -> files.add(sameBytes(new OutputFile(name, bytes))));
    }
}
