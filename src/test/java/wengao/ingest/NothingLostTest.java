package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wengao.TestFiles;
import wengao.model.Corpus;
import wengao.model.DroppedLine;
import wengao.model.Problem;
import wengao.model.SourceFile;
import wengao.model.Speech;

/**
 * Every sentence of a source is kept in the model or reported as dropped, for the seeds, for real government
 * reports nobody here wrote (GBK files, web scrapes with page furniture, portal scrapes holding their text several
 * times over) and for speeches copied from news sites (xi-speeches-2013-2014) or flattened by scrapers; none of them
 * yields an error. A sentence a fragment was cut out of (a dateline opening a paragraph, a photo credit inside it, a
 * banner after a title) is kept when what remains of it without the reported fragments is kept.
 */
class NothingLostTest {

    static Stream<Path> realFiles() {
        List<Path> all = new ArrayList<>(TestFiles.files(TestFiles.seeds()));
        all.addAll(TestFiles.files(TestFiles.resource("corpus-extra")));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void everySentenceIsKeptOrReported(Path file) throws Exception {
        Corpus corpus = CorpusReader.readFile(file);
        List<Problem> errors = corpus.problems().stream().filter(Problem::isError).toList();
        assertTrue(errors.isEmpty(), () -> "errors: " + errors);
        assertEquals(1, corpus.speeches().size());
        Speech speech = corpus.speeches().get(0);

        SourceFile source = SourceDecoder.decode(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file)).file().orElseThrow();
        List<String> lost = lost(speech, source.text());
        assertTrue(lost.isEmpty(), () -> file.getFileName() + " lost " + lost.size() + " sentences, e.g. " + lost.subList(0, Math.min(3, lost.size())));
        // A scrape repeats its furniture with every copy of the text: count each dropped text once.
        List<String> boilerplate = speech.dropped().stream().filter(d -> !d.reason().equals(RepeatedRuns.REPEATED))
                .map(d -> TestFiles.withoutSpace(d.text())).distinct().toList();
        assertTrue(boilerplate.size() < 40, () -> "suspiciously many dropped lines: " + boilerplate);
    }

    /** The sentences of {@code sourceText} that are neither kept in {@code speech} nor reported as dropped. */
    static List<String> lost(Speech speech, String sourceText) {
        String kept = SpeechText.kept(speech);
        String droppedText = TestFiles.withoutSpace(String.join("\n", speech.dropped().stream().map(DroppedLine::text).toList()));
        List<String> allFragments = speech.dropped().stream().map(d -> TestFiles.withoutSpace(d.text())).filter(f -> !f.isEmpty()).toList();
        List<String> lost = new ArrayList<>();
        String[] lines = sourceText.split("\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = unescaped(lines[n - 1]);
            // the reported fragments come out of the line first: a photo caption cut from a flattened line may end
            // inside what reads as a sentence (…摄坚持依法防控，…。), and the rest of that sentence must still be kept
            String rest = TestFiles.withoutSpace(line);
            for (String fragment : fragmentsOf(speech, n, line)) {
                rest = rest.replace(fragment, "\n");
            }
            for (String sentence : TestFiles.sentences(rest)) {
                if (!kept.contains(sentence) && !droppedText.contains(sentence) && !keptWithoutFragments(sentence, allFragments, kept)) {
                    lost.add(sentence);
                }
            }
        }
        return lost;
    }

    /**
     * R scrapers write a no-break space as the text {@code <U+00A0>}: the parser reads it as the character it stands
     * for (and reports that once per file), so the source sentence to look for is the one with the character.
     */
    private static String unescaped(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<U\\+([0-9A-F]{4})>").matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(1), 16);
            m.appendReplacement(out, Character.getType(cp) == Character.FORMAT ? "" : new String(Character.toChars(cp)));
        }
        return m.appendTail(out).toString();
    }

    /** Pieces cut out of line {@code n} (a banner after a title, an inline button): reported, so not lost. */
    private static List<String> fragmentsOf(Speech speech, int n, String line) {
        String whole = TestFiles.withoutSpace(line);
        return speech.dropped().stream().filter(d -> d.line() == n)
                .map(d -> TestFiles.withoutSpace(d.text()))
                .filter(t -> !t.isEmpty() && !t.equals(whole) && whole.contains(t))
                .toList();
    }

    private static boolean keptWithoutFragments(String sentence, List<String> fragments, String kept) {
        String rest = sentence;
        for (String f : fragments) {
            if (f.length() < sentence.length()) {
                rest = rest.replace(f, "");
            }
        }
        return !rest.equals(sentence) && (rest.isEmpty() || kept.contains(rest));
    }
}
