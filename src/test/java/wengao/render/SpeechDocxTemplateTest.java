package wengao.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The template document kept in the jar is the one POI makes from the code as it is: the same parts, in the same
 * order, with the same bytes. When the layout (SpeechDocx's constants, this class's POI calls) or POI changes, this
 * fails; {@code mvn test -Dtest=SpeechDocxTemplateTest -Dwengao.docx.regenerate=true} writes the kept document anew.
 */
class SpeechDocxTemplateTest {

    private static final Path KEPT = Path.of("src/main/resources").resolve(SpeechDocxTemplate.RESOURCE);

    @Test
    void theKeptTemplateIsTheOnePoiMakes() throws IOException {
        byte[] made = SpeechDocxTemplate.byPoi();
        byte[] kept;
        if (Boolean.getBoolean("wengao.docx.regenerate")) {
            Files.createDirectories(KEPT.getParent());
            Files.write(KEPT, made);
            kept = Files.readAllBytes(KEPT);
        } else {
            try (InputStream in = SpeechDocxTemplate.class.getClassLoader().getResourceAsStream(SpeechDocxTemplate.RESOURCE)) {
                assertNotNull(in, SpeechDocxTemplate.RESOURCE + " is in the jar: run this test with -Dwengao.docx.regenerate=true");
                kept = in.readAllBytes();
            }
        }
        Map<String, byte[]> expected = parts(made);
        Map<String, byte[]> actual = parts(kept);
        assertEquals(expected.keySet().stream().toList(), actual.keySet().stream().toList(), "the parts, in order");
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name
                + " differs from POI's: run this test with -Dwengao.docx.regenerate=true"));
    }

    private static Map<String, byte[]> parts(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }
}
