package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wengao.TestFiles;
import wengao.model.Corpus;
import wengao.model.DroppedLine;
import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Speech;

/**
 * The gov.cn scrapes (R/rvest, GB18030): before 2014 each holds its report four to six times over, wrapped in
 * HTML comments, navigation, banners and buttons. Their pages show the report once and none of the furniture.
 * (That no sentence is lost on them is {@link NothingLostTest}'s part.)
 */
class ScrapedPortalPagesTest {

    private static final Pattern FURNITURE = Pattern.compile(
            "<!--|-->|<U\\+[0-9A-Fa-f]{4}>|当前位置\\s*[：:]|首页\\s*>>|【\\s*(字体|字号)|E-?mail推荐|责任编辑|www\\.gov\\.cn|上一页|下一页|^[】）]$");

    static Stream<Path> scrapes() {
        return TestFiles.files(TestFiles.resource("corpus-extra/gov-reports-scraped-gbk")).stream();
    }

    private static Speech parse(Path file) {
        Corpus corpus = CorpusReader.readFile(file);
        assertEquals(1, corpus.speeches().size(), () -> "problems: " + corpus.problems());
        return corpus.speeches().get(0);
    }

    @Test
    void theWholeFolderIsChecked() {
        assertEquals(15, scrapes().count());
    }

    @ParameterizedTest
    @MethodSource("scrapes")
    void noRunOfParagraphsIsShownTwice(Path file) {
        List<String> page = pageParagraphs(parse(file));
        Map<String, Integer> firstLong = new HashMap<>();
        Map<String, Integer> firstTriple = new HashMap<>();
        for (int i = 0; i < page.size(); i++) {
            String p = page.get(i);
            if (p.codePointCount(0, p.length()) >= 200 && firstLong.putIfAbsent(p, i) != null) {
                throw new AssertionError(file.getFileName() + ": paragraph " + i + " repeats paragraph " + firstLong.get(p) + ": " + p);
            }
            if (i + 3 <= page.size()) {
                String triple = String.join("\n", page.subList(i, i + 3));
                Integer first = firstTriple.putIfAbsent(triple, i);
                assertTrue(first == null, () -> file.getFileName() + ": paragraphs " + page.indexOf(p) + "… repeat " + first + "…: " + triple);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scrapes")
    void noFurnitureIsLeftOnThePage(Path file) {
        Speech speech = parse(file);
        List<String> page = new ArrayList<>(speech.preamble());
        page.add(speech.title());
        page.addAll(speech.titleLines());
        page.addAll(pageParagraphs(speech));
        List<String> left = page.stream().filter(p -> FURNITURE.matcher(p).find()).toList();
        assertTrue(left.isEmpty(), () -> file.getFileName() + " still shows " + left);
    }

    @ParameterizedTest
    @MethodSource("scrapes")
    void whatIsDroppedAsRepeatedIsShownOnceOrDroppedForItsOwnReason(Path file) {
        Speech speech = parse(file);
        String kept = SpeechText.kept(speech);
        List<String> otherDropped = speech.dropped().stream().filter(d -> !d.reason().equals(RepeatedRuns.REPEATED))
                .map(d -> TestFiles.withoutSpace(d.text())).toList();
        for (DroppedLine d : speech.dropped()) {
            String text = TestFiles.withoutSpace(d.text());
            if (d.reason().equals(RepeatedRuns.REPEATED)) {
                assertTrue(kept.contains(text) || otherDropped.contains(text),
                        () -> file.getFileName() + ":" + d.line() + " dropped as repeated but shown nowhere: " + d.text());
            }
        }
    }

    /** The page's text blocks in reading order, whitespace removed: salutation, headings, paragraphs, closing. */
    private static List<String> pageParagraphs(Speech speech) {
        List<String> out = new ArrayList<>();
        if (speech.salutation() != null) {
            out.add(speech.salutation());
        }
        section(speech.body(), out);
        for (Paragraph p : speech.closing()) {
            out.add(p.text());
        }
        return out.stream().map(TestFiles::withoutSpace).filter(s -> !s.isEmpty()).toList();
    }

    private static void section(Section s, List<String> out) {
        if (s.kind() == SectionKind.HEADING) {
            out.add(s.heading() + s.terminator());
        }
        for (Paragraph p : s.paragraphs()) {
            out.add(p.text());
        }
        for (Section child : s.sections()) {
            section(child, out);
        }
    }
}
