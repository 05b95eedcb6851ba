package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.citations.CitationFinder;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.OutputFile;
import wengao.model.PageReuse;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.Related;
import wengao.model.RelatedMap;
import wengao.model.SharedPassage;
import wengao.model.ThemeMap;
import wengao.passages.PassageFinder;
import wengao.search.RelatedSpeeches;
import wengao.themes.ThemeDetector;

/**
 * Render takes a file of the last build only when everything it is made from is what it was: after any change, a
 * render that takes what it may makes the files a render from nothing makes, byte for byte. Each kind of file taken
 * is changed here through one of its inputs, and seen made again.
 */
class PageReuseTest {

    @TempDir
    Path tmp;
    Path content;

    /** What a render is made from. */
    record Inputs(Corpus corpus, ThemeMap themes, PassageMap passages, RelatedMap related) {
    }

    /** The last render's files and their descriptions, as the build cache keeps them; and what this render took. */
    static final class Remembered implements PageReuse {
        final Map<String, String> lastInputs;
        final Map<String, Path> lastFiles;
        final Map<String, String> asked = new ConcurrentHashMap<>();
        final Set<String> taken = ConcurrentHashMap.newKeySet();

        Remembered(Map<String, String> lastInputs, Map<String, Path> lastFiles) {
            this.lastInputs = lastInputs;
            this.lastFiles = lastFiles;
        }

        @Override
        public Path reuse(String path, String inputs) {
            asked.put(path, inputs);
            if (inputs.equals(lastInputs.get(path)) && lastFiles.containsKey(path)) {
                taken.add(path);
                return lastFiles.get(path);
            }
            return null;
        }

        /** The last render's files are all as it left them. */
        @Override
        public Path intact(String path) {
            return intact ? lastFiles.get(path) : null;
        }

        boolean intact = true;
    }

