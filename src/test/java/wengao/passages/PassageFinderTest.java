package wengao.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;
import wengao.model.ThemeMap;
import wengao.text.TextNormalizer;
import wengao.themes.ThemeDetector;

/** Shared passages over the seeds and over inline mini-corpora. */
class PassageFinderTest {

    @TempDir
    Path dir;

    private void speech(String name, String date, String... paragraphs) throws IOException {
        StringBuilder s = new StringBuilder("在" + name + "会议上的讲话\n（" + date + "）\n同志们：\n");
        for (String p : paragraphs) {
            s.append(p).append('\n');
        }
        Files.createDirectories(dir.resolve("speeches"));
        Files.writeString(dir.resolve("speeches").resolve(name + ".txt"), s.toString());
    }

    private static PassageMap find(Path content) {
        Corpus c = CorpusReader.read(content);
        return PassageFinder.find(c, ThemeDetector.detect(c));
    }

    private static Set<String> speechesOf(SharedPassage p) {
        return p.occurrences().stream().map(PassageOccurrence::speech).collect(Collectors.toSet());
    }

    /** The passage containing {@code phrase} (normalized) that the given speeches share, or null. */
    private static SharedPassage sharing(PassageMap map, String phrase, String... slugs) {
        String n = TextNormalizer.normalize(phrase);
        return map.passages().stream()
                .filter(p -> TextNormalizer.normalize(p.text()).contains(n))
                .filter(p -> speechesOf(p).containsAll(List.of(slugs)))
                .findFirst().orElse(null);
    }

    @Test
    void seedsShareTheirRepeatedSentences() {
        PassageMap map = find(TestFiles.seeds());
        SharedPassage opening = sharing(map, "2023年是全面贯彻党的二十大精神的开局之年",
                "002_b7abe7910e55f495", "003_9d6ca829133a8060");
        assertTrue(opening != null, map.passages()::toString);
        assertFalse(opening.variant());
        assertEquals("2023年是全面贯彻党的二十大精神的开局之年", TextNormalizer.normalize(opening.normalized()),
                "the maximal run ends where the speeches part (之年，也是 / 之年，是)");
        SharedPassage strict = sharing(map, "真管真严、敢管敢严、长管长严", "001_0d024dd79624a196", "002_b7abe7910e55f495");
        assertTrue(strict != null, map.passages()::toString);
        for (PassageOccurrence o : strict.occurrences()) {
            assertTrue(o.text().endsWith("真管真严、敢管敢严、长管长严"), o.text());
        }
        SharedPassage saying = map.passages().stream().filter(SharedPassage::variant)
                .filter(p -> speechesOf(p).equals(Set.of("001_0d024dd79624a196", "004_e77ce8694092053b")))
                .findFirst().orElse(null);
        assertTrue(saying != null, "教育百遍不如问责一次 / 教育千遍，不如问责一次: " + map.passages());
        assertEquals(Set.of("教育百遍不如问责一次", "教育千遍，不如问责一次"),
                saying.occurrences().stream().map(PassageOccurrence::text).collect(Collectors.toSet()));
    }

    @Test
    void occurrencesReadThePassageInTheirParagraphs() {
        Corpus c = CorpusReader.read(TestFiles.seeds());
        PassageMap map = PassageFinder.find(c, ThemeDetector.detect(c));
        assertFalse(map.passages().isEmpty());
        for (SharedPassage p : map.passages()) {
            assertTrue(p.speeches() >= 2, p::toString);
            assertEquals(p.speeches(), speechesOf(p).size());
            for (PassageOccurrence o : p.occurrences()) {
                String unit = c.speeches().stream().filter(s -> s.slug().equals(o.speech())).findFirst().orElseThrow()
                        .textUnits().get(o.unit()).text();
                assertEquals(o.text(), unit.substring(o.start(), o.end()));
                if (!p.variant()) {
                    assertTrue(TextNormalizer.normalize(o.text()).contains(p.normalized()), o + " holds " + p.normalized());
                }
            }
        }
    }

    @Test
    void aSharedSentenceIsOnePassageFirstUsedByTheEarliestSpeech() throws IOException {
        String shared = "要把严的主基调长期坚持下去，以零容忍态度惩治腐败";
        speech("b", "2021年3月1日", "今年的工作很多。" + shared + "，这是我们的一贯要求。", "其他内容各不相同，甲乙丙丁。");
        speech("a", "2020年5月1日", "首先，" + shared + "。", "这里说的是另外一件事情。");
        speech("c", "2022年1月9日", shared + "！同志们务必牢记。");
        PassageMap map = find(dir);
        List<SharedPassage> found = map.passages().stream().filter(p -> p.normalized().equals(TextNormalizer.normalize(shared)))
                .toList();
        assertEquals(1, found.size(), map.passages()::toString);
        SharedPassage p = found.get(0);
        assertEquals(3, p.speeches());
        assertEquals(shared, p.text());
        assertEquals("a", p.firstUse().speech(), "the earliest speech is the first use");
        assertEquals(List.of("a", "b", "c"), p.occurrences().stream().map(PassageOccurrence::speech).toList());
        assertTrue(map.passages().stream().noneMatch(x -> x.normalized().length() < shared.length() - 2
                && TextNormalizer.normalize(shared).contains(x.normalized())), "no pieces of it: " + map.passages());
    }

