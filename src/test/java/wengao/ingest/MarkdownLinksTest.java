package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wengao.model.Corpus;
import wengao.model.Paragraph;
import wengao.model.Problem;

/** Markdown constructs that carry a URL: what becomes a link, and what is shown as the Markdown written. */
class MarkdownLinksTest {

    @TempDir
    Path dir;

    /** Token table: Markdown ({@code ⏎} a line break) and the HTML it renders to. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[a](JaVaScRiPt:alert(1))              | <p>[a](JaVaScRiPt:alert(1))</p>",
        "[b](jav&#x61;script:alert(2))         | <p>[b](jav&amp;#x61;script:alert(2))</p>",
        "<JaVaScRiPt:alert(3)>                 | <p>&lt;JaVaScRiPt:alert(3)&gt;</p>",
        "[c](javascript&colon;alert(4))        | <p>[c](javascript&amp;colon;alert(4))</p>",
        "[d][r]⏎⏎[r]: javascript:alert(5)      | <p>[d][r]</p>⏎<p>[r]: javascript:alert(5)</p>",
        "![i](jav&#x61;script:alert(6))        | <p>![i](jav&amp;#x61;script:alert(6))</p>",
        "![i][r]⏎⏎[r]: vbscript:x              | <p>![i][r]</p>⏎<p>[r]: vbscript:x</p>",
        "[e](java%73cript:x)                   | <p>[e](java%73cript:x)</p>",
        "[f](data:text/html,x)                 | <p>[f](data:text/html,x)</p>",
        "[**粗**](javascript:x)                | <p>[**粗**](javascript:x)</p>",
        "[![图](a.png)](javascript:x)          | <p>[![图](a.png)](javascript:x)</p>",
        "[好](https://www.gov.cn/ \"标题\")     | <p><a href=\"https://www.gov.cn/\" title=\"标题\">好</a></p>",
        "[好](mailto:a@example.org)            | <p><a href=\"mailto:a@example.org\">好</a></p>",
        "<https://example.org/?a=1&b=2>        | <p><a href=\"https://example.org/?a=1&amp;b=2\">https://example.org/?a=1&amp;b=2</a></p>",
        "<a@example.org>                       | <p><a href=\"mailto:a@example.org\">a@example.org</a></p>",
        "[好](other.html#s1-p2)                | <p><a href=\"other.html#s1-p2\">好</a></p>",
        "[好][r]⏎⏎[r]: https://example.org/    | <p><a href=\"https://example.org/\">好</a></p>",
        "![图](img/a&amp;b.png)                 | <p><a href=\"img/a&amp;b.png\" class=\"image-link\">[图片：图]</a></p>",
        "![](img/a.png)                        | <p><a href=\"img/a.png\" class=\"image-link\">[图片]</a></p>",
        "![图][r]⏎⏎[r]: img/a.png              | <p><a href=\"img/a.png\" class=\"image-link\">[图片：图]</a></p>",
        "[没有定义][nowhere]                     | <p>[没有定义][nowhere]</p>",
    })
    void rendersAllowedUrlsAsLinksAndOthersAsTheirText(String markdown, String html) {
        List<Problem> problems = new ArrayList<>();
        String actual = MarkdownSpeechParser.toHtml("t.md", markdown.strip().replace("⏎", "\n"), 1, problems);
        assertEquals(html.strip().replace("⏎", "\n"), actual);
    }

    @Test
    void aSpeechKeepsADefinitionShownAsTextAndWarnsWithTheLine() throws IOException {
        write("s.md", "---\ntitle: 讲话\n---\n要看[材料][m]。\n\n[m]: javascript:alert(1)\n\n[好][ok]\n\n[ok]: https://example.org/\n");
        Corpus corpus = CorpusReader.read(dir);
        List<String> html = corpus.speeches().get(0).body().paragraphs().stream().map(Paragraph::html).toList();
        assertEquals(List.of("<p>要看[材料][m]。</p>", "<p>[m]: javascript:alert(1)</p>", "<p><a href=\"https://example.org/\">好</a></p>"), html);
        assertEquals(List.of("s.md:6: warning: link to 'javascript:' shown as text: only http, https, mailto and relative links are kept"),
                corpus.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aThemeDefinitionIsCheckedToo() throws IOException {
        write("themes/si-feng.md", "---\nname: 四风\n---\n说明。\n\n见[此](JAVASCRIPT:alert(1))。\n");
        write("s.md", "---\ntitle: 讲话\n---\n正文。\n");
        Corpus corpus = CorpusReader.read(dir);
        assertEquals("<p>说明。</p>\n<p>见[此](JAVASCRIPT:alert(1))。</p>", corpus.themeDefinitions().get(0).bodyHtml());
        assertEquals(List.of("themes/si-feng.md:6: warning: link to 'javascript:' shown as text: only http, https, mailto and relative links are kept"),
                corpus.problems().stream().map(Problem::format).toList());
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
