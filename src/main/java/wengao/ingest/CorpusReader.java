package wengao.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import wengao.model.Corpus;
import wengao.model.Problem;
import wengao.model.Speech;
import wengao.model.SpeechDate;
import wengao.text.FileFingerprints;
import wengao.text.Fingerprint;

/** The ingest stage: reads every speech file of a content folder into a {@link Corpus}. Bad input becomes problems. */
public final class CorpusReader {

    /** Reading order: dated speeches oldest first, then undated ones; ties by title, then slug. */
    static final Comparator<Speech> READING_ORDER = Comparator
            .comparing((Speech s) -> s.date() == null ? 1 : 0)
            .thenComparing(s -> s.date() == null ? new SpeechDate(0, 0, 0) : s.date())
            .thenComparing(Speech::title)
            .thenComparing(Speech::slug);

    /** The longest file name, in bytes, that common file systems allow. */
    static final int MAX_NAME_BYTES = 255;

    private CorpusReader() {
    }

    public static Corpus read(Path contentDir) {
        return read(contentDir, ParseCache.empty(""));
    }

    /** The corpus, parsing only files {@code cache} does not hold with the same bytes. */
    public static Corpus read(Path contentDir, ParseCache cache) {
        return read(contentDir, cache, null);
    }

    /**
     * The corpus, as {@link #read(Path, ParseCache)}; a file whose stamp {@code files} knows (null: none) is not
     * read at all when the cache holds its parse.
     */
    public static Corpus read(Path contentDir, ParseCache cache, FileFingerprints known) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            problems.add(Problem.error(contentDir.toString(), 0, "content folder not found"));
            return new Corpus(List.of(), problems);
        }
        List<Path> files;
        try {
            ContentScanner.Found found = ContentScanner.speechFiles(contentDir);
            files = found.files();
            problems.addAll(found.problems());
        } catch (IOException e) {
            problems.add(Problem.error(contentDir.toString(), 0, "cannot list the content folder: " + e.getMessage()));
            return new Corpus(List.of(), problems);
        }
        List<Read> parsed = files.parallelStream().map(f -> readOne(contentDir, f, cache, known)).toList();
        List<Speech> speeches = new ArrayList<>();
        Map<String, byte[]> digests = new HashMap<>();
        for (Read r : parsed) {
            problems.addAll(r.parsed().problems());
            if (r.parsed().speech() != null) {
                speeches.add(r.parsed().speech());
                digests.put(r.name(), r.digest());
            }
        }
        speeches = new ArrayList<>(SlugAssigner.assign(speeches, problems));
        speeches.removeIf(s -> pageNameTooLong(s, problems));
        speeches.sort(READING_ORDER);
        if (files.isEmpty()) {
            problems.add(Problem.warning(contentDir.toString(), 0, "no .txt, .md or .docx speeches found"));
        }
        ThemeFileReader.Result themes = ThemeFileReader.read(contentDir, cache);
        problems.addAll(themes.problems());
        Map<String, String> sources = new HashMap<>();
        for (Speech s : speeches) {
            byte[] digest = digests.get(s.sourcePath());
            if (digest != null) {
                sources.put(s.slug(), source(s, digest));
            }
        }
        return new Corpus(speeches, themes.themes(), themes.stopTerms(), problems, sources);
    }

    /**
     * A page is a file named after the slug, and file systems allow 255 bytes for a name (ext4, APFS; NTFS 255
     * UTF-16 units): a longer one would fail only when the site is written, naming a staging path instead of the
     * speech.
     */
    private static boolean pageNameTooLong(Speech s, List<Problem> problems) {
        String url = s.url();
        int bytes = url.substring(url.lastIndexOf('/') + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes <= MAX_NAME_BYTES) {
            return false;
        }
        problems.add(Problem.error(s.sourcePath(), 0, "the file name of its page would be " + bytes + " bytes long, more "
                + "than the " + MAX_NAME_BYTES + " a file system allows: rename the file, or give it a shorter 'slug' "
                + "in front matter"));
        return true;
    }

    /** Parses one file, for {@code wengao parse}; the slug is derived as in a build but not checked for duplicates. */
    public static Corpus readFile(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        ParsedSpeech p = readOne(dir, file.toAbsolutePath(), ParseCache.empty(""), null).parsed();
        List<Problem> problems = new ArrayList<>(p.problems());
        List<Speech> speeches = p.speech() == null ? List.of() : SlugAssigner.assign(List.of(p.speech()), problems);
        return new Corpus(speeches, problems);
    }

    /**
     * A file's parse, its name and the fingerprint of its bytes (null when it could not be read). A speech whose
     * source path is not the name it was read by has no digest: it is described by its contents.
     */
    private record Read(String name, ParsedSpeech parsed, byte[] digest) {
    }

    /**
     * What a speech is made from: parsing is a function of the file's name and bytes (and of wengao's code, which
     * every build's descriptions carry), and the slug is the one thing set after it.
     */
    private static String source(Speech s, byte[] digest) {
        return new Fingerprint().add(s.sourcePath().length()).add(s.sourcePath()).add(digest)
                .add(s.slug().length()).add(s.slug()).hex();
    }

    private static Read readOne(Path contentDir, Path file, ParseCache cache, FileFingerprints files) {
        String name = ContentScanner.relativeName(contentDir, file);
        String unchanged = files == null ? null : files.unchanged(file);
        if (unchanged != null) {
            byte[] digest = java.util.HexFormat.of().parseHex(unchanged);
            ParsedSpeech held = cache.held(name, digest);
            if (held != null) {
                return new Read(name, held, digest);
            }
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            boolean docx = name.toLowerCase(Locale.ROOT).endsWith(".docx");
            if (size > (docx ? DocxText.MAX_BYTES : SourceDecoder.MAX_BYTES)) {
                SourceDecoder.Decoded large = docx ? DocxText.tooLarge(name, size) : SourceDecoder.tooLarge(name, size);
                return new Read(name, new ParsedSpeech(null, large.problems()), null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Read(name, new ParsedSpeech(null, List.of(Problem.error(name, 0, "cannot read the file: "
                    + e.getMessage()))), null);
        }
        byte[] digest = ParseCache.digest(bytes);
        return new Read(name, cache.get(name, digest, () -> parse(name, bytes)), digest);
    }

    static ParsedSpeech parse(String name, byte[] bytes) {
        boolean docx = name.toLowerCase(Locale.ROOT).endsWith(".docx");
        SourceDecoder.Decoded decoded = docx ? DocxText.read(name, bytes) : SourceDecoder.decode(name, bytes);
        if (decoded.file().isEmpty()) {
            return new ParsedSpeech(null, decoded.problems());
        }
        ParsedSpeech p = name.toLowerCase(Locale.ROOT).endsWith(".md")
                ? MarkdownSpeechParser.parse(decoded.file().get())
                : SpeechParser.parse(decoded.file().get());
        List<Problem> all = new ArrayList<>(decoded.problems());
        all.addAll(p.problems());
        return new ParsedSpeech(p.speech(), all);
    }
}
