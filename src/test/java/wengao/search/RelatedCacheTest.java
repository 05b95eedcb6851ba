package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.citations.CitationFinder;
import wengao.ingest.CorpusReader;
import wengao.model.Citations;
import wengao.model.Corpus;
import wengao.model.Mention;
import wengao.model.PassageMap;
import wengao.model.Related;
import wengao.model.RelatedMap;
import wengao.model.Theme;
import wengao.model.ThemeMap;
import wengao.passages.PassageFinder;
import wengao.themes.ThemeDetector;

/**
 * Related speeches found with the last build's kept ({@link RelatedCache}) are those found from nothing, edit after
 * edit of a small corpus read, its themes, citations and shared passages found, as a build does; and the kept file
 * is only trusted when it is whole and of this version.
 */
class RelatedCacheTest {

    @TempDir
    Path dir;

    private Path speeches;
    private Path kept;

    /** A sentence long enough to be a shared passage, and with no theme, document or outline word in it. */
    private static final String SHARED = "各级领导干部要以身作则、率先垂范，把这件事情真正放在心上、抓在手上。";

    @BeforeEach
    void twelveSpeeches() throws IOException {
        speeches = dir.resolve("speeches");
        Files.createDirectories(speeches);
        kept = dir.resolve("related.bin");
        write("a", "在巡察整改工作会议上的讲话", "一、扛起巡察整改政治责任",
                "要落实一岗双责，把《中国共产党巡视工作条例》学深悟透，坚决纠治四风，抓好巡察整改。",
                "二、压实巡察整改主体责任", "巡察整改是政治任务，各级党组织要落实一岗双责。" + SHARED);
        write("b", "在巡察反馈问题整改推进会上的讲话", "一、提高对巡察整改的认识",
                "对照《中国共产党巡视工作条例》，落实一岗双责，把巡察整改和纠治四风结合起来。" + SHARED,
                "二、抓好巡察整改和成果运用", "巡察整改不能走过场，四风问题要盯住不放。");
        write("c", "在乡村振兴工作会议上的讲话", "一、发展乡村特色产业", "乡村振兴要培育特色产业，带动农民增收。",
                "二、建设宜居宜业乡村", "改善农村人居环境，推进乡村振兴。");
        write("d", "在安全生产工作会议上的讲话", "一、压实安全生产责任", "安全生产责任重于泰山，要排查隐患，防范重大事故。",
                "二、开展隐患排查整治", "安全生产要抓早抓小，隐患排查要全覆盖。");
        write("e", "在全面从严治党工作会议上的讲话", "一、落实全面从严治党主体责任",
                "要落实一岗双责，以《中国共产党党内监督条例》为遵循，驰而不息纠治四风。",
                "二、加强党内监督", "党内监督没有禁区，四风问题要露头就打。");
        write("f", "在乡村产业发展推进会上的讲话", "一、壮大乡村特色产业", "培育特色产业是乡村振兴的根本。",
                "二、促进农民增收致富", "拓宽农民增收渠道，让乡村振兴成果惠及农民。");
        write("g", "在安全生产大检查动员会上的讲话", "一、全面排查安全隐患", "安全生产大检查要横向到边、纵向到底，隐患排查不留死角。",
                "二、压实企业主体责任", "企业是安全生产的责任主体。");
        write("h", "在党风廉政建设工作会议上的讲话", "一、驰而不息纠治四风", "纠治四风要常抓不懈，落实一岗双责。",
                "二、深化以案促改", "以案促改要用身边事教育身边人。");
        write("i", "在教育工作会议上的讲话", "一、办好人民满意的教育", "教育是国之大计。");
        write("j", "在科技创新大会上的讲话", "一、加快科技自立自强", "科技创新要面向世界科技前沿。");
        write("k", "在生态环境保护大会上的讲话", "一、打好污染防治攻坚战", "生态环境保护要久久为功。");
        write("l", "在民营企业座谈会上的讲话", "一、优化营商环境", "营商环境只有更好，没有最好。");
    }

    private void write(String slug, String title, String... lines) throws IOException {
        StringBuilder text = new StringBuilder(title).append("\n\n同志们：\n\n");
        for (String line : lines) {
            text.append(line).append("\n\n");
        }
        Files.writeString(speeches.resolve(slug + ".txt"), text);
    }

    private void append(String slug, String paragraph) throws IOException {
        Path file = speeches.resolve(slug + ".txt");
        Files.writeString(file, Files.readString(file) + paragraph + "\n");
    }

    /** The inputs of related speeches, as a build finds them from the folder as it is. */
    private record Inputs(Corpus corpus, ThemeMap themes, Citations citations, PassageMap passages) {

        RelatedMap related(RelatedCache cache) {
            return RelatedSpeeches.find(corpus, themes, citations, passages, OutlineWords.empty("v1"), cache);
        }
    }

    private Inputs read() {
        Corpus read = CorpusReader.read(speeches);
        Corpus curated = CorpusReader.read(Path.of(System.getProperty("wengao.repo", ".")).resolve("content"));
        Corpus corpus = new Corpus(read.speeches(), curated.themeDefinitions(), List.of(), read.problems());
        ThemeMap themes = ThemeDetector.detect(corpus);
        return new Inputs(corpus, themes, CitationFinder.find(corpus), PassageFinder.find(corpus, themes));
    }

