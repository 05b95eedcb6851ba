package wengao.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.bench.CorpusGenerator;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.PassageMap;
import wengao.model.ThemeMap;
import wengao.themes.ThemeDetector;

/**
 * The passages a build finds from the last build's kept runs and the groups a change touches are the passages a
 * full search finds, after every edit of a random sequence (speeches added, changed, deleted, renamed; themes
 * changed); a kept file that is damaged or from another version is noted and not used.
 */
class PassageCacheTest {

    private static final String VERSION = "test-version";

    @TempDir
    Path tmp;
    Path content;
    List<Path> pool;

    @BeforeEach
    void corpus() throws IOException {
        Path generated = tmp.resolve("generated");
        new CorpusGenerator(List.of(TestFiles.seeds(), TestFiles.resource("corpus-extra"))).generate(48, 5, generated);
        content = tmp.resolve("content");
        Files.createDirectories(content);
        try (Stream<Path> files = Files.walk(generated)) {
            pool = new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        }
        for (int i = 0; i < 36; i++) {
            Path p = pool.remove(0);
            Files.copy(p, content.resolve(p.getFileName()));
        }
    }

    private List<Path> speeches() throws IOException {
        try (Stream<Path> files = Files.list(content)) {
            return files.sorted().toList();
        }
    }

    /** Finds the passages from what {@code file} keeps, keeps this build's there; checks them against a full search. */
    private PassageCache step(Path file, ThemeMap themes, String what) throws IOException {
        Corpus corpus = CorpusReader.read(content);
        PassageCache cache = PassageCache.at(file, VERSION);
        PassageMap incremental = PassageFinder.find(corpus, themes, cache);
        PassageMap full = PassageFinder.find(corpus, themes);
        assertEquals(full.passages().size(), incremental.passages().size(), what);
        for (int i = 0; i < full.passages().size(); i++) {
            assertEquals(full.passages().get(i), incremental.passages().get(i), what + ", passage #" + i);
        }
        assertEquals(full, incremental, what);
        cache.save(file);
        return cache;
    }

    @Test
    void everyEditOfARandomSequenceGivesThePassagesOfAFullSearch() throws IOException {
        Path file = tmp.resolve("passages.bin");
        Random random = new Random(11);
        ThemeMap themes = ThemeMap.EMPTY;
        assertFalse(step(file, themes, "first").reused(), "nothing kept yet");
        int reused = 0;
        int variants = variants(themes);
        boolean variantsChanged = false;
        for (int edit = 0; edit < 27; edit++) {
            List<Path> speeches = speeches();
            Path one = speeches.get(random.nextInt(speeches.size()));
            String what;
            switch (edit % 9) {
                case 0 -> { // a new speech
                    Path p = pool.remove(0);
                    Files.copy(p, content.resolve(p.getFileName()));
                    what = "added " + p.getFileName();
                }
                case 1 -> { // a paragraph of another speech said again
                    List<String> from = Files.readAllLines(speeches.get(random.nextInt(speeches.size())));
                    String line = from.get(from.size() / 2 + random.nextInt(from.size() / 2));
                    Files.writeString(one, Files.readString(one) + "\n" + line + "\n", StandardCharsets.UTF_8);
                    what = "a paragraph copied into " + one.getFileName();
                }
                case 2 -> { // a paragraph dropped
                    List<String> lines = new ArrayList<>(Files.readAllLines(one));
                    lines.remove(lines.size() / 2 + random.nextInt(lines.size() / 2));
                    Files.write(one, lines);
                    what = "a line dropped from " + one.getFileName();
                }
                case 3 -> {
                    Files.delete(one);
                    what = "deleted " + one.getFileName();
                }
                case 4 -> { // a few characters changed inside a line
                    List<String> lines = new ArrayList<>(Files.readAllLines(one));
                    int at = lines.size() / 2 + random.nextInt(lines.size() / 2);
                    String line = lines.get(at);
                    int cut = line.length() / 2;
                    lines.set(at, line.substring(0, cut) + "坚持不懈" + line.substring(Math.min(line.length(), cut + 2)));
                    Files.write(one, lines);
                    what = "a line changed in " + one.getFileName();
                }
                case 5 -> {
                    Files.move(one, content.resolve("renamed-" + edit + ".txt"));
                    what = "renamed " + one.getFileName();
                }
                case 6 -> { // a sentence of another speech said again, one character changed: a variant made
                    String sentence = sentence(speeches.get(random.nextInt(speeches.size())), random);
                    int at = sentence.length() / 2;
                    String near = sentence.substring(0, at) + "再" + sentence.substring(at + 1);
                    Files.writeString(one, Files.readString(one) + "\n" + near + "\n", StandardCharsets.UTF_8);
                    what = "a near sentence added to " + one.getFileName();
                }
                case 7 -> { // a character changed in each of a speech's sentences: variants made and broken
                    List<String> lines = new ArrayList<>(Files.readAllLines(one));
                    for (int i = lines.size() / 2; i < lines.size(); i++) {
                        lines.set(i, lines.get(i).replaceAll("([\\p{IsHan}]{5})[\\p{IsHan}]([^。；]{4,}[。；])", "$1新$2"));
                    }
                    Files.write(one, lines);
                    what = "sentences changed by a character in " + one.getFileName();
                }
                default -> {
                    themes = themes.themes().isEmpty() ? ThemeDetector.detect(CorpusReader.read(content)) : ThemeMap.EMPTY;
                    what = "themes changed";
                }
            }
            PassageMap found = PassageFinder.find(CorpusReader.read(content), themes);
            reused += step(file, themes, what).reused() ? 1 : 0;
            int now = (int) found.passages().stream().filter(p -> p.variant()).count();
            variantsChanged |= now != variants;
            variants = now;
        }
        assertTrue(reused >= 24, "the kept runs are used after small edits: " + reused);
        assertTrue(variantsChanged, "some edits make or break near-identical sentences");
    }

