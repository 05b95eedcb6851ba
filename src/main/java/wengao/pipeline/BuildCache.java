package wengao.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import wengao.ingest.ParseCache;
import java.util.stream.Stream;
import wengao.model.Problem;
import wengao.passages.PassageCache;
import wengao.publish.FolderSwap;
import wengao.publish.IoReason;
import wengao.search.OutlineWords;
import wengao.search.RelatedCache;
import wengao.text.FileFingerprints;
import wengao.themes.ThemeCache;

/**
 * Where a build keeps what is not part of the site: {@code .wengao-cache/<content folder>/} beside the content
 * folder (ignored by git). The search stage works in a staging folder; only a build that published its site
 * promotes it, so {@code wengao search} always answers from the index of the site that is on disk.
 */
public final class BuildCache {

    public static final String FOLDER = ".wengao-cache";
    private static final String STAMP = "built-at";
    private static final String PARSES = "parsed.bin";
    private static final String THEMES = "themes.bin";
    private static final String OUTLINE_WORDS = "outline-words.bin";
    private static final String PASSAGES = "passages.bin";
    private static final String RELATED = "related.bin";
    private static final String FINGERPRINTS = "fingerprints.bin";

    private final Path dir;
    private FolderSwap swap;

    private BuildCache(Path content) {
        Path abs = content.toAbsolutePath().normalize();
        Path parent = abs.getParent() == null ? abs : abs.getParent();
        String name = abs.getFileName() == null ? "content" : abs.getFileName().toString();
        this.dir = parent.resolve(FOLDER).resolve(name);
    }

    public static BuildCache of(Path content) {
        return new BuildCache(content);
    }

    /**
     * A fresh, empty staging folder for this build's search stage, beside the index it will replace (what builds
     * that stopped half-way left there is repaired first, as beside the site).
     */
    Path freshStaging() throws IOException {
        swap = FolderSwap.of(dir, STAMP, "search index");
        // A leftover that cannot be removed is passed over: this build stages under a fresh name, the next retries.
        swap.recover();
        Files.createDirectories(swap.staging());
        return swap.staging();
    }

    /** What the last published build of this content folder left, if it can be trusted. */
    Optional<LastBuild> lastBuild(String version, Consumer<String> notes) {
        return LastBuild.read(dir.resolve(LastBuild.FILE), version, notes);
    }

    /**
     * The fingerprints of the files the last published build read, with their stamps; this build's start is taken
     * now, by the clock of a probe file beside the cache (which only a build holding the lock writes), before any
     * file is read.
     */
    FileFingerprints fingerprints() {
        return FileFingerprints.load(dir.resolve(FINGERPRINTS), clockProbe());
    }

    /** A build that trusts no stamp ({@code --full}) still keeps what it reads for the next one. */
    FileFingerprints noFingerprints() {
        return FileFingerprints.none(clockProbe());
    }

    private Path clockProbe() {
        return dir.resolveSibling(dir.getFileName() + ".clock");
    }

    /** Keeps the fingerprints of the files this build read, as {@link #keep(ParseCache)} keeps its parses. */
    List<Problem> keep(FileFingerprints files) {
        return keep(FINGERPRINTS, files::save, "the files' fingerprints");
    }

    /** The last published build's parse results. */
    ParseCache parses(String version) {
        return ParseCache.load(dir.resolve(PARSES), version);
    }

    /** What the last published build's theme detection found in each speech. */
    ThemeCache themes(String version) {
        return ThemeCache.load(dir.resolve(THEMES), version);
    }

    /** The words the last published build's related speeches found in each outline text. */
    OutlineWords outlineWords(String version) {
        return OutlineWords.load(dir.resolve(OUTLINE_WORDS), version);
    }

    /** What the last published build's shared-passages stage found, read when the stage asks. */
    PassageCache passages(String version) {
        return PassageCache.at(dir.resolve(PASSAGES), version);
    }

    /** What the last published build's related speeches found, read when the stage asks. */
    RelatedCache related(String version) {
        return RelatedCache.at(dir.resolve(RELATED), version);
    }

    /**
     * Keeps this build's state beside its staged index, so that it becomes the next build's when the index is
     * promoted: the two always describe the same site.
     */
    private void keep(LastBuild last) throws IOException {
        last.write(swap.staging().resolve(LastBuild.FILE));
    }

