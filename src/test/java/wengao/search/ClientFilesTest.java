package wengao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.json.JsonWriter;

/**
 * A bucket written from its bytes is the file written from its text, escapes and all; a file whose bytes are the
 * last build's is taken, not written.
 */
class ClientFilesTest {

    @TempDir
    Path tmp;

    @Test
    void twoStringsWrittenFromBytesAreTheFileWrittenFromText() throws IOException {
        String[][] table = {
                {"", ""},
                {"党风 廉政=建设.", "!#$ %&'"},
                {"a\"b\\c<d>e&f\u2028g\u2029h\ti\n", "~}|{"},
                {"𠮷野家 全面从严治党", "0123456789"},
        };
        ClientFiles files = new ClientFiles(tmp);
        for (int i = 0; i < table.length; i++) {
            files.write("p/a" + i, List.of(table[i][0], table[i][1]));
            files.writeStrings("p/b" + i, inside(table[i][0]), inside(table[i][1]));
            assertArrayEquals(without(Files.readAllBytes(tmp.resolve("p/a" + i + ".js")), "p/a" + i),
                    without(Files.readAllBytes(tmp.resolve("p/b" + i + ".js")), "p/b" + i), table[i][0]);
        }
    }

    @Test
    void aFileWhoseBytesAreTheLastBuildsIsTakenAndAChangedOneWritten() throws IOException {
        OfferedPages first = new OfferedPages(java.util.Map.of(), tmp.resolve("site")::resolve);
        ClientFiles one = new ClientFiles(tmp.resolve("one"), first);
        one.write("meta", List.of("a", 1));
        one.writeStrings("p/0", inside("甲 乙"), inside("codes"));
        one.writeStrings("p/1", inside("丙"), inside("more"));
        OfferedPages second = new OfferedPages(first.made, tmp.resolve("site")::resolve);
        ClientFiles two = new ClientFiles(tmp.resolve("two"), second);
        two.write("meta", List.of("a", 1));
        two.writeStrings("p/0", inside("甲 乙"), inside("codes"));
        two.writeStrings("p/1", inside("丙"), inside("mored")); // a longer code: other bytes
        two.writeStrings("p/2", inside(""), inside(""));
        java.util.Map<String, Path> sources = new java.util.TreeMap<>();
        for (wengao.model.OutputFile f : two.files()) {
            sources.put(f.path(), f.source());
        }
        Path site = tmp.resolve("site");
        org.junit.jupiter.api.Assertions.assertEquals(site.resolve("search/meta.js"), sources.get("search/meta.js"));
        org.junit.jupiter.api.Assertions.assertEquals(site.resolve("search/p/0.js"), sources.get("search/p/0.js"));
        org.junit.jupiter.api.Assertions.assertEquals(tmp.resolve("two/p/1.js"), sources.get("search/p/1.js"));
        org.junit.jupiter.api.Assertions.assertEquals(tmp.resolve("two/p/2.js"), sources.get("search/p/2.js"));
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(tmp.resolve("two/p/0.js")), "not written");
        // The same strings split otherwise between keys and codes are other bytes.
        OfferedPages third = new OfferedPages(second.made, site::resolve);
        new ClientFiles(tmp.resolve("three"), third).writeStrings("p/0", inside("甲"), inside(" 乙codes"));
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(tmp.resolve("three/p/0.js")));
    }

    /** A string as it goes between the quotes of a JSON string, in UTF-8. */
    private static ByteArrayOutputStream inside(String s) throws IOException {
        String json = JsonWriter.compact(s);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(json.substring(1, json.length() - 1).getBytes(StandardCharsets.UTF_8));
        return b;
    }

    /** The file with its name taken out, so that two names can be compared. */
    private static byte[] without(byte[] file, String name) {
        return new String(file, StandardCharsets.UTF_8).replace(name, "NAME").getBytes(StandardCharsets.UTF_8);
    }
}
