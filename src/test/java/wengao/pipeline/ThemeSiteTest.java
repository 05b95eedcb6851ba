package wengao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.json.JsonReader;

/** The seeds with the shipped curated themes, built, and the theme links checked on the written pages. */
class ThemeSiteTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("speeches"));
        for (Path seed : TestFiles.files(TestFiles.seeds())) {
            Files.copy(seed, content.resolve("speeches").resolve(seed.getFileName()));
        }
        Path themes = Path.of(System.getProperty("wengao.repo", ".")).resolve("content/themes");
        Files.createDirectories(content.resolve("themes"));
        try (Stream<Path> files = Files.list(themes)) {
            for (Path f : files.toList()) {
                Files.copy(f, content.resolve("themes").resolve(f.getFileName()));
            }
        }
        site = tmp.resolve("site");
        BuildReport report = SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), site, true));
        assertTrue(report.isPublished(), report.problems()::toString);
    }

    private static String read(String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void everyLinkAndAnchorResolves() throws IOException {
        assertEquals(List.of(), SiteCheck.brokenLinks(site));
    }

    @Test
    void speechPagesLinkEveryMentionToItsThemePage() throws IOException {
        String page = read("speeches/001_0d024dd79624a196.html");
        Matcher m = Pattern.compile("<a class=\"tm\" href=\"\\.\\./themes/si-feng\\.html\"[^>]*>([^<]*)</a>").matcher(page);
        int n = 0;
        while (m.find()) {
            assertEquals("四风", m.group(1));
            n++;
        }
        assertEquals(8, n, "001 mentions 四风 eight times, each one a link");
        assertTrue(page.contains("<li><a href=\"../themes/si-feng.html\">四风</a> <span class=\"count\">8</span></li>"),
                "the side list shows the speech's themes with counts");
    }

    @Test
    void concordanceLinksLeadToParagraphsThatContainTheTerm() throws IOException {
        String theme = read("themes/yi-gang-shuang-ze.html");
        Matcher m = Pattern.compile("<td class=\"kwic-k\"><a href=\"\\.\\./(speeches/[^\"#]+)#([^\"]+)\">([^<]+)</a>").matcher(theme);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            String speech = read(m.group(1));
            int at = speech.indexOf(" id=\"" + m.group(2) + "\"");
            assertTrue(at > 0, "anchor " + m.group(2));
            String element = speech.substring(at, elementEnd(speech, at)).replaceAll("<[^>]+>", "");
            assertTrue(element.contains(m.group(3)), m.group(2) + " contains " + m.group(3));
            checked.add(m.group(2));
        }
        assertEquals(7, checked.size());
    }

    /** Where the paragraph or heading that starts at {@code at} ends. */
    private static int elementEnd(String html, int at) {
        int p = html.indexOf("</p>", at);
        int h = html.indexOf("</h", at);
        return p < 0 ? h : h < 0 ? p : Math.min(p, h);
    }

    @Test
    void parentPageShowsItsPartsAndTheirMentions() throws IOException {
        String page = read("themes/si-zhong-xing-tai.html");
        assertTrue(page.contains("<a href=\"../themes/di-yi-zhong-xing-tai.html\">第一种形态</a> <span class=\"count\">3</span>"));
        assertTrue(page.contains("全部提及 <small>5 条（本身 2 条，各部分 3 条）</small>"), "two own mentions and three of 第一种形态");
        assertTrue(page.contains("提及 <strong>2</strong> 次，连同各部分 <strong>5</strong> 次"), "counted as the index counts");
        assertTrue(page.contains("<ol class=\"dispersion\""));
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile("<li>(?:<a href=\"[^\"]+\">|<span class=\"unmentioned\">)(第.种形态)<").matcher(page);
        while (m.find()) {
            parts.add(m.group(1));
        }
        assertEquals(List.of("第一种形态", "第二种形态", "第三种形态", "第四种形态"), parts, "the formula's own order, not the slugs'");
        assertTrue(page.contains("<span class=\"unmentioned\">第二种形态</span>"), "a part nobody mentions is not linked");
    }

    @Test
    void themeIndexGroupsPartsUnderTheirFormulaAndCountsAsItsPage() throws IOException {
        String index = read("themes/index.html");
        int formula = index.indexOf(">四种形态</a>");
        int first = index.indexOf(">第一种形态</a>");
        int second = index.indexOf(">第二种形态</span>");
        int fourth = index.indexOf(">第四种形态</span>");
        int next = index.indexOf("<tr><td>", fourth);
        assertTrue(formula > 0 && formula < first && first < second && second < fourth, "parts follow their formula, in order");
        assertTrue(index.substring(fourth, next).contains("未提及"));
        assertTrue(index.contains("<td class=\"num\">2<span class=\"with-parts\">连同各部分 5</span></td>"));
        assertTrue(index.contains("<span class=\"unmentioned\">两个确立</span>"), "a curated theme with no mention is not linked");
    }

    @Test
    void themeIndexSeparatesCuratedAndDiscovered() throws IOException {
        String index = read("themes/index.html");
        int curated = index.indexOf("整理的主题");
        int discovered = index.indexOf("自动发现的主题");
        assertTrue(curated > 0 && discovered > curated);
        assertTrue(index.indexOf("第一责任人") > discovered);
        assertTrue(index.indexOf(">四风<") > curated && index.indexOf(">四风<") < discovered);
        assertTrue(index.contains("<dt><a href=\"../themes/san-hui-yi-ke.html\">三会一课</a></dt><dd>党的组织生活基本制度："));
    }

    @Test
    @SuppressWarnings("unchecked")
    void themesJsonListsThemesAndMentions() throws IOException {
        String json = read("data/themes.json");
        List<Map<String, Object>> themes = (List<Map<String, Object>>) JsonReader.read(json);
        assertEquals(themes.size() + 2, json.split("\n", -1).length - 1, "one theme per line between the brackets");
        Map<String, Object> first = themes.get(0);
        assertEquals(List.of("name", "slug", "url", "curated", "parent", "aliases", "origin", "mentions"),
                new ArrayList<>(first.keySet()));
        assertEquals("不敢腐", first.get("name"));
        assertEquals("bu-gan-fu", first.get("slug"));
        assertEquals("themes/bu-gan-fu.html", first.get("url"));
        assertEquals(Boolean.TRUE, first.get("curated"));
        assertEquals("bu-gan-fu-bu-neng-fu-bu-xiang-fu", first.get("parent"));
        assertEquals(List.of(), first.get("aliases"));
        assertTrue(((List<Object>) first.get("mentions")).contains(
                Map.of("url", "speeches/004_e77ce8694092053b.html", "anchor", "s1-2-p1", "text", "不敢腐")), first::toString);
        List<String> slugs = themes.stream().map(t -> (String) t.get("slug")).toList();
        assertEquals(slugs.stream().sorted().toList(), slugs, "sorted by slug");
        assertTrue(json.contains("\"text\":\"不敢腐、不能腐、不想腐\""));
    }
}
