package wengao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;

/**
 * Builds a site whose speeches and theme definitions try every spelling of a script URL, and reads every URL of
 * every built page back the way a browser does: no page may carry a URL whose scheme is not http, https or
 * mailto. The reading here is the test's own (flexmark's full entity table, the URL standard's stripping), not
 * the code under test.
 */
class UrlSchemeSiteTest {

    /** Markdown that must not become a live URL; each carries alert(N) so the test can find it on the page as text. */
    private static final List<String> HOSTILE = List.of(
            "[坏1](JaVaScRiPt:alert(1))",
            "[坏2](jav&#x61;script:alert(2))",
            "<JaVaScRiPt:alert(3)>",
            "[坏4](javascript&colon;alert(4))",
            "[坏5][r5]\n\n[r5]: javascript:alert(5)",
            "![坏6](jav&#x61;script:alert(6))",
            "[坏7](java%73cript:alert(7))",
            "[坏8](java&Tab;script:alert(8))",
            "[坏9](&#x6a&#x61vascript:alert(9))",
            "[坏10](&#X6A;AVASCRIPT:alert(10))",
            "[坏11](data:text/html;base64,PHNjcmlwdD4=?alert(11))",
            "[坏12](vbscript:alert(12))",
            "[坏13](< javascript:alert(13)>)",
            "[坏14](java&#0;script:alert(14)) [坏14](java\u0001script:alert(14))",
            "![坏15][r15]\n\n[r15]: vbscript:alert(15)",
            "[坏16](java&NewLine;script:alert(16))",
            "[坏17](javascript&#58;alert(17))",
            "[坏18](&#14;javascript:alert(18))",
            "<vbscript:alert(19)>",
            "[坏20](JAVASCRIPT&COLON;alert(20))",
            "[坏21](javascript:alert(21) \"标题\")",
            "[坏22](   javascript:alert(22))",
            "[坏23](%6a%61%76%61%73%63%72%69%70%74:alert(23))",
            "[坏24](javascript%3Aalert(24))",
            "[坏25](&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(25))",
            "[坏26](data:image/svg+xml,alert(26))",
            "> 引用里的[坏27](javascript:alert(27))",
            "- 列表里的[坏28](javascript:alert(28))",
            "| 表 | 格 |\n|---|---|\n| [坏29](javascript:alert(29)) | 格 |",
            "[![图](ok.png)](javascript:alert(30))",
            "[坏31](file:///etc/passwd?alert(31))",
            "[坏32](java&#x09;script:alert(32))");

