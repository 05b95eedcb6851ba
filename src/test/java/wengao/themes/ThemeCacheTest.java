package wengao.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.ingest.CorpusReader;
import wengao.model.CandidateStatus;
import wengao.model.Corpus;
import wengao.model.ThemeCandidate;
import wengao.model.ThemeMap;

/** Detection from kept findings gives the map detection from scratch gives, after every kind of edit. */
class ThemeCacheTest {

    private static final String VERSION = "test-1";

    @TempDir
    Path dir;
    private Path content;
    private Path file;

    @BeforeEach
    void corpus() throws IOException {
        content = dir.resolve("content");
        file = dir.resolve("themes.bin");
        write("themes/liang-ge-wei-hu.md", "---\nname: 两个维护\n---\n说明。\n");
        write("a.txt", "讲话一\n同志们：\n坚决做到两个维护，当好“第一责任人”，防止“雨过地皮湿”。\n严格落实三会一课。\n");
        write("b.txt", "讲话二\n同志们：\n书记是“第一责任人”，把好“高压线”，落实三会一课。\n");
        write("c.txt", "讲话三\n同志们：\n增强四个意识，做到两个维护。\n");
        write("d.txt", "讲话四\n同志们：\n一般的工作安排，没有术语。\n");
    }

    private void write(String name, String text) throws IOException {
        Path p = content.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** The cached detection of the content as it is now, checked against a detection from scratch; then saved. */
    private ThemeCache detect() throws IOException {
        Corpus corpus = CorpusReader.read(content);
        ThemeCache cache = ThemeCache.load(file, VERSION);
        assertEquals(java.util.Optional.empty(), cache.note());
        ThemeMap cached = ThemeDetector.detect(corpus, cache);
        assertEquals(ThemeDetector.detect(corpus), cached);
        cache.save(file);
        return cache;
    }

    private static Map<String, CandidateStatus> status(ThemeMap map) {
        return map.candidates().stream().collect(Collectors.toMap(ThemeCandidate::term, ThemeCandidate::status));
    }

    @Test
    void anUnchangedCorpusReadsNothingAgain() throws IOException {
        assertEquals(4, detect().rescanned());
        ThemeCache again = detect();
        assertEquals(0, again.rescanned());
        assertEquals(0, again.rediscovered());
    }

    @Test
    void aChangedSpeechIsTheOnlyOneReadAgain() throws IOException {
        detect();
        write("d.txt", "讲话四\n同志们：\n一般的工作安排，还是没有术语。\n");
        ThemeCache cache = detect();
        assertEquals(1, cache.rescanned(), "the table of terms is the same: only d is scanned");
        assertEquals(1, cache.rediscovered());
    }

    @Test
    void aNewTermIsLookedForOnlyWhereItMayOccur() throws IOException {
        detect();
        write("d.txt", "讲话四\n同志们：\n守住“四风”问题的底线。\n");
        ThemeCache cache = detect();
        assertEquals(1, cache.rediscovered());
        assertEquals(1, cache.rescanned(), "no other speech holds 四风");
        write("c.txt", "讲话三\n同志们：\n增强四个意识，做到两个维护，纠治四风。\n");
        ThemeMap map = ThemeDetector.detect(CorpusReader.read(content));
        assertEquals(CandidateStatus.RARE, status(map).get("四风"), "quoted in one speech only");
        detect();
    }

    @Test
    void aCandidateCrossingTheThresholdBecomesATheme() throws IOException {
        Corpus before = CorpusReader.read(content);
        assertEquals(CandidateStatus.RARE, status(ThemeDetector.detect(before)).get("高压线"));
        detect();
        write("c.txt", "讲话三\n同志们：\n增强四个意识，做到两个维护，不碰“高压线”。\n");
        detect();
        assertEquals(CandidateStatus.THEME, status(ThemeDetector.detect(CorpusReader.read(content))).get("高压线"));
    }

    @Test
    void aSpeechAddedDeletedOrRenamed() throws IOException {
        detect();
        write("e.txt", "讲话五\n同志们：\n坚持“一岗双责”，落实“第一责任人”。\n");
        detect();
        Files.delete(content.resolve("a.txt"));
        ThemeCache cache = detect();
        assertEquals(0, cache.rediscovered(), "the others' texts are the same");
        Files.move(content.resolve("b.txt"), content.resolve("f.txt"));
        assertEquals(0, detect().rediscovered(), "a renamed speech keeps its findings");
    }

    @Test
    void aThemeDefinitionOrTheStopListChanged() throws IOException {
        detect();
        write("themes/liang-ge-wei-hu.md", "---\nname: 两个维护\naliases: [三会一课]\n---\n说明。\n");
        detect();
        write("themes/di-yi.md", "---\nname: 第一责任人\n---\n说明。\n");
        detect();
        Files.delete(content.resolve("themes/di-yi.md"));
        detect();
        write("themes/stoplist.txt", "第一责任人\n");
        ThemeCache cache = detect();
        assertEquals(0, cache.rediscovered());
        Files.delete(content.resolve("themes/stoplist.txt"));
        detect();
    }

    @Test
    void everyKindOfEditInTurn() throws IOException {
        detect();
        String[] texts = {"推进“三会一课”", "坚持“第一责任人”", "把好“高压线”", "纠治四风", "做到两个维护", "落实一岗双责",
            "“雨过地皮湿”", "“四不两直”和“四不”", "普通的话"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 30; round++) {
            String name = (char) ('a' + random.nextInt(6)) + ".txt";
            if (random.nextInt(5) == 0 && Files.exists(content.resolve(name))) {
                Files.delete(content.resolve(name));
            } else {
                StringBuilder body = new StringBuilder();
                for (int i = 0; i < 1 + random.nextInt(4); i++) {
                    body.append(texts[random.nextInt(texts.length)]).append('，');
                }
                write(name, "讲话" + round + "\n同志们：\n" + body + "。\n");
            }
            if (random.nextInt(6) == 0) {
                write("themes/stoplist.txt", texts[random.nextInt(texts.length)].replace("“", "").replace("”", "") + "\n");
            }
            detect();
        }
    }

    @Test
    void aDamagedCacheIsNotTrusted() throws IOException {
        detect();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ThemeCache damaged = ThemeCache.load(file, VERSION);
        assertTrue(damaged.note().orElseThrow().contains("damaged"), damaged.note().toString());
        Corpus corpus = CorpusReader.read(content);
        assertEquals(ThemeDetector.detect(corpus), ThemeDetector.detect(corpus, damaged));
        assertEquals(4, damaged.rescanned(), "nothing was kept");

        Files.write(file, "not a cache".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(ThemeCache.load(file, VERSION).note().isPresent());
    }

    @Test
    void aCacheOfAnotherVersionIsNotTrusted() throws IOException {
        detect();
        ThemeCache other = ThemeCache.load(file, "test-2");
        assertTrue(other.note().orElseThrow().contains("another version"), other.note().toString());
        Corpus corpus = CorpusReader.read(content);
        ThemeDetector.detect(corpus, other);
        assertEquals(4, other.rescanned());
    }

    @Test
    void aDamagedEntryIsReadAgain() throws IOException {
        detect();
        Corpus corpus = CorpusReader.read(content);
        ThemeCache cache = ThemeCache.load(file, VERSION);
        ThemeCache.Key key = ThemeCache.Key.of(corpus.speeches().get(0).textUnits());
        ThemeCache.Kept kept = cache.kept(key);
        assertFalse(kept == null);
        java.util.Map<ThemeCache.Key, ThemeCache.Kept> entries = new java.util.HashMap<>();
        corpus.speeches().forEach(s -> {
            ThemeCache.Key k = ThemeCache.Key.of(s.textUnits());
            entries.put(k, cache.kept(k));
        });
        byte[] wrong = kept.found().clone();
        wrong[wrong.length - 1] = (byte) 0x7f; // the last match's term: past the table's end
        entries.put(key, new ThemeCache.Kept(kept.candidates(), wrong, kept.bigrams()));
        cache.remember(cache.table(), entries, java.util.Map.of(), 0, 0);
        assertEquals(ThemeDetector.detect(corpus), ThemeDetector.detect(corpus, cache));
        assertEquals(1, cache.rescanned());
    }

    @Test
    void eachSpeechIsKeyedByItsSourceAsByItsText() throws IOException {
        detect();
        Corpus corpus = CorpusReader.read(content);
        ThemeCache cache = ThemeCache.load(file, VERSION);
        for (wengao.model.Speech s : corpus.speeches()) {
            String source = corpus.sources().get(s.slug());
            assertFalse(source == null, s.slug());
            assertEquals(ThemeCache.Key.of(s.textUnits()), cache.keyOf(source), s.slug());
        }
        // A changed file is a new source: its key is made from its text again.
        write("a.txt", "讲话一\n同志们：\n改过的一段话，做到两个维护。\n");
        Corpus changed = CorpusReader.read(content);
        wengao.model.Speech a = changed.speeches().stream().filter(s -> s.sourcePath().equals("a.txt")).findFirst().get();
        assertEquals(null, cache.keyOf(changed.sources().get(a.slug())));
        ThemeDetector.detect(changed, cache);
        assertEquals(1, cache.rescanned());
    }
}