    private int variants(ThemeMap themes) throws IOException {
        return (int) PassageFinder.find(CorpusReader.read(content), themes).passages().stream()
                .filter(p -> p.variant()).count();
    }

    /** A sentence of 12 to 30 characters from the second half of {@code speech}. */
    private static String sentence(Path speech, Random random) throws IOException {
        List<String> lines = Files.readAllLines(speech);
        List<String> found = new ArrayList<>();
        for (String line : lines.subList(lines.size() / 2, lines.size())) {
            for (String s : line.split("(?<=。)")) {
                if (s.length() >= 12 && s.length() <= 30 && s.endsWith("。")) {
                    found.add(s);
                }
            }
        }
        return found.isEmpty() ? "教育百遍不如问责一次，这是我们反复强调的。" : found.get(random.nextInt(found.size()));
    }

    @Test
    void aDamagedKeptFileIsNotedAndNotUsed() throws IOException {
        Path file = tmp.resolve("passages.bin");
        step(file, ThemeMap.EMPTY, "first");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        Path one = speeches().get(4);
        Files.writeString(one, Files.readString(one) + "\n又加一段，全面从严治党永远在路上。\n", StandardCharsets.UTF_8);
        PassageCache damaged = step(file, ThemeMap.EMPTY, "after damage");
        assertFalse(damaged.reused());
        assertTrue(damaged.note().orElseThrow().contains("damaged"), damaged.note()::toString);
        PassageCache again = step(file, ThemeMap.EMPTY, "kept again");
        assertTrue(again.reused(), "kept anew after the damage");
        assertTrue(again.note().isEmpty());
    }

    @Test
    void aKeptFileOfAnotherVersionIsNotedAndNotUsed() throws IOException {
        Path file = tmp.resolve("passages.bin");
        Corpus corpus = CorpusReader.read(content);
        PassageCache other = PassageCache.at(file, "another");
        PassageFinder.find(corpus, ThemeMap.EMPTY, other);
        other.save(file);
        PassageCache cache = step(file, ThemeMap.EMPTY, "another version's");
        assertFalse(cache.reused());
        assertTrue(cache.note().orElseThrow().contains("another version"), cache.note()::toString);
    }

    @Test
    void aLargeChangeIsFoundAfresh() throws IOException {
        Path file = tmp.resolve("passages.bin");
        step(file, ThemeMap.EMPTY, "first");
        for (Path p : speeches().subList(0, 12)) {
            Files.delete(p);
        }
        PassageCache cache = step(file, ThemeMap.EMPTY, "a third deleted");
        assertFalse(cache.reused());
        assertTrue(cache.note().isEmpty(), "not a fault of the file");
    }

    /** The file {@code kept} writes, as the stage would have kept it. */
    private static void write(Path file, PassageCache.Kept kept) throws IOException {
        PassageCache cache = PassageCache.empty(VERSION);
        cache.remember(kept, false);
        cache.save(file);
    }