    /** Markdown that must stay a live link, and the href each must have. */
    private static final Map<String, String> FRIENDLY = Map.of(
            "[好1](https://www.gov.cn/)", "https://www.gov.cn/",
            "[好2](http://example.org/a?b=1&c=2)", "http://example.org/a?b=1&amp;c=2",
            "[好3](mailto:office@example.org)", "mailto:office@example.org",
            "<https://example.org/auto>", "https://example.org/auto",
            "<office@example.org>", "mailto:office@example.org",
            "[好4](other.html)", "other.html",
            "[好5](#s0-p1)", "#s0-p1",
            "[好6][good]\n\n[good]: HTTPS://example.org/ref", "HTTPS://example.org/ref",
            "![好7](img/photo.png)", "img/photo.png",
            "[好8](./a:b.html)", "./a:b.html");

    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "cite", "data", "background", "srcset", "ping", "manifest", "icon", "longdesc", "codebase",
            "lowsrc", "dynsrc", "usemap", "archive", "classid", "profile");
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern REFERENCE_WITHOUT_SEMICOLON = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))");
    private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    @TempDir
    Path tmp;
    Path content;
    Path site;

    @BeforeEach
    void writeHostileContent() throws IOException {
        content = tmp.resolve("content");
        site = tmp.resolve("site");
        Files.createDirectories(content.resolve("speeches"));
        Files.createDirectories(content.resolve("themes"));
        for (Path seed : TestFiles.files(TestFiles.seeds())) {
            Files.copy(seed, content.resolve("speeches").resolve(seed.getFileName()));
        }
        StringBuilder speech = new StringBuilder("---\ntitle: 链接测试\n---\n同志们：\n\n## 一、[标题里的链接](javascript:alert(0))\n\n");
        for (String md : HOSTILE) {
            speech.append("正文 ").append(md).append("\n\n");
        }
        FRIENDLY.keySet().stream().sorted().forEach(md -> speech.append("正文 ").append(md).append("\n\n"));
        Files.writeString(content.resolve("speeches/links.md"), speech);
        StringBuilder theme = new StringBuilder("---\nname: 四风\n---\n四风的定义。\n\n");
        for (String md : HOSTILE) {
            theme.append(md).append("\n\n");
        }
        Files.writeString(content.resolve("themes/si-feng.md"), theme);
        Files.writeString(content.resolve("speeches/plain.txt"),
                "在会上的讲话\n同志们：\n纠正四风，不点 javascript:alert(99) 和 <a href=\"javascript:alert(98)\">链接</a>。\n");
    }

    @Test
    void noBuiltPageCarriesAUrlWithASchemeOutsideTheAllowList() throws IOException {
        BuildReport report = SiteBuilder.build(new BuildOptions(content, tmp.resolve("no-templates"), site, false));
        assertTrue(report.isPublished(), report.problems()::toString);
        List<String> bad = new ArrayList<>();
        int urls = 0;
        for (Map.Entry<String, byte[]> f : SiteCheck.files(site).entrySet()) {
            if (!f.getKey().endsWith(".html") && !f.getKey().endsWith(".svg")) {
                continue;
            }
            Matcher tag = TAG.matcher(new String(f.getValue(), StandardCharsets.UTF_8));
            while (tag.find()) {
                Matcher a = ATTRIBUTE.matcher(tag.group(2));
                while (a.find()) {
                    String name = a.group(1).toLowerCase(Locale.ROOT);
                    String raw = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                    if (name.startsWith("on")) {
                        bad.add(f.getKey() + ": event handler " + tag.group());
                    }
                    if (raw == null || !URL_ATTRIBUTES.contains(name)) {
                        continue;
                    }
                    for (String url : name.equals("srcset") ? raw.split(",") : new String[] {raw}) {
                        urls++;
                        String scheme = schemeAsBrowserReadsIt(url);
                        if (scheme != null && !ALLOWED.contains(scheme)) {
                            bad.add(f.getKey() + ": " + name + "=\"" + raw + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(urls > 100, "the scan read the pages' URLs: " + urls);

        for (String page : List.of("speeches/links.html", "themes/si-feng.html")) {
            String text = SiteCheck.text(site.resolve(page));
            for (int n = 1; n <= HOSTILE.size(); n++) {
                assertTrue(text.contains("alert(" + n + ")"), page + " shows case " + n + " as text");
            }
        }
        String links = Files.readString(site.resolve("speeches/links.html"));
        for (Map.Entry<String, String> ok : FRIENDLY.entrySet()) {
            assertTrue(links.contains("href=\"" + ok.getValue() + "\""), ok.getKey() + " stays a link");
        }
        assertTrue(SiteCheck.text(site.resolve("speeches/plain.html")).contains("javascript:alert(99)"));
        assertTrue(report.problems().stream().filter(p -> p.file().equals("speeches/links.md")).count() >= HOSTILE.size() - 1,
                "each URL shown as text is reported: " + report.problems());
    }

    /**
     * The scheme of an attribute value as a browser finds it, or null for a relative URL: character references
     * decoded (the semicolon is optional for numeric ones), C0 controls and spaces stripped from the ends, tabs
     * and line breaks removed anywhere; percent-encoding decoded too, which only makes the check stricter.
     */
    private static String schemeAsBrowserReadsIt(String attribute) {
        String s = Escaping.unescapeHtml(attribute);
        Matcher m = REFERENCE_WITHOUT_SEMICOLON.matcher(s);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            m.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(code)));
        }
        m.appendTail(decoded);
        s = decoded.toString().replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
        Matcher percent = PERCENT.matcher(s);
        StringBuilder unpercented = new StringBuilder();
        while (percent.find()) {
            percent.appendReplacement(unpercented, Matcher.quoteReplacement(Character.toString(Integer.parseInt(percent.group(1), 16))));
        }
        s = percent.appendTail(unpercented).toString();
        Matcher scheme = SCHEME.matcher(s.strip());
        return scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