    /** A render's files, and the reuse it asked (for the next render). */
    record Site(Map<String, byte[]> files, Remembered reuse, Map<String, Path> onDisk) {
        String text(String path) {
            return new String(files.get(path), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void corpus() throws IOException {
        content = tmp.resolve("content");
        Files.createDirectories(content.resolve("themes"));
        Files.writeString(content.resolve("themes/si-feng.md"), "---\nname: 四风\n---\n形式主义、官僚主义、享乐主义和奢靡之风。\n");
        for (int s = 0; s < 3; s++) {
            writeSpeech(s, "第" + (s + 1) + "次作风建设会议上的讲话", "202" + s + "年3月1日", "");
        }
    }

    private void writeSpeech(int s, String title, String date, String extra) throws IOException {
        StringBuilder text = new StringBuilder(title + "\n（" + date + "）\n同志们：\n");
        text.append("我们要坚决贯彻落实中央八项规定精神，推动作风建设常态化长效化，让人民群众看到实实在在的变化。\n");
        for (int p = 0; p < 45; p++) {
            text.append("第").append(p + 1).append("条措施要纠治四风，第").append(s + 1).append("篇不松劲。\n");
        }
        text.append(extra);
        text.append("各级党委要扛起主体责任，一级抓一级，层层抓落实，确保各项部署落地见效。\n");
        Files.writeString(content.resolve("s" + s + ".txt"), text);
    }

    private Inputs read() {
        Corpus corpus = CorpusReader.read(content);
        ThemeMap themes = ThemeDetector.detect(corpus);
        PassageMap passages = PassageFinder.find(corpus, themes);
        RelatedMap related = RelatedSpeeches.find(corpus, themes, CitationFinder.find(corpus), passages.pairCounts());
        return new Inputs(corpus, themes, passages, related);
    }

    private int round;

    private Site render(Inputs in, Site last) throws IOException {
        Remembered reuse = last == null ? new Remembered(Map.of(), Map.of()) : new Remembered(last.reuse().asked, last.onDisk());
        SiteRenderer.Result r = new SiteRenderer(tmp.resolve("no-templates"), reuse, null, null)
                .render(in.corpus(), in.themes(), in.passages(), in.related());
        assertEquals(List.of(), r.problems());
        Path folder = tmp.resolve("site-" + round++);
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Path> onDisk = new TreeMap<>();
        for (OutputFile f : r.files()) {
            byte[] bytes = f.content() != null ? f.content() : Files.readAllBytes(f.source());
            files.put(f.path(), bytes);
            Path p = folder.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            onDisk.put(f.path(), p);
        }
        return new Site(files, reuse, onDisk);
    }

    /** The files a render from nothing makes of {@code in}. */
    private Map<String, byte[]> fresh(Inputs in) {
        SiteRenderer.Result r = new SiteRenderer(tmp.resolve("no-templates")).render(in.corpus(), in.themes(),
                in.passages(), in.related());
        Map<String, byte[]> files = new TreeMap<>();
        r.files().forEach(f -> files.put(f.path(), f.content()));
        return files;
    }

    /** {@code after}, taking from {@code before}, is what a fresh render makes; returns the files that changed. */
    private Set<String> changed(Site before, Site after, Inputs in) {
        Map<String, byte[]> expected = fresh(in);
        assertEquals(expected.keySet(), after.files().keySet());
        Set<String> differ = new TreeSet<>();
        expected.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, after.files().get(path))) {
                differ.add(path);
            }
        });
        assertEquals(Set.of(), differ, "files that differ from a fresh render");
        Set<String> changed = new TreeSet<>();
        after.files().forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, before.files().get(path))) {
                changed.add(path);
                assertFalse(after.reuse().taken.contains(path), path + " changed, yet was taken");
            }
        });
        return changed;
    }

    private static final List<String> KINDS = List.of("themes/si-feng.html", "themes/rows/si-feng-0.js",
            "themes/index.html", ThemeDataJson.PATH, RelatedDataJson.PATH, PassageDataJson.PATH, "passages/shards/0.js",
            PassageIndexModel.PATH);

    /**
     * A file made again that comes out as the last build's stays where it is: described by other inputs (here, none
     * of the last ones), every file made in memory is found the same and taken; a file changed since is not.
     */
    @Test
    void aFileMadeAgainTheSameAsTheLastIsTakenAsItIs() throws IOException {
        Inputs in = read();
        Site first = render(in, null);
        Files.writeString(first.onDisk().get("themes/si-feng.html"), "changed by hand");
        SiteRenderer.Result r = new SiteRenderer(tmp.resolve("no-templates"),
                new Remembered(Map.of(), first.onDisk()), null, null)
                .render(in.corpus(), in.themes(), in.passages(), in.related());
        Map<String, byte[]> expected = fresh(in);
        Set<String> taken = new TreeSet<>();
        for (OutputFile f : r.files()) {
            byte[] bytes = f.content() != null ? f.content() : Files.readAllBytes(f.source());
            assertTrue(Arrays.equals(expected.get(f.path()), bytes), f.path() + " is what a fresh render makes");
            if (f.source() != null && f.source().equals(first.onDisk().get(f.path()))) {
                taken.add(f.path());
            }
        }
        assertFalse(taken.contains("themes/si-feng.html"), "a file changed since is made again");
        assertTrue(taken.containsAll(List.of("themes/rows/si-feng-0.js", "themes/index.html", "passages/shards/0.js",
                "index.html")), taken::toString);
    }

    @Test
    void anUnchangedRenderTakesEveryFileItMakesFromTheLastOne() throws IOException {
        Inputs in = read();
        Site first = render(in, null);
        assertTrue(first.files().keySet().containsAll(KINDS), first.files().keySet()::toString);
        Site again = render(in, first);
        assertEquals(Set.of(), changed(first, again, in));
        Set<String> made = new TreeSet<>(again.files().keySet());
        made.removeAll(again.reuse().taken);
        made.removeIf(p -> p.startsWith("assets/"));
        assertEquals(Set.of(), made, "made again though nothing changed");
    }

    @Test
    void aTitleChangeRemakesTheFilesThatShowIt() throws IOException {
        Inputs before = read();
        Site first = render(before, null);
        // As long as it was: where the mentions fall in the speech stays the same, and so do the theme's mentions.
        writeSpeech(2, "第3次作风建设大会上的讲话", "2022年3月1日", "");
        Inputs in = read();
        assertEquals(before.themes().themes(), in.themes().themes(), "only the title changed, not the themes");
        Site second = render(in, first);
        Set<String> changed = changed(first, second, in);
        assertTrue(second.text("themes/rows/si-feng-0.js").contains("第3次作风建设大会上的讲话"), "the shard quotes the title");
        assertTrue(changed.containsAll(List.of("index.html", "themes/si-feng.html", "themes/rows/si-feng-0.js", "passages/shards/0.js",
                PassageIndexModel.PATH)), changed::toString);
        assertTrue(second.reuse().taken.containsAll(List.of(ThemeDataJson.PATH, "themes/index.html", PassageDataJson.PATH)),
                "what does not show titles is taken: " + second.reuse().taken);
    }

    @Test
    void aSpeechIsDescribedByItsSourceSoTwoFilesTradingTheirTextsRemakeBothPages() throws IOException {
        Inputs before = read();
        Site first = render(before, null);
        assertEquals(3, before.corpus().sources().size(), "ingest gives every speech the digest of its source");
        String zero = Files.readString(content.resolve("s0.txt"));
        Files.writeString(content.resolve("s0.txt"), Files.readString(content.resolve("s1.txt")));
        Files.writeString(content.resolve("s1.txt"), zero);
        Inputs in = read();
        Site second = render(in, first);
        Set<String> changed = changed(first, second, in);
        for (String slug : List.of("s0", "s1")) {
            assertTrue(changed.containsAll(List.of("speeches/" + slug + ".html", "speeches/" + slug + ".txt",
                    "speeches/" + slug + ".docx")), changed::toString);
        }
        assertTrue(second.reuse().taken.contains("speeches/s2.txt"), "the third speech is as it was");
    }

    @Test
    void aParagraphAddedRemakesTheSpeechAndItsCopies() throws IOException {
        Site first = render(read(), null);
        writeSpeech(1, "第2次作风建设会议上的讲话", "2021年3月1日", "同时要把监督挺在前面，让咬耳扯袖成为常态。\n");
        Inputs in = read();
        Site second = render(in, first);
        Set<String> changed = changed(first, second, in);
        assertTrue(changed.containsAll(List.of("speeches/s1.html", "speeches/s1.txt", "speeches/s1.docx")),
                changed::toString);
    }

    @Test
    void aRenderThatRemembersNothingAsksNothing() {
        Inputs in = read();
        PageReuse nothing = new PageReuse() {
            @Override
            public Path reuse(String path, String inputs) {
                throw new AssertionError("asked about " + path);
            }

            @Override
            public boolean remembers() {
                return false;
            }
        };
        SiteRenderer.Result r = new SiteRenderer(tmp.resolve("no-templates"), nothing, null, null)
                .render(in.corpus(), in.themes(), in.passages(), in.related());
        assertEquals(List.of(), r.problems());
        assertEquals(fresh(in).keySet(), new TreeSet<>(r.files().stream().map(OutputFile::path).toList()));
    }

    @Test
    void theOrderOfTheSpeechesAloneRemakesTheConcordance() throws IOException {
        Inputs in = read();
        Site first = render(in, null);
        List<wengao.model.Speech> reordered = new ArrayList<>(in.corpus().speeches());
        java.util.Collections.swap(reordered, 0, 2);
        Corpus corpus = new Corpus(reordered, in.corpus().themeDefinitions(), in.corpus().stopTerms(), in.corpus().problems());
        Inputs swapped = new Inputs(corpus, in.themes(), in.passages(), in.related());
        Site second = render(swapped, first);
        Set<String> changed = changed(first, second, swapped);
        assertTrue(changed.containsAll(List.of("themes/si-feng.html", "themes/rows/si-feng-0.js")), changed::toString);
    }

    @Test
    void aThemeDescriptionChangeRemakesTheThemeFiles() throws IOException {
        Site first = render(read(), null);
        Files.writeString(content.resolve("themes/si-feng.md"), "---\nname: 四风\naliases: [“四风”]\n---\n形式主义和官僚主义。享乐主义和奢靡之风。\n");
        Inputs in = read();
        Site second = render(in, first);
        Set<String> changed = changed(first, second, in);
        assertTrue(changed.containsAll(List.of("themes/si-feng.html", "themes/index.html", ThemeDataJson.PATH)),
                changed::toString);
    }

    @Test
    void aChangedCoOccurrenceRemakesTheThemePageThatListsIt() throws IOException {
        // A second theme, in the paragraphs of the first.
        Files.writeString(content.resolve("themes/bu-song-jin.md"), "---\nname: 不松劲\n---\n一以贯之，不松劲。\n");
        Inputs in = read();
        Site first = render(in, null);
        List<wengao.model.Theme> themes = new ArrayList<>(in.themes().themes());
        int at = -1;
        for (int i = 0; i < themes.size() && at < 0; i++) {
            if (!themes.get(i).related().isEmpty() && first.files().containsKey(themes.get(i).url())) {
                at = i;
            }
        }
        assertTrue(at >= 0, "a theme travels with another");
        wengao.model.Theme t = themes.get(at);
        List<wengao.model.CoOccurrence> related = new ArrayList<>(t.related());
        wengao.model.CoOccurrence c = related.get(0);
        related.set(0, new wengao.model.CoOccurrence(c.theme(), c.paragraphs() + 1, c.speeches()));
        themes.set(at, new wengao.model.Theme(t.slug(), t.name(), t.aliases(), t.parent(), t.origin(), t.descriptionHtml(),
                t.mentions(), related));
        ThemeMap changedThemes = new ThemeMap(themes, in.themes().candidates(), in.themes().problems());
        Inputs changedRelated = new Inputs(in.corpus(), changedThemes, in.passages(), in.related());
        Site second = render(changedRelated, first);
        Set<String> changed = changed(first, second, changedRelated);
        assertTrue(changed.contains(t.url()), changed::toString);
    }

    @Test
    void aChangeOfRelatedSpeechesRemakesRelatedJson() throws IOException {
        Inputs in = read();
        Site first = render(in, null);
        Map<String, List<Related>> related = new java.util.LinkedHashMap<>(in.related().bySpeech());
        String url = in.corpus().speeches().get(0).url();
        related.put(url, List.of(new Related(in.corpus().speeches().get(1).url(), "另一个标题", 0.5, "同论 四风")));
        Inputs changedRelated = new Inputs(in.corpus(), in.themes(), in.passages(), new RelatedMap(related));
        Site second = render(changedRelated, first);
        Set<String> changed = changed(first, second, changedRelated);
        assertTrue(changed.containsAll(List.of(RelatedDataJson.PATH, url)), changed::toString);
    }

    @Test
    void scoresOfRelatedSpeechesAloneRemakeRelatedJsonButNoPage() throws IOException {
        Inputs in = read();
        Site first = render(in, null);
        Map<String, List<Related>> related = new java.util.LinkedHashMap<>();
        int lists = 0;
        for (Map.Entry<String, List<Related>> e : in.related().bySpeech().entrySet()) {
            lists += e.getValue().isEmpty() ? 0 : 1;
            related.put(e.getKey(), e.getValue().stream()
                    .map(r -> new Related(r.url(), r.title(), r.score() + 0.125, r.because())).toList());
        }
        assertTrue(lists > 0, "the corpus has related speeches");
        Inputs rescored = new Inputs(in.corpus(), in.themes(), in.passages(), new RelatedMap(related));
        Site second = render(rescored, first);
        Set<String> changed = changed(first, second, rescored);
        assertEquals(Set.of(RelatedDataJson.PATH), changed);
        for (wengao.model.Speech s : in.corpus().speeches()) {
            assertTrue(second.reuse().taken.contains(s.url()), s.url() + " was made again");
        }
    }

    @Test
    void aChangedPassageRemakesThePassageFilesThatShowIt() throws IOException {
        Inputs in = read();
        Site first = render(in, null);
        List<SharedPassage> passages = new ArrayList<>(in.passages().passages());
        int at = -1;
        for (int i = 0; i < passages.size() && at < 0; i++) {
            if (!passages.get(i).stock()) {
                at = i;
            }
        }
        assertTrue(at >= 0, "the corpus shares a passage");
        SharedPassage p = passages.get(at);
        List<PassageOccurrence> occurrences = new ArrayList<>(p.occurrences());
        PassageOccurrence o = occurrences.get(occurrences.size() - 1);
        occurrences.set(occurrences.size() - 1, new PassageOccurrence(o.speech(), o.unit(), o.anchor(), o.start() + 1,
                o.end(), o.text().substring(1)));
        passages.set(at, new SharedPassage(p.text(), p.normalized(), p.speeches(), occurrences, p.variant(), p.stock()));
        Inputs shorter = new Inputs(in.corpus(), in.themes(), new PassageMap(passages), in.related());
        Site second = render(shorter, first);
        Set<String> changed = changed(first, second, shorter);
        assertTrue(changed.containsAll(List.of(PassageDataJson.PATH, "passages/shards/0.js")), changed::toString);
    }
}