    private static PassageCache.Kept read(Path file) {
        return PassageCache.at(file, VERSION).last();
    }

    private static PassageCache.Kept withText(PassageCache.Kept k, CorpusText.Kept text) {
        return new PassageCache.Kept(k.speechKeys(), k.groups(), k.lengths(), k.firsts(), k.speech(), k.offset(),
                k.spanStart(), k.spanEnd(), k.sameText(), k.sentences(), k.nearClasses(), text);
    }

    private static PassageCache.Kept withSameText(PassageCache.Kept k, int[] sameText) {
        return new PassageCache.Kept(k.speechKeys(), k.groups(), k.lengths(), k.firsts(), k.speech(), k.offset(),
                k.spanStart(), k.spanEnd(), sameText, k.sentences(), k.nearClasses(), k.text());
    }

    private static java.util.Set<String> keys(long[] speechKeys) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int s = 0; s < speechKeys.length; s += 2) {
            keys.add(speechKeys[s] + ":" + speechKeys[s + 1]);
        }
        return keys;
    }

    private void changeOne() throws IOException {
        Path one = speeches().get(3);
        Files.writeString(one, Files.readString(one) + "\n再加一段，全面从严治党永远在路上。\n", StandardCharsets.UTF_8);
    }

    @Test
    void theNormalizedTextIsKeptAndTakenAgainForTheSpeechesThatStayTheSame() throws IOException {
        Path file = tmp.resolve("passages.bin");
        step(file, ThemeMap.EMPTY, "first");
        PassageCache.Kept kept = read(file);
        assertTrue(kept.text() != null && kept.text().speeches() == speeches().size(), "the text is kept");
        Corpus corpus = CorpusReader.read(content);
        List<List<wengao.model.TextUnit>> units = CorpusText.units(corpus.speeches());
        CorpusText fresh = CorpusText.of(corpus.speeches());
        // What the kept text says is what is taken: a character of speech 0's first unit marked, speech 1 not taken.
        char[] marked = kept.text().text().clone();
        int at = kept.text().unitStart()[kept.text().firstUnit()[0]];
        marked[at] = '\u2603';
        int[] keptAs = new int[corpus.speeches().size()];
        for (int s = 0; s < keptAs.length; s++) {
            keptAs[s] = s == 1 ? -1 : s;
        }
        CorpusText taken = CorpusText.of(corpus.speeches(), units,
                new CorpusText.Kept(marked, kept.text().firstUnit(), kept.text().unitStart()), keptAs);
        assertEquals('\u2603', taken.text[taken.unitStart[taken.firstUnit(0)]]);
        marked[at] = fresh.text[fresh.unitStart[fresh.firstUnit(0)]];
        assertTrue(java.util.Arrays.equals(fresh.text, marked), "the rest as a fresh normalizing gives it");
        assertTrue(java.util.Arrays.equals(fresh.unitStart, taken.unitStart));
        for (int u = 0; u < fresh.unitCount(); u++) {
            assertEquals(fresh.normalized(u).text(), taken.normalized(u).text(), "unit " + u + " normalized when asked");
            assertEquals(fresh.unitLength(u), taken.unitLength(u));
        }
        // A kept speech of another number of units is normalized afresh.
        int[] firstUnit = kept.text().firstUnit().clone();
        firstUnit[1]++;
        CorpusText shifted = CorpusText.of(corpus.speeches(), units,
                new CorpusText.Kept(kept.text().text(), firstUnit, kept.text().unitStart()), keptAs);
        assertTrue(java.util.Arrays.equals(fresh.text, shifted.text), "speeches 0 and 1 normalized again");
    }

    @Test
    void aKeptFileWithoutTheTextIsUsedAndTheSpeechesNormalizedAgain() throws IOException {
        Path file = tmp.resolve("passages.bin");
        step(file, ThemeMap.EMPTY, "first");
        write(file, withText(read(file), null));
        assertTrue(read(file).text() == null);
        changeOne();
        PassageCache cache = step(file, ThemeMap.EMPTY, "kept without the text");
        assertTrue(cache.reused(), "the runs are used all the same");
        assertTrue(read(file).text() != null, "kept again");
    }

    @Test
    void aKeptTextThatDoesNotFitItsUnitsIsNotTrusted() throws IOException {
        Path file = tmp.resolve("passages.bin");
        step(file, ThemeMap.EMPTY, "first");
        PassageCache.Kept kept = read(file);
        int[] starts = kept.text().unitStart().clone();
        starts[starts.length / 2]++; // no longer just after a separator
        write(file, withText(kept, new CorpusText.Kept(kept.text().text(), kept.text().firstUnit(), starts)));
        changeOne();
        PassageCache cache = step(file, ThemeMap.EMPTY, "a text that does not fit");
        assertFalse(cache.reused());
        assertTrue(cache.note().orElseThrow().contains("damaged"), cache.note()::toString);
    }

    @Test
    void keptWordsThatPointAheadAreNotTrusted() throws IOException {
        Path file = tmp.resolve("passages.bin");
        step(file, ThemeMap.EMPTY, "first");
        PassageCache.Kept kept = read(file);
        int[] same = kept.sameText().clone();
        int r = 0;
        while (kept.spanStart()[kept.firsts()[r]] < 0) {
            r++; // the first run that was a passage
        }
        assertEquals(0, same[kept.firsts()[r]], "a run's first occurrence says its words first");
        same[kept.firsts()[r]] = 1; // the words of the occurrence after it
        write(file, withSameText(kept, same));
        changeOne();
        PassageCache cache = step(file, ThemeMap.EMPTY, "words that point ahead");
        assertFalse(cache.reused());
        assertTrue(cache.note().orElseThrow().contains("damaged"), cache.note()::toString);
    }

    @Test
    void aRunWhoseFirstOccurrenceChangesWithTheOrderIsComparedAgain() throws IOException {
        // 认真落实党中央八项规定精神 stands alone in X's first paragraph and inside a longer run that X and Y share: it is
        // nested in that run when Y's occurrence comes first, and its own passage when X's does.
        content = tmp.resolve("two");
        Files.createDirectories(content);
        Path x = content.resolve("x.txt");
        Path y = content.resolve("y.txt");
        Files.writeString(x, "在甲会议上的讲话\n（2020年1月1日）\n同志们：\n各级党组织必须认真落实党中央八项规定精神，持之以恒正风肃纪。\n"
                + "我们必须认真落实党中央八项规定精神坚决反对形式主义官僚主义享乐主义奢靡之风。\n", StandardCharsets.UTF_8);
        Files.writeString(y, "在乙会议上的讲话\n（2021年1月1日）\n同志们：\n全党同志都要认真落实党中央八项规定精神坚决反对形式主义官僚主义享乐主义奢靡之风。\n",
                StandardCharsets.UTF_8);
        Path file = tmp.resolve("two.bin");
        PassageMap xFirst = PassageFinder.find(CorpusReader.read(content), ThemeMap.EMPTY);
        step(file, ThemeMap.EMPTY, "X first");
        Files.writeString(y, Files.readString(y).replace("（2021年", "（2019年"), StandardCharsets.UTF_8);
        assertTrue(step(file, ThemeMap.EMPTY, "Y first").reused());
        PassageMap yFirst = PassageFinder.find(CorpusReader.read(content), ThemeMap.EMPTY);
        assertEquals(xFirst.passages().size(), yFirst.passages().size() + 1, "the corpus tells the two orders apart");
    }

    @Test
    void speechesThatChangePlacesKeepTheirPassages() throws IOException {
        Path file = tmp.resolve("passages.bin");
        step(file, ThemeMap.EMPTY, "first");
        // A date moved makes a speech change its place among the others: kept runs' occurrences change order.
        List<Path> speeches = speeches();
        int moved = 0;
        for (Path p : List.of(speeches.get(2), speeches.get(speeches.size() - 3))) {
            String text = Files.readString(p);
            String redated = text.replaceFirst("（(19|20)\\d\\d年", moved == 0 ? "（2099年" : "（1901年");
            if (!redated.equals(text)) {
                Files.writeString(p, redated, StandardCharsets.UTF_8);
                moved++;
            }
        }
        assertTrue(moved > 0, "a speech with a year to change");
        long[] before = read(file).speechKeys();
        assertTrue(step(file, ThemeMap.EMPTY, "speeches re-dated").reused());
        long[] after = read(file).speechKeys();
        assertEquals(keys(before), keys(after), "the passages read the same speeches: none changed for them");
        assertFalse(java.util.Arrays.equals(before, after), "but in another order");
        changeOne();
        assertTrue(step(file, ThemeMap.EMPTY, "and one changed after").reused());
    }
}
