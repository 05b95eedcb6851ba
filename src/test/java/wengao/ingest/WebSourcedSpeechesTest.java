package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wengao.TestFiles;
import wengao.model.Corpus;
import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Speech;

/**
 * Acceptance over every web-sourced folder (news sites, flattened scrapes, portal scrapes, provincial portals): no
 * furniture of issue 9's list is left in any page's title, title block or body, and no title is furniture, a
 * salutation, a speaker's name, a document kind alone or the file name.
 */
class WebSourcedSpeechesTest {

    private static final List<String> FOLDERS = List.of(
            "xi-speeches-2013-2014", "xi-2020-flattened", "gov-reports-scraped-gbk", "gov-reports-provincial-2026");

    /** Each pattern with the name it is reported by; matched on the NFKC form of a page's text block. */
    private static final List<Pattern> FURNITURE = List.of(
            Pattern.compile("(新华社|中新社|本报)[^。，！？]{0,20}?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*电"),
            Pattern.compile("全文如下\\s*[：:]"),
            Pattern.compile("《\\s*\\p{IsHan}{2,10}\\s*》\\s*[（(][^（）()]{0,40}版\\s*[）)]"),
            Pattern.compile("[（(]\\s*《\\s*\\p{IsHan}{2,10}\\s*》[^（）()]{0,40}版\\s*[）)]"),
            Pattern.compile("发表时间\\s*[：:]"),
            Pattern.compile("^[^。！？]*来源\\s*[：:][^。！？]*$"),
            Pattern.compile("\\d{4}\\s*[-/]\\s*\\d{1,2}\\s*[-/]\\s*\\d{1,2}\\s+\\d{1,2}:\\d{2}|\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}[:时]\\d{2}"),
            Pattern.compile("责任编辑"),
            Pattern.compile("【\\s*(字体|字号)"),
            Pattern.compile("当前位置\\s*[：:]"),
            Pattern.compile("E-?mail推荐"),
            Pattern.compile("<!--|-->"),
            Pattern.compile("<U\\+[0-9A-Fa-f]{4}>"),
            Pattern.compile("记者[\\s\\p{IsHan}、，]{2,12}?\\s*摄"));

    private static final Pattern DATELINE_TITLE = Pattern.compile(".{0,12}\\d{1,2}月\\d{1,2}日电.{0,4}");
    private static final Pattern SALUTATION_TITLE = Pattern.compile("[^。！？]{1,80}[：:]");
    private static final Pattern STAMP_TITLE = Pattern.compile(".*\\d{4}[-/年]\\d{1,2}[-/月]\\d{1,2}日?\\s*\\d{1,2}[:时].*");
    private static final Pattern KIND_ALONE = Pattern.compile("贺信|回信|贺电|唁电|贺词|致信|讲话|致辞|演讲");
    private static final Pattern NAME_ALONE = Pattern.compile("(习近平|李克强|温家宝|周恩来)");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\d{4}-\\d{2}-\\d{2}_.*|.*row\\d+.*");

    static Stream<Path> webSourced() {
        return FOLDERS.stream().flatMap(f -> TestFiles.files(TestFiles.resource("corpus-extra/" + f)).stream());
    }

    private static Speech parse(Path file) {
        Corpus corpus = CorpusReader.readFile(file);
        assertEquals(1, corpus.speeches().size(), () -> "problems: " + corpus.problems());
        return corpus.speeches().get(0);
    }

    @Test
    void everyFolderIsChecked() {
        assertEquals(40 + 38 + 15 + 31, webSourced().count());
    }

    @ParameterizedTest
    @MethodSource("webSourced")
    void noFurnitureIsLeftOnThePage(Path file) {
        Speech s = parse(file);
        List<String> left = new ArrayList<>();
        for (String block : blocks(s)) {
            String n = Normalizer.normalize(block, Normalizer.Form.NFKC);
            for (Pattern p : FURNITURE) {
                if (p.matcher(n).find()) {
                    left.add(p.pattern() + " in: " + block);
                }
            }
        }
        assertTrue(left.isEmpty(), () -> file.getFileName() + " still shows " + String.join("\n", left));
    }

    @ParameterizedTest
    @MethodSource("webSourced")
    void theTitleIsATitle(Path file) {
        Speech s = parse(file);
        String title = s.title().strip();
        String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String why = file.getFileName() + ": title '" + title + "'";
        assertFalse(title.isEmpty(), why);
        assertFalse(title.equals(stem) && FILE_NAME.matcher(stem).matches(), why + " is the file name");
        assertFalse(FILE_NAME.matcher(title).matches(), why + " is a file name");
        assertFalse(DATELINE_TITLE.matcher(title).matches(), why + " is a dateline");
        assertFalse(SALUTATION_TITLE.matcher(title).matches(), why + " is a salutation");
        assertFalse(STAMP_TITLE.matcher(title).matches(), why + " is a timestamp");
        assertFalse(KIND_ALONE.matcher(title).matches(), why + " is a document kind alone");
        assertFalse(NAME_ALONE.matcher(title).matches() || TitleBlockForms.isOfficeAndName(title), why + " is the speaker");
        for (Pattern p : FURNITURE) {
            assertFalse(p.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC)).find(), why + " is furniture");
        }
    }

    /** Everything a reader sees of a page as text: headline, title, title block, salutation, body, closing. */
    private static List<String> blocks(Speech s) {
        List<String> out = new ArrayList<>(s.preamble());
        if (s.headline() != null) {
            out.add(s.headline());
        }
        out.add(s.title());
        out.addAll(s.titleLines());
        if (s.salutation() != null) {
            out.add(s.salutation());
        }
        section(s.body(), out);
        for (Paragraph p : s.closing()) {
            out.add(p.text());
        }
        return out;
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