    /** Builds again with the kept file, checks the related speeches are those of a build from nothing; keeps them. */
    private RelatedCache buildAgain(String version) throws IOException {
        Inputs inputs = read();
        RelatedMap fresh = inputs.related(RelatedCache.empty(version));
        RelatedCache cache = RelatedCache.at(kept, version);
        RelatedMap again = inputs.related(cache);
        assertEquals(fresh, again);
        cache.save(kept);
        return cache;
    }

    private RelatedCache buildAgain() throws IOException {
        return buildAgain("v1");
    }

    @Test
    void editsKeepTheRelatedSpeechesOfABuildFromNothing() throws IOException {
        assertEquals(12, buildAgain().rankedAgain(), "nothing kept yet");
        assertTrue(read().related(RelatedCache.empty("v1")).bySpeech().get("speeches/a.html").stream()
                .anyMatch(r -> r.because().contains("共有段落 ")), "a and b share a passage");

        append("c", "这一段落没有主题，也不引用文件。");
        assertEquals(0, buildAgain().rankedAgain(), "a paragraph of nothing the related speeches weigh");

        append("e", "纠治四风永远在路上。");
        RelatedCache counted = buildAgain();
        assertTrue(counted.rankedAgain() >= 1 && counted.rankedAgain() < 12,
                "one more mention of a theme e has: e ranked again, not all: " + counted.rankedAgain());

        append("h", SHARED);
        RelatedCache shared = buildAgain();
        assertTrue(shared.rankedAgain() >= 1 && shared.rankedAgain() < 12,
                "h shares the passage of a and b: they are ranked again, not all: " + shared.rankedAgain());

        append("d", "要严格落实《中华人民共和国安全生产法》。");
        assertEquals(12, buildAgain().rankedAgain(), "a document d did not cite: names in other speeches");

        append("a", "这一段落同样什么也不添。");
        assertEquals(0, buildAgain().rankedAgain());
    }

    @Test
    void aNewTitleIsShownWhereverTheSpeechIsRelated() throws IOException {
        buildAgain();
        write("b", "在巡察反馈问题整改推进会上的讲话（2）", "一、提高对巡察整改的认识",
                "对照《中国共产党巡视工作条例》，落实一岗双责，把巡察整改和纠治四风结合起来。" + SHARED,
                "二、抓好巡察整改和成果运用", "巡察整改不能走过场，四风问题要盯住不放。");
        RelatedCache cache = buildAgain();
        List<Related> toA = read().related(RelatedCache.at(kept, "v1")).bySpeech().get("speeches/a.html");
        assertTrue(toA.stream().anyMatch(r -> r.title().equals("在巡察反馈问题整改推进会上的讲话（2）")), toA.toString());
        assertTrue(cache.rankedAgain() < 12, "the title's words are as before: " + cache.rankedAgain());
    }

    @Test
    void aThemeNamedAnewIsNamedSoInEveryReason() throws IOException {
        buildAgain();
        Inputs inputs = read();
        Theme shared = inputs.themes().themes().stream()
                .filter(t -> t.mentions().stream().map(Mention::speech).distinct().count() >= 3).findFirst().orElseThrow();
        List<Theme> renamed = inputs.themes().themes().stream().map(t -> t != shared ? t
                : new Theme(t.slug(), t.name() + "（新名）", t.aliases(), t.parent(), t.origin(), t.descriptionHtml(),
                        t.mentions(), t.related())).toList();
        Inputs named = new Inputs(inputs.corpus(), new ThemeMap(renamed, inputs.themes().candidates(),
                inputs.themes().problems()), inputs.citations(), inputs.passages());
        RelatedCache cache = RelatedCache.at(kept, "v1");
        RelatedMap again = named.related(cache);
        assertEquals(named.related(RelatedCache.empty("v1")), again);
        assertTrue(again.bySpeech().values().stream().flatMap(List::stream)
                .anyMatch(r -> r.because().contains(shared.name() + "（新名）")), "the new name is read");
        assertEquals(12, cache.rankedAgain(), "every reason read again");
    }

    @Test
    void aSpeechMoreOrLessRanksEverySpeechAgain() throws IOException {
        buildAgain();
        Files.delete(speeches.resolve("g.txt"));
        assertEquals(11, buildAgain().rankedAgain());
        write("g", "在安全生产大检查动员会上的讲话", "一、全面排查安全隐患", "隐患排查不留死角。");
        assertEquals(12, buildAgain().rankedAgain());
    }

    @Test
    void aKeptFileOfAnotherVersionDamagedOrCutShortIsNotTrusted() throws IOException {
        buildAgain();
        byte[] bytes = Files.readAllBytes(kept);
        RelatedCache other = buildAgain("v2");
        assertTrue(other.note().orElseThrow().contains("another version"), other.note()::toString);
        assertEquals(12, other.rankedAgain());
        for (int at : new int[] {bytes.length / 3, bytes.length / 2, bytes.length - 3}) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x10;
            Files.write(kept, damaged);
            RelatedCache cache = buildAgain();
            assertTrue(cache.note().orElseThrow().contains("damaged"), cache.note()::toString);
            assertEquals(12, cache.rankedAgain(), "every speech ranked again");
        }
        Files.write(kept, java.util.Arrays.copyOf(bytes, bytes.length - 9));
        RelatedCache cut = buildAgain();
        assertTrue(cut.note().orElseThrow().contains("damaged"), "cut short");
        assertEquals(0, buildAgain().rankedAgain(), "kept again whole");
    }
}