    /** Keeps this build's parse results beside its staged index, as {@link #promote} keeps the rest. */
    List<Problem> keep(ParseCache parses) {
        return keep(PARSES, parses::save, "the parse results");
    }

    /** Keeps this build's theme findings beside its staged index, as {@link #keep(ParseCache)} keeps its parses. */
    List<Problem> keep(ThemeCache themes) {
        return keep(THEMES, themes::save, "the theme findings");
    }

    /** Keeps the outline words this build used, as {@link #keep(ParseCache)} keeps its parses. */
    List<Problem> keep(OutlineWords words) {
        return keep(OUTLINE_WORDS, words::save, "the outline words");
    }

    /** Keeps what this build's shared-passages stage found, as {@link #keep(ParseCache)} keeps its parses. */
    List<Problem> keep(PassageCache passages) {
        return keep(PASSAGES, passages::save, "the shared passages");
    }

    /** Keeps what this build's related speeches found, as {@link #keep(ParseCache)} keeps its parses. */
    List<Problem> keep(RelatedCache related) {
        return keep(RELATED, related::save, "the related speeches");
    }

    /** Where a kept result is written. */
    private interface Saver {
        void save(Path file) throws IOException;
    }

    private List<Problem> keep(String name, Saver saver, String what) {
        try {
            saver.save(swap.staging().resolve(name));
            return List.of();
        } catch (IOException e) {
            return List.of(Problem.warning(folder().toString(), 0, what + " could not be kept for the next build: "
                    + IoReason.describe(e)));
        }
    }

    /** The lock two builds of this content folder share: the second waits for the first. */
    Path lockFile() {
        return dir.resolveSibling(dir.getFileName() + ".lock");
    }

    /** The folder that holds the caches, for messages. */
    Path folder() {
        return dir.getParent();
    }

    /**
     * Where {@code wengao serve} builds the site it serves: beside this cache, never the user's {@code site/}, so
     * serving leaves the published site as the last {@code build} made it. Not inside the cache folder itself,
     * which every published build replaces whole.
     */
    public Path servedSite() {
        return dir.resolveSibling(dir.getFileName() + ".serve").resolve("site");
    }

    /** What the last published build kept of its search stage: its index, and what its export may reuse. */
    Path kept() {
        return dir;
    }

    public Path index() {
        return dir.resolve(wengao.search.SearchIndexer.INDEX);
    }

    /** When the index was built (milliseconds), or -1 when there is none. */
    public long builtAt() {
        try {
            return Long.parseLong(Files.readString(dir.resolve(STAMP)).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Makes the staged index the current one; the exported client files have gone into the site by now. Empty, or
     * what kept it from being kept: the site is published either way, so these are warnings.
     */
    List<Problem> promote(long startedAt, LastBuild last) {
        try {
            FolderSwap.delete(swap.staging().resolve("client"));
            FolderSwap.delete(swap.staging().resolve(wengao.render.SiteRenderer.MADE));
            keep(last);
            Files.writeString(swap.staging().resolve(STAMP), Long.toString(startedAt), StandardCharsets.UTF_8);
        } catch (IOException e) {
            swap.discardStaging();
            return List.of(notKept(index().toString(), IoReason.describe(e)));
        }
        return swap.swap().problems().stream().map(p -> notKept(p.file(), p.message())).toList();
    }

    private static Problem notKept(String file, String why) {
        return Problem.warning(file, 0, "the site was built but the search index could not be kept for "
                + "'wengao search': " + why);
    }

    void discardStaging() {
        if (swap != null) {
            swap.discardStaging();
        }
    }

    /** True when a file under {@code content} changed after the index was built. */
    public boolean isStale(Path content) {
        long built = builtAt();
        if (built < 0) {
            return true;
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile).anyMatch(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis() > built;
                } catch (IOException e) {
                    return true;
                }
            });
        } catch (IOException e) {
            return true;
        }
    }

    /** Removes a folder wengao wrote, such as a benchmark's work folder ({@link FolderSwap#delete}). */
    public static void deleteTree(Path root) throws IOException {
        FolderSwap.delete(root);
    }
}
