package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import wengao.TestFiles;
import wengao.model.Problem;
import wengao.model.Severity;
import wengao.model.SourceFile;

class SourceDecoderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String SPEECH = "在会议上的讲话\n同志们：\n一、加强学习\n要把学习摆在首位。";

    /** Forty lines of a speech, different enough that no two lines are the same. */
    private static final String LONG_SPEECH = "在纪律教育学习宣传月动员大会上的讲话\n同志们：\n" + IntStream.rangeClosed(3, 40)
            .mapToObj(i -> "第" + i + "段，要把全面从严治党的要求落到实处，坚持严的基调不动摇。")
            .collect(Collectors.joining("\n"));

    @Test
    void gb18030IsReadWithAWarningNamingTheFile() {
        byte[] gbk = SPEECH.getBytes(GB18030);
        SourceDecoder.Decoded d = SourceDecoder.decode("old/speech.txt", gbk);
        assertEquals(SPEECH, d.file().orElseThrow().text());
        assertEquals("GB18030", d.file().orElseThrow().encoding());
        assertEquals(1, d.problems().size());
        Problem p = d.problems().get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("old/speech.txt", p.file());
        assertEquals(1, p.line());
    }

    @Test
    void oneBadByteInUtf8IsReplacedOnItsLineAndTheRestIsKept() {
        // The bug this guards against: one bad byte at line 21 made the whole file GB18030 mojibake.
        byte[] utf8 = LONG_SPEECH.getBytes(StandardCharsets.UTF_8);
        byte[] broken = withByteAtLine(utf8, 21, (byte) 0xB7);
        SourceDecoder.Decoded d = SourceDecoder.decode("speech.txt", broken);
        SourceFile f = d.file().orElseThrow();
        assertEquals("UTF-8", f.encoding());
        List<String> lines = f.text().lines().toList();
        List<String> expected = LONG_SPEECH.lines().toList();
        assertEquals(expected.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (i == 20) {
                assertEquals("\uFFFD" + expected.get(i), lines.get(i));
            } else {
                assertEquals(expected.get(i), lines.get(i));
            }
        }
        assertEquals(1, d.problems().size(), d.problems().toString());
        assertEquals(Severity.WARNING, d.problems().get(0).severity());
        assertEquals(21, d.problems().get(0).line());
    }

    @Test
    void everyLineWithBadBytesIsNamed() {
        byte[] bytes = LONG_SPEECH.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        bytes = withByteAtLine(bytes, 5, (byte) 0xFF);
        bytes = withByteAtLine(bytes, 30, (byte) 0xC3);
        SourceDecoder.Decoded d = SourceDecoder.decode("speech.txt", bytes);
        assertEquals("UTF-8", d.file().orElseThrow().encoding());
        assertEquals(List.of(5, 30), d.problems().stream().map(Problem::line).toList());
        assertTrue(d.problems().stream().allMatch(p -> p.severity() == Severity.WARNING));
    }

    @Test
    void aShortUtf8FileWithAStrayByteStaysUtf8() {
        byte[] bytes = concat("讲话\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xA1});
        SourceDecoder.Decoded d = SourceDecoder.decode("short.txt", bytes);
        assertEquals("讲话\n\uFFFD", d.file().orElseThrow().text());
        assertEquals(2, d.problems().get(0).line());
    }

    @Test
    void realGbkReportsAreGb18030ThoughManyOfTheirBytePairsAreValidUtf8() throws IOException {
        List<Path> files = TestFiles.files(TestFiles.resource("corpus-extra/gov-reports-national-gbk"));
        assertEquals(16, files.size());
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertTrue(validUtf8PairShare(bytes) > 0.2, file + ": the test needs UTF-8-looking sequences");
            SourceDecoder.Decoded d = SourceDecoder.decode(file.getFileName().toString(), bytes);
            SourceFile f = d.file().orElseThrow();
            assertEquals("GB18030", f.encoding(), file.toString());
            assertEquals(new String(bytes, GB18030).replace("\r\n", "\n").replace('\r', '\n'), f.text());
            assertFalse(f.text().contains("\uFFFD"), file.toString());
            assertEquals(1, d.problems().size(), file + ": " + d.problems());
        }
    }

    @Test
    void realUtf8ReportsStayUtf8ThoughTheyDecodeAsGb18030Too() throws IOException {
        for (Path file : TestFiles.files(TestFiles.resource("corpus-extra/gov-reports-provincial-2026"))) {
            byte[] bytes = Files.readAllBytes(file);
            SourceDecoder.Decoded d = SourceDecoder.decode("r.txt", bytes);
            assertEquals("UTF-8", d.file().orElseThrow().encoding(), file.toString());
            assertTrue(d.problems().isEmpty(), file + ": " + d.problems());
        }
    }

    @Test
    void aGbkFileWithAFewBadBytesIsGb18030WithTheLinesNamed() {
        byte[] gbk = LONG_SPEECH.getBytes(GB18030);
        byte[] broken = withByteAtLine(gbk, 12, (byte) 0xFF);
        SourceDecoder.Decoded d = SourceDecoder.decode("old.txt", broken);
        SourceFile f = d.file().orElseThrow();
        assertEquals("GB18030", f.encoding());
        assertEquals(LONG_SPEECH.lines().toList().get(0), f.text().lines().findFirst().orElseThrow());
        assertTrue(f.text().lines().toList().get(11).startsWith("\uFFFD"), f.text().lines().toList().get(11));
        assertEquals(List.of(1, 12), d.problems().stream().map(Problem::line).toList(), d.problems().toString());
    }

    @Test
    void aShortGbkFileThatIsValidUtf8ByChanceIsGb18030() {
        // In GBK, 一些为之 is d2bb d0a9 ceaa d6ae: as UTF-8 that is the valid, and meaningless, һЩΪ֮.
        byte[] gbk = "一些为之".getBytes(GB18030);
        assertEquals("һЩΪ֮", new String(gbk, StandardCharsets.UTF_8));
        SourceDecoder.Decoded d = SourceDecoder.decode("t.txt", gbk);
        assertEquals("一些为之", d.file().orElseThrow().text());
        assertEquals("GB18030", d.file().orElseThrow().encoding());
    }

    @Test
    void aFileThatMixesEncodingsIsAnErrorNotMojibake() {
        byte[] utf8 = String.join("\n", LONG_SPEECH.lines().limit(20).toList()).getBytes(StandardCharsets.UTF_8);
        byte[] gbk = ("\n" + String.join("\n", LONG_SPEECH.lines().skip(20).toList())).getBytes(GB18030);
        SourceDecoder.Decoded d = SourceDecoder.decode("mixed.txt", concat(utf8, gbk));
        assertTrue(d.file().isEmpty());
        Problem p = d.problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(21, p.line());
        assertTrue(p.message().contains("UTF-8"), p.message());
    }

    @Test
    void bomAndCrlfAreHandled() {
        byte[] body = SPEECH.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        SourceDecoder.Decoded d = SourceDecoder.decode("bom.txt", concat(bom(), body));
        assertTrue(d.problems().isEmpty());
        assertEquals(SPEECH, d.file().orElseThrow().text());
        assertEquals(SPEECH, SourceDecoder.decode("cr.txt", SPEECH.replace("\n", "\r").getBytes(StandardCharsets.UTF_8))
                .file().orElseThrow().text());
        assertEquals(SPEECH, SourceDecoder.decode("two.txt", concat(bom(), concat(bom(), body))).file().orElseThrow().text());
    }

    @Test
    void utf16WithBomIsRead() {
        byte[] utf16 = ("\uFEFF" + SPEECH).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(SPEECH, SourceDecoder.decode("w.txt", utf16).file().orElseThrow().text());
    }

    @Test
    void emptyBomOnlyBinaryAndHugeFilesAreErrors() {
        assertError(SourceDecoder.decode("empty.txt", new byte[0]), "empty");
        assertError(SourceDecoder.decode("blank.txt", "  \n\n".getBytes(StandardCharsets.UTF_8)), "empty");
        assertError(SourceDecoder.decode("bom.txt", bom()), "empty");
        assertError(SourceDecoder.decode("boms.txt", concat(bom(), concat(bom(), bom()))), "empty");
        assertError(SourceDecoder.decode("bom-lines.txt", concat(bom(), "\n\uFEFF\n".getBytes(StandardCharsets.UTF_8))), "empty");
        assertError(SourceDecoder.decode("utf16.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}), "empty");
        assertError(SourceDecoder.decode("bin.txt", new byte[] {'a', 0, 'b'}), "NUL");
        assertError(SourceDecoder.decode("huge.txt", new byte[SourceDecoder.MAX_BYTES + 1]), "too large");
    }

    private static void assertError(SourceDecoder.Decoded d, String word) {
        assertTrue(d.file().isEmpty());
        assertEquals(Severity.ERROR, d.problems().get(0).severity());
        assertTrue(d.problems().get(0).message().contains(word), d.problems().get(0).message());
    }

    /** The share of non-ASCII bytes that are in 2-byte UTF-8 sequences, to show the test input has such pairs. */
    private static double validUtf8PairShare(byte[] b) {
        int nonAscii = 0;
        int inPairs = 0;
        for (int i = 0; i < b.length; i++) {
            int x = b[i] & 0xFF;
            if (x < 0x80) {
                continue;
            }
            nonAscii++;
            if (x >= 0xC2 && x <= 0xDF && i + 1 < b.length && (b[i + 1] & 0xC0) == 0x80) {
                inPairs += 2;
                nonAscii++;
                i++;
            }
        }
        return (double) inPairs / nonAscii;
    }

    /** The bytes with one byte inserted at the start of a (1-based) line. */
    private static byte[] withByteAtLine(byte[] bytes, int line, byte inserted) {
        int at = 0;
        for (int seen = 1; seen < line; at++) {
            if (bytes[at] == '\n') {
                seen++;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] bom() {
        return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
