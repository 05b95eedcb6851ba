package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import wengao.model.Problem;
import wengao.model.Severity;

class SourceDecoderTest {

    private static final String SPEECH = "在会议上的讲话\n同志们：\n一、加强学习\n要把学习摆在首位。";

    @Test
    void gb18030IsReadWithAWarningNamingTheFile() {
        byte[] gbk = SPEECH.getBytes(Charset.forName("GB18030"));
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
    void badUtf8IsLocatedByLine() {
        byte[] mixed = ("第一行\n第二行\n").getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "第三行".getBytes(Charset.forName("GB18030"));
        byte[] all = new byte[mixed.length + gbk.length];
        System.arraycopy(mixed, 0, all, 0, mixed.length);
        System.arraycopy(gbk, 0, all, mixed.length, gbk.length);
        assertEquals(3, SourceDecoder.decode("x.txt", all).problems().get(0).line());
    }

    @Test
    void bomAndCrlfAreHandled() {
        byte[] body = SPEECH.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        SourceDecoder.Decoded d = SourceDecoder.decode("bom.txt", withBom);
        assertTrue(d.problems().isEmpty());
        assertEquals(SPEECH, d.file().orElseThrow().text());
        assertEquals(SPEECH, SourceDecoder.decode("cr.txt", SPEECH.replace("\n", "\r").getBytes(StandardCharsets.UTF_8))
                .file().orElseThrow().text());
    }

    @Test
    void utf16WithBomIsRead() {
        byte[] utf16 = ("\uFEFF" + SPEECH).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(SPEECH, SourceDecoder.decode("w.txt", utf16).file().orElseThrow().text());
    }

    @Test
    void emptyBinaryAndHugeFilesAreErrors() {
        assertError(SourceDecoder.decode("empty.txt", "  \n\n".getBytes(StandardCharsets.UTF_8)), "empty");
        assertError(SourceDecoder.decode("bin.txt", new byte[] {'a', 0, 'b'}), "NUL");
        assertError(SourceDecoder.decode("huge.txt", new byte[SourceDecoder.MAX_BYTES + 1]), "too large");
    }

    private static void assertError(SourceDecoder.Decoded d, String word) {
        assertTrue(d.file().isEmpty());
        assertEquals(Severity.ERROR, d.problems().get(0).severity());
        assertTrue(d.problems().get(0).message().contains(word), d.problems().get(0).message());
    }
}
