package wengao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search} refuses what it cannot answer (an empty query, an unknown theme) with exit 2 and a reason. */
class SearchUsageTest {

    @TempDir
    Path tmp;

    private Path builtContent() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("themes"));
        Files.writeString(content.resolve("themes/si-feng.md"), "---\nname: 四风\n---\n形式主义、官僚主义、享乐主义和奢靡之风。\n");
        Files.writeString(content.resolve("themes/yi-gang.md"), "---\nname: 一岗双责\n---\n业务与党风廉政建设一起抓。\n");
        Files.writeString(content.resolve("a.txt"), "讲话一\n同志们：\n纠治四风，落实一岗双责。\n");
        assertEquals(0, MainTest.run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString()).code());
        return content;
    }

    @Test
    void anEmptyOrPunctuationOnlyQueryIsAUsageError() throws IOException {
        String content = builtContent().toString();
        for (String query : new String[] {"", "  ", "，。！？", "\"\"", "-"}) {
            MainTest.Run r = MainTest.run("search", "--content", content, query);
            assertEquals(2, r.code(), "query [" + query + "]: " + r.out() + r.err());
            assertTrue(r.err().contains("the query is empty"), r.err());
        }
        MainTest.Run onlyExcluded = MainTest.run("search", "--content", content, "-四风");
        assertEquals(2, onlyExcluded.code());
        assertTrue(onlyExcluded.err().contains("only excludes"), onlyExcluded.err());
        assertEquals(0, MainTest.run("search", "--content", content, "四风").code(), "a real query still works");
    }

    @Test
    void aMistypedOptionIsAUsageErrorNotAQuery() throws IOException {
        String content = builtContent().toString();
        for (String word : new String[] {"--site", "--limt=5"}) {
            MainTest.Run r = MainTest.run("search", "--content", content, word, "四风");
            assertEquals(2, r.code(), word + ": " + r.out() + r.err());
            assertTrue(r.err().contains("unknown option " + word.split("=")[0]), r.err());
            assertEquals("", r.out(), "nothing searched");
        }
        // Excluded terms still start with a dash; a quoted phrase with a space is text.
        assertEquals(0, MainTest.run("search", "--content", content, "四风", "-一岗双责").code());
        assertEquals(0, MainTest.run("search", "--content", content, "四风 --x").code());
    }

    @Test
    void anUnknownThemeIsAUsageErrorListingTheSlugs() throws IOException {
        String content = builtContent().toString();
        MainTest.Run r = MainTest.run("search", "--content", content, "--theme", "si-fen", "四风");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--theme si-fen"), r.err());
        assertTrue(r.err().contains("si-feng, yi-gang"), r.err());
        MainTest.Run known = MainTest.run("search", "--content", content, "--theme", "si-feng", "四风");
        assertEquals(0, known.code(), known.err());
        assertTrue(known.out().startsWith("四风: 1 paragraph in 1 speech"), known.out());
    }
}
