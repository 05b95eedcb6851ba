package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.OutputFile;
import wengao.themes.ThemeDetector;

/**
 * The markup of the speech text and of the concordance is the templates': the built-in macros make it, and a
 * templates folder that overrides {@code macros/body.peb}, {@code macros/theme-link.peb} or
 * {@code macros/concordance.peb} changes it on every page.
 */
class TemplateMacrosTest {

    @TempDir
    Path tmp;

    private Corpus corpus() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("themes"));
        Files.writeString(content.resolve("themes/si-feng.md"), "---\nname: 四风\n---\n形式主义、官僚主义、享乐主义和奢靡之风。\n");
        Files.writeString(content.resolve("a.txt"), "在会上的讲话\n同志们：\n一、纠治四风\n要纠治四风<b>。\n"
                + "（一）从严要求。一是抓四风。\n谢谢大家。\n");
        return CorpusReader.read(content);
    }

    private String page(Path templates, String path) throws IOException {
        Corpus corpus = corpus();
        SiteRenderer.Result r = new SiteRenderer(templates).render(corpus, ThemeDetector.detect(corpus));
        assertEquals(List.of(), r.problems());
        OutputFile f = r.files().stream().filter(o -> o.path().equals(path)).findFirst().orElseThrow();
        return new String(f.content(), StandardCharsets.UTF_8);
    }

    @Test
    void builtInMacrosMakeTheBodyAndTheConcordance() throws IOException {
        String speech = page(tmp.resolve("none"), "speeches/a.html");
        assertTrue(speech.contains("<h2 id=\"s1\" class=\"h\"><span class=\"no\">一、</span>纠治<a class=\"tm\" "
                + "href=\"../themes/si-feng.html\" title=\"主题：四风\">四风</a><a class=\"pl\" href=\"#s1\" "
                + "aria-label=\"本段链接\">¶</a></h2>"), speech);
        assertTrue(speech.contains("<p id=\"s1-p1\" data-n=\"1\">要纠治<a class=\"tm\" href=\"../themes/si-feng.html\" "
                + "title=\"主题：四风\">四风</a>&lt;b&gt;。<a class=\"pl\""), "escaped text inside the macro: " + speech);
        assertTrue(speech.contains("<strong class=\"run-in h3\" id=\"s1-1\">"), "a heading run into its paragraph");
        assertTrue(speech.contains("<div class=\"closing\"><p id=\"end-p1\""), speech);
        String theme = page(tmp.resolve("none"), "themes/si-feng.html");
        assertEquals(3, theme.split("<tr data-o=\"", -1).length - 1, theme);
        assertTrue(theme.contains("<tr data-o=\"1\"><td class=\"kwic-l\"><span>要纠治"
                + "</span></td><td class=\"kwic-k\"><a href=\"../speeches/a.html#s1-p1\">四风</a>"), theme);
    }

    @Test
    void aTemplatesFolderOverridesTheMacros() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("macros"));
        Files.writeString(templates.resolve("macros/body.peb"), "{% macro bodyBlock(b) %}<section data-kind=\"{{ b.kind }}\" "
                + "id=\"{{ b.anchor }}\">{{ b.html | raw }}</section>{% endmacro %}");
        Files.writeString(templates.resolve("macros/theme-link.peb"), "<mark data-theme=\"{{ name }}\">{{ text }}</mark>\n");
        Files.writeString(templates.resolve("macros/concordance.peb"),
                "{% macro kwicRow(r, root) %}<li>{{ r.left }}|{{ r.text }}|{{ r.right }}</li>{% endmacro %}");
        String speech = page(templates, "speeches/a.html");
        assertTrue(speech.contains("<section data-kind=\"heading\" id=\"s1\"><span class=\"no\">一、</span>纠治"
                + "<mark data-theme=\"四风\">四风</mark></section>"), speech);
        assertTrue(speech.contains("<section data-kind=\"closing\" id=\"\">"), speech);
        assertFalse(speech.contains("class=\"tm\""), "the built-in link is not used");
        String theme = page(templates, "themes/si-feng.html");
        assertTrue(theme.contains("<li>要纠治|四风|&lt;b&gt;。</li>"), theme);
        assertFalse(theme.contains("<td class=\"kwic-l\">"), theme);
    }
}
