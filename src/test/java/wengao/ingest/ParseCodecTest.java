package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.model.Paragraph;
import wengao.model.Problem;
import wengao.model.Section;
import wengao.model.Speech;
import wengao.text.KeptFile;

/** The parse cache's codec gives back what parsing gave, keeps every component, and refuses what it did not write. */
class ParseCodecTest {

    @TempDir
    Path dir;

    /** Every real speech the tests hold, parsed as a build parses it. */
    private static List<ParsedSpeech> realParses() throws IOException {
        List<ParsedSpeech> parses = new ArrayList<>();
        for (String folder : List.of("src/test/resources/corpus-extra", "src/test/resources/seeds")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".txt") || name.endsWith(".md") && !name.equals("README.md")) {
                        parses.add(CorpusReader.parse(name, Files.readAllBytes(f)));
                    }
                }
            }
        }
        return parses;
    }

    private static ParsedSpeech roundTrip(ParsedSpeech p) throws IOException {
        return ParseCodec.decodeSpeech(ParseCodec.encode(p));
    }

    @Test
    void realSpeechesComeBackEqual() throws IOException {
        List<ParsedSpeech> parses = realParses();
        assertTrue(parses.size() > 100, "the test corpora are there: " + parses.size());
        int withProblems = 0;
        int withDropped = 0;
        for (ParsedSpeech p : parses) {
            assertNotNull(p.speech());
            assertEquals(p, roundTrip(p), p.speech().sourcePath());
            withProblems += p.problems().isEmpty() ? 0 : 1;
            withDropped += p.speech().dropped().isEmpty() ? 0 : 1;
        }
        // The corpora exercise the lists that may be empty, not only their empty forms.
        assertTrue(withProblems > 0 && withDropped > 0, withProblems + " with problems, " + withDropped + " with dropped");
    }

    @Test
    void encodingIsDeterministic() throws IOException {
        for (ParsedSpeech p : realParses().subList(0, 10)) {
            assertArrayEquals(ParseCodec.encode(p), ParseCodec.encode(roundTrip(p)));
        }
    }

    @Test
    void markdownHtmlPointsAndNullsComeBackEqual() throws IOException {
        String md = "---\ntitle: 在全省工作会议上的讲话\ndate: 2023-04-06\nspeaker: 张三\ntags: [作风, 纪律]\n---\n\n"
                + "同志们：\n\n## 一、提高认识\n\n要**高度重视**，[链接](https://example.org)。一是抓学习；二是抓落实。\n\n"
                + "## 二、狠抓落实\n\n第一，明确责任。\n";
        ParsedSpeech markdown = CorpusReader.parse("a.md", md.getBytes(StandardCharsets.UTF_8));
        assertTrue(allParagraphs(markdown.speech().body()).stream().anyMatch(p -> p.html() != null), "markdown gives html");
        assertEquals(markdown, roundTrip(markdown));

        ParsedSpeech plain = CorpusReader.parse("b.txt", "没有标题的一段话，一是这样，二是那样。\n".getBytes(StandardCharsets.UTF_8));
        assertNull(plain.speech().date());
        assertEquals(plain, roundTrip(plain));

        ParsedSpeech none = CorpusReader.parse("c.txt", new byte[0]);
        assertEquals(none, roundTrip(none));

        ParsedSpeech undecodable = CorpusReader.parse("d.txt", new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xd8});
        assertEquals(undecodable, roundTrip(undecodable));

        ParsedSpeech bare = new ParsedSpeech(null, null);
        assertEquals(bare, roundTrip(bare));
        ParsedSpeech odd = new ParsedSpeech(null, List.of(new Problem("x", -7, wengao.model.Severity.NOTE, "负数与 \0 与 😀")));
        assertEquals(odd, roundTrip(odd));
    }

    private static List<Paragraph> allParagraphs(Section s) {
        List<Paragraph> all = new ArrayList<>(s.paragraphs());
        s.sections().forEach(c -> all.addAll(allParagraphs(c)));
        return all;
    }

    /**
     * Every record a parse holds is written component by component, in the order it declares them: a record that
     * gains a component (or a new record in the parse) fails here until the codec writes it.
     */
    @Test
    void everyComponentOfEveryRecordIsWritten() {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(ParsedSpeech.class, ThemeFileReader.ThemeFile.class));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!c.isRecord() || !seen.add(c)) {
                continue;
            }
            List<String> written = ParseCodec.WRITTEN.get(c);
            assertNotNull(written, c + " is in a parse but the codec does not write it");
            assertEquals(Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).toList(), written,
                    c.getSimpleName() + "'s components");
            for (RecordComponent rc : c.getRecordComponents()) {
                Class<?> type = rc.getType();
                assertTrue(type.isPrimitive() || type == String.class || type.isEnum() || type.isRecord()
                        || type == List.class, c.getSimpleName() + "." + rc.getName() + " is of a type the codec has no form for");
                if (type == List.class) {
                    Type element = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
                    todo.push((Class<?>) element);
                } else {
                    todo.push(type);
                }
            }
        }
        assertEquals(ParseCodec.WRITTEN.keySet(), seen, "the codec names only records a parse holds");
    }

    private void writeThemes() throws IOException {
        Path themes = Files.createDirectories(dir.resolve("content/themes"));
        Files.writeString(themes.resolve("si-feng.md"), "---\nname: 四风\naliases: [形式主义, \"官僚主义\"]\n---\n\n"
                + "**四风**是指形式主义、官僚主义、享乐主义和奢靡之风，见[文件](https://www.gov.cn/a.html)与[本地](file:///etc/passwd)。\n");
        Files.writeString(themes.resolve("xing-shi.md"), "---\nname: 形式主义\nparent: si-feng\n---\n");
        Files.writeString(themes.resolve("no-name.md"), "---\naliases: [甲]\n---\n没有名字。\n");
        Files.writeString(themes.resolve("Bad Slug.md"), "---\nname: 乙\n---\n");
        Files.writeString(themes.resolve("stoplist.txt"), "# 不要\n重要讲话\n");
    }

    @Test
    void themeFilesComeBackEqualAndAreReadOnce() throws IOException {
        writeThemes();
        Path content = dir.resolve("content");
        int withTheme = 0;
        int withProblems = 0;
        for (Path f : Files.list(content.resolve("themes")).sorted().toList()) {
            ThemeFileReader.ThemeFile read = ThemeFileReader.themeFile("themes/" + f.getFileName(), Files.readAllBytes(f));
            assertEquals(read, ParseCodec.decodeTheme(ParseCodec.encode(read)), f.toString());
            withTheme += read.theme() == null ? 0 : 1;
            withProblems += read.problems().isEmpty() ? 0 : 1;
        }
        assertTrue(withTheme >= 2 && withProblems >= 2, withTheme + " themes, " + withProblems + " with problems");

        // Kept, the same files give the same result without being read again.
        ThemeFileReader.Result fresh = ThemeFileReader.read(content, ParseCache.empty("v"));
        ParseCache cache = ParseCache.empty("v");
        assertEquals(fresh, ThemeFileReader.read(content, cache));
        Path file = dir.resolve("parsed.bin");
        cache.save(file);
        ParseCache next = ParseCache.load(file, "v");
        assertEquals(fresh, ThemeFileReader.read(content, next));
        assertEquals(0, next.parsed());
        byte[] bytes = Files.readAllBytes(content.resolve("themes/si-feng.md"));
        ParseCache again = ParseCache.load(file, "v");
        assertEquals(ThemeFileReader.themeFile("themes/si-feng.md", bytes),
                again.theme("themes/si-feng.md", ParseCache.digest(bytes), () -> {
                    throw new AssertionError("read again");
                }));

        // An entry of the other kind is refused.
        byte[] speech = ParseCodec.encode(realParses().get(0));
        assertThrows(IOException.class, () -> ParseCodec.decodeTheme(speech));
        byte[] theme = ParseCodec.encode(ThemeFileReader.themeFile("themes/si-feng.md", bytes));
        assertThrows(IOException.class, () -> ParseCodec.decodeSpeech(theme));
    }

    @Test
    void cutOrLengthenedEntriesAreRefused() throws IOException {
        ParsedSpeech p = realParses().get(0);
        byte[] bytes = ParseCodec.encode(p);
        for (int n = 0; n < bytes.length; n += Math.max(1, bytes.length / 200)) {
            byte[] cut = Arrays.copyOf(bytes, n);
            assertThrows(IOException.class, () -> ParseCodec.decodeSpeech(cut), "cut to " + n);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IOException.class, () -> ParseCodec.decodeSpeech(longer));
    }

    @Test
    void javaSerializedEntriesAreRefused() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(realParses().get(0).speech());
        }
        assertThrows(IOException.class, () -> ParseCodec.decodeSpeech(buffer.toByteArray()));
    }

    @Test
    void aDamagedEntryIsParsedAgain() throws IOException {
        byte[] source = "在会议上的讲话\n\n同志们：\n\n一、提高认识\n\n要高度重视。\n".getBytes(StandardCharsets.UTF_8);
        byte[] digest = ParseCache.digest(source);
        Path file = dir.resolve("parsed.bin");
        KeptFile.write(file, ParseCache.FORMAT, "v", out -> {
            out.writeInt(1);
            out.writeUTF("a.txt");
            out.writeInt(digest.length);
            out.write(digest);
            byte[] garbage = {1, 9, 9, 9};
            out.writeInt(garbage.length);
            out.write(garbage);
        });
        ParseCache cache = ParseCache.load(file, "v");
        assertFalse(cache.note().isPresent());
        AtomicInteger parses = new AtomicInteger();
        ParsedSpeech p = cache.get("a.txt", digest, () -> {
            parses.incrementAndGet();
            return CorpusReader.parse("a.txt", source);
        });
        assertEquals(1, parses.get());
        assertEquals(1, cache.parsed());
        assertEquals(CorpusReader.parse("a.txt", source), p);

        // What it saves is good: the next build takes it without parsing.
        cache.save(file);
        ParseCache next = ParseCache.load(file, "v");
        ParsedSpeech kept = next.get("a.txt", digest, () -> {
            throw new AssertionError("parsed again");
        });
        assertEquals(p, kept);
        assertEquals(0, next.parsed());
    }
}
