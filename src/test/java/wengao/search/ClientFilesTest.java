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

/** A bucket written from its bytes is the file written from its text, escapes and all. */
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
