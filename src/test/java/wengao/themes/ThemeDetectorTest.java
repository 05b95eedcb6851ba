package wengao.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.CandidateStatus;
import wengao.model.Corpus;
import wengao.model.Mention;
import wengao.model.Theme;
import wengao.model.ThemeCandidate;
import wengao.model.ThemeMap;
import wengao.model.ThemeOrigin;

class ThemeDetectorTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private ThemeMap detect() {
        Corpus c = CorpusReader.read(dir);
        assertTrue(c.problems().stream().noneMatch(p -> p.isError()), c.problems()::toString);
        return ThemeDetector.detect(c);
    }

    private static Theme theme(ThemeMap map, String name) {
        return map.themes().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no theme " + name + " in " + map.themes().stream().map(Theme::name).toList()));
    }

    private void theme(String slug, String name, String... extra) throws IOException {
        write("themes/" + slug + ".md", "---\nname: " + name + "\n" + String.join("\n", extra) + (extra.length > 0 ? "\n" : "")
                + "---\n说明。\n");
    }

    /**
     * Counts per seed (000, 001, 002, 003, 004), made by hand: grep -o of each term in the raw files, then read
     * for overlaps (中央“八项规定” counts for 中央八项规定精神 through its alias; the 不敢腐 inside
     * “不敢腐、不能腐、不想腐” belongs to the longer formula).
     */
    private static final Map<String, int[]> HAND_COUNTS = Map.ofEntries(
            Map.entry("四种形态", new int[] {0, 1, 0, 0, 1}),
            Map.entry("第一种形态", new int[] {0, 0, 0, 2, 1}),
            Map.entry("一岗双责", new int[] {1, 2, 0, 2, 2}),
            Map.entry("两个维护", new int[] {0, 0, 5, 1, 0}),
            Map.entry("四个意识", new int[] {0, 0, 1, 1, 0}),
            Map.entry("四个自信", new int[] {0, 0, 1, 1, 0}),
            Map.entry("三会一课", new int[] {0, 0, 1, 2, 0}),
            Map.entry("四风", new int[] {0, 8, 2, 1, 0}),
            Map.entry("中央八项规定精神", new int[] {0, 1, 2, 1, 1}),
            Map.entry("两个责任", new int[] {0, 2, 2, 0, 2}),
            Map.entry("一案双查", new int[] {0, 2, 1, 0, 1}),
            Map.entry("关键少数", new int[] {0, 2, 2, 0, 0}),
            Map.entry("三重一大", new int[] {1, 0, 1, 0, 0}),
            Map.entry("不敢腐不能腐不想腐", new int[] {0, 0, 0, 0, 1}),
            Map.entry("不敢腐", new int[] {0, 0, 0, 0, 1}),
            Map.entry("不能腐", new int[] {0, 0, 0, 0, 0}),
            Map.entry("不想腐", new int[] {0, 0, 0, 0, 1}));

    @Test
    void seedCountsMatchCountsMadeByHand() throws IOException {
        Corpus seeds = CorpusReader.read(TestFiles.seeds());
        Corpus withThemes = CorpusReader.read(Path.of(System.getProperty("wengao.repo", ".")).resolve("content"));
        Corpus corpus = new Corpus(seeds.speeches(), withThemes.themeDefinitions(), List.of(), List.of());
        ThemeMap map = ThemeDetector.detect(corpus);
        assertTrue(map.problems().isEmpty(), map.problems()::toString);
        List<String> seedSlugs = List.of("000_e1af5873cf126479", "001_0d024dd79624a196", "002_b7abe7910e55f495",
                "003_9d6ca829133a8060", "004_e77ce8694092053b");
        Map<String, String> actual = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        HAND_COUNTS.forEach((name, counts) -> {
            Theme t = theme(map, name);
            int[] got = new int[5];
            for (Mention m : t.mentions()) {
                got[seedSlugs.indexOf(m.speech())]++;
            }
            actual.put(name, java.util.Arrays.toString(got));
            expected.put(name, java.util.Arrays.toString(counts));
        });
        assertEquals(expected, actual);
    }

    @Test
    void aTermSplitByQuotationMarksOrPunctuationIsFound() throws IOException {
        theme("bu-gan-fu-all", "不敢腐不能腐不想腐");
        theme("liang-ge-wei-hu", "两个维护");
        write("a.txt", "讲话\n同志们：\n构建“不敢腐、不能腐、不想腐”体制机制，做到“两个”维护。\n");
        ThemeMap map = detect();
        Theme t = theme(map, "不敢腐不能腐不想腐");
        assertEquals(1, t.mentions().size());
        assertEquals("不敢腐、不能腐、不想腐", t.mentions().get(0).text());
        Theme w = theme(map, "两个维护");
        assertEquals("两个”维护", w.mentions().get(0).text(), "the mention is the exact span of the source");
    }

    @Test
    void longestMatchWinsAndAliasesCount() throws IOException {
        theme("ba-xiang", "中央八项规定精神", "aliases: [中央八项规定, 八项规定]");
        theme("gui-ding", "规定");
        write("a.txt", "讲话\n同志们：\n落实中央八项规定精神。执行八项规定。遵守规定。\n");
        ThemeMap map = detect();
        assertEquals(List.of("中央八项规定精神", "八项规定"), theme(map, "中央八项规定精神").mentions().stream().map(Mention::text).toList());
        assertEquals(1, theme(map, "规定").mentions().size(), "only the 规定 that no longer term covers");
    }

    @Test
    void aMatchNeverSpansTwoParagraphs() throws IOException {
        theme("si-feng", "四风");
        write("a.txt", "讲话\n同志们：\n要坚持做到四\n风清气正。\n");
        assertEquals(0, theme(detect(), "四风").mentions().size());
    }

    @Test
    void partsOfAFormulaAreThemesWithAParent() throws IOException {
        theme("si-zhong", "四种形态");
        theme("di-yi", "第一种形态", "parent: si-zhong");
        write("a.txt", "讲话\n同志们：\n运用“四种形态”特别是第一种形态。\n");
        ThemeMap map = detect();
        assertEquals("si-zhong", theme(map, "第一种形态").parent());
        assertEquals(1, theme(map, "四种形态").mentions().size());
    }

    @Test
    void unknownParentIsAnError() throws IOException {
        theme("di-yi", "第一种形态", "parent: nowhere");
        write("a.txt", "讲话\n同志们：\n正文。\n");
        ThemeMap map = ThemeDetector.detect(CorpusReader.read(dir));
        assertEquals(1, map.problems().size());
        assertTrue(map.problems().get(0).message().contains("nowhere"));
    }

    @Test
    void aCycleOfParentsIsAnErrorNamingItsFilesInOrder() throws IOException {
        theme("a-one", "甲", "parent: b-two");
        theme("b-two", "乙", "parent: c-three");
        theme("c-three", "丙", "parent: a-one");
        theme("d-four", "丁", "parent: a-one");
        write("a.txt", "讲话\n同志们：\n甲乙丙丁。\n");
        ThemeMap map = ThemeDetector.detect(CorpusReader.read(dir));
        assertEquals(1, map.problems().size(), map.problems().toString());
        assertTrue(map.problems().get(0).isError());
        assertEquals("themes/a-one.md", map.problems().get(0).file());
        assertTrue(map.problems().get(0).message().contains(
                "themes/a-one.md → themes/b-two.md → themes/c-three.md → themes/a-one.md"), map.problems().get(0).message());
        assertEquals(null, theme(map, "甲").parent(), "the cycle is broken");
        assertEquals("a-one", theme(map, "丁").parent(), "a theme that only hangs off the cycle keeps its parent");
    }

    @Test
    void discoveryFindsRecurringQuotedTermsAndIgnoresOneOffs() throws IOException {
        write("a.txt", "讲话一\n同志们：\n要当好“第一责任人”，防止“雨过地皮湿”，守住“一个时期”。\n");
        write("b.txt", "讲话二\n同志们：\n书记是“第一责任人”，把好“高压线”，做到“一言一行”，守住“一个时期”。\n");
        ThemeMap map = detect();
        Theme found = theme(map, "第一责任人");
        assertFalse(found.curated());
        assertEquals(ThemeOrigin.QUOTED, found.origin());
        assertEquals(2, found.speechCount());
        assertTrue(found.slug().matches("t-[0-9a-f]{8}"));
        List<String> names = map.themes().stream().map(Theme::name).toList();
        assertFalse(names.contains("雨过地皮湿"), "said in one speech only");
        assertFalse(names.contains("高压线"));
        assertFalse(names.contains("一个时期"), "on the built-in stop list");
        Map<String, CandidateStatus> status = map.candidates().stream()
                .collect(Collectors.toMap(ThemeCandidate::term, ThemeCandidate::status));
        assertEquals(CandidateStatus.RARE, status.get("雨过地皮湿"));
        assertEquals(CandidateStatus.STOP, status.get("一个时期"));
        assertEquals(CandidateStatus.THEME, status.get("第一责任人"));
    }

    @Test
    void discoveryFindsNumberedFormulasButNotPiecesOfNumbers() throws IOException {
        write("a.txt", "讲话一\n同志们：\n落实“三会一课”制度，增强四个意识，学习党的二十大精神，推进长三角一体化。\n");
        write("b.txt", "讲话二\n同志们：\n严格组织生活、三会一课，牢固树立四个意识，贯彻二十大精神，服务长三角一体化。\n");
        ThemeMap map = detect();
        assertEquals(ThemeOrigin.FORMULA, theme(map, "三会一课").origin());
        assertEquals(2, theme(map, "三会一课").mentions().size());
        assertEquals(2, theme(map, "四个意识").mentions().size());
        List<String> terms = map.candidates().stream().map(ThemeCandidate::term).toList();
        assertFalse(terms.contains("十大精神"), "二十大精神 holds no formula 十大精神");
        assertFalse(terms.contains("三角一体"), "长三角一体化 holds no formula 三角一体");
    }

    @Test
    void aCommonWordQuotedOnceInAWhileIsNotATheme() throws IOException {
        String plain = "人民".repeat(20);
        write("a.txt", "讲话一\n同志们：\n一切为了“人民”。" + plain + "\n");
        write("b.txt", "讲话二\n同志们：\n依靠“人民”。" + plain + "\n");
        ThemeMap map = detect();
        assertTrue(map.themes().isEmpty(), "quoted in 2 of 42 uses: a word, not a term");
        assertEquals(CandidateStatus.RARE, map.candidates().get(0).status());
    }

    @Test
    void editorStopListKeepsATermFromBecomingATheme() throws IOException {
        write("themes/stoplist.txt", "# noise\n高压线\n");
        write("a.txt", "讲话一\n同志们：\n把好“高压线”。\n");
        write("b.txt", "讲话二\n同志们：\n不碰“高压线”。\n");
        ThemeMap map = detect();
        assertTrue(map.themes().isEmpty());
        assertEquals(CandidateStatus.STOP, map.candidates().get(0).status());
    }

    @Test
    void aLongerCandidateKeepsAShortOneFromCountingInsideIt() throws IOException {
        write("a.txt", "讲话一\n同志们：\n做到“四不”。落实“四不两直”。\n");
        write("b.txt", "讲话二\n同志们：\n坚持“四不”。\n");
        Theme siBu = theme(detect(), "四不");
        assertEquals(2, siBu.mentions().size(), "the 四不 inside 四不两直 is not a mention of 四不");
    }

    @Test
    void coOccurrenceCountsParagraphsAndSpeeches() throws IOException {
        theme("a", "四风");
        theme("b", "八项规定");
        write("a.txt", "讲话一\n同志们：\n落实八项规定，纠治四风。\n另起一段谈四风。\n");
        write("b.txt", "讲话二\n同志们：\n八项规定。\n四风。\n");
        Theme t = theme(detect(), "四风");
        assertEquals(1, t.related().size());
        assertEquals(1, t.related().get(0).paragraphs());
        assertEquals(2, t.related().get(0).speeches());
    }
}