    @Test
    void aRepeatWithinOneSpeechIsNoSharedPassage() throws IOException {
        String repeated = "坚定不移推进全面从严治党向纵深发展";
        speech("a", "2020年5月1日", repeated + "。", "中间一段。", repeated + "。");
        speech("b", "2021年5月1日", "完全不同的一段讲话内容。");
        assertEquals(List.of(), find(dir).passages());
    }

    @Test
    void aRunSharedByMoreSpeechesStandsBesideTheLongerOne() throws IOException {
        String core = "把党风廉政建设责任制落到实处";
        speech("a", "2020年1月1日", "我们必须" + core + "，一刻也不能放松。");
        speech("b", "2020年2月1日", "我们必须" + core + "，一刻也不能放松。");
        speech("c", "2020年3月1日", "大家都要" + core + "。");
        PassageMap map = find(dir);
        assertTrue(map.passages().stream().anyMatch(p -> p.speeches() == 3 && p.normalized().equals(TextNormalizer.normalize(core))),
                map.passages()::toString);
        assertTrue(map.passages().stream().anyMatch(p -> p.speeches() == 2
                && p.normalized().equals(TextNormalizer.normalize("我们必须" + core + "一刻也不能放松"))), map.passages()::toString);
        assertEquals(3, map.passages().get(0).speeches(), "most widely used first");
    }

    @Test
    void phrasesInMoreThanAQuarterOfALargeCorpusAreStock() throws IOException {
        String common = "以习近平同志为核心的党中央坚强领导";
        String rare = "扎实推进清廉机关建设各项重点任务";
        for (int i = 0; i < 24; i++) {
            String own = "第" + i + "篇独有的内容" + "甲乙丙丁戊己庚辛壬癸".substring(i % 10) + i;
            String body = i < 7 ? "在" + common + "下，" + own + "。" : own + "。";
            if (i == 3 || i == 20) {
                body += rare + "。";
            }
            speech(String.format("s%02d", i), "2020年1月" + (i + 1) + "日", body);
        }
        PassageMap map = find(dir);
        SharedPassage stock = map.passages().stream().filter(p -> p.normalized().contains(TextNormalizer.normalize(common)))
                .findFirst().orElseThrow();
        assertEquals(7, stock.speeches());
        assertTrue(stock.stock(), "7 of 24 speeches is more than a quarter");
        SharedPassage plain = map.passages().stream().filter(p -> p.normalized().equals(TextNormalizer.normalize(rare)))
                .findFirst().orElseThrow();
        assertFalse(plain.stock());
    }

    @Test
    void aThemeIsAStockPhrase() throws IOException {
        String theme = "习近平新时代中国特色社会主义思想";
        Files.createDirectories(dir.resolve("themes"));
        Files.writeString(dir.resolve("themes/xin-shi-dai.md"), "---\nname: " + theme + "\n---\n说明。\n");
        speech("a", "2020年1月1日", "深入学习" + theme + "。");
        speech("b", "2021年1月1日", "全面贯彻" + theme + "。");
        PassageMap map = find(dir);
        SharedPassage p = map.passages().stream().filter(x -> x.normalized().equals(TextNormalizer.normalize(theme)))
                .findFirst().orElseThrow(() -> new AssertionError(map.passages()));
        assertTrue(p.stock());
    }

    @Test
    void nearIdenticalSentencesAreVariantsAndDistantOnesAreNot() throws IOException {
        speech("a", "2020年1月1日", "三是强化问责。“教育百遍不如问责一次”。要严肃执纪。",
                "我们要坚持不懈地抓好作风建设工作。");
        speech("b", "2021年1月1日", "标本兼治。“教育千遍，不如问责一次。”要把当下改与长久立结合起来。",
                "我们要持之以恒地改进文风会风。");
        PassageMap map = find(dir);
        List<SharedPassage> variants = map.passages().stream().filter(SharedPassage::variant).toList();
        assertEquals(1, variants.size(), map.passages()::toString);
        assertEquals("教育百遍不如问责一次", variants.get(0).text());
        assertEquals(2, variants.get(0).speeches());
    }

    @Test
    void editDistanceStopsPastItsLimit() {
        assertEquals(1, NearSentences.editDistance("教育百遍不如问责一次", "教育千遍不如问责一次", 1));
        assertEquals(1, NearSentences.editDistance("不如问责一次", "不如问责一次了", 1));
        assertEquals(2, NearSentences.editDistance("甲乙丙丁戊", "乙甲丙丁戊", 1), "past the limit reads limit + 1");
    }

    @Test
    void sameCorpusSamePassages() {
        assertEquals(find(TestFiles.seeds()), find(TestFiles.seeds()));
    }

    @Test
    void noSpeechesNoPassages() {
        assertEquals(PassageMap.EMPTY, PassageFinder.find(new Corpus(List.of(), List.of()), ThemeMap.EMPTY));
    }
}
