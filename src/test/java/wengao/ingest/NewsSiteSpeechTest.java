package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.model.Corpus;
import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.Speech;

/**
 * Speeches copied from news sites (corpus-extra/xi-speeches-2013-2014, 40 files named {@code YYYY-MM-DD_title.txt}
 * by whoever collected them): title and date are read from the text alone, the files being renamed
 * {@code speech-N.txt} first, and checked against the names; no news furniture is left on any page.
 *
 * <p>Titles compare by their letters and digits (NFKC): the names write 携手建设中国—东盟 where the text has 中国－东盟,
 * a space where the text has a comma, “中国旅游年” where the text has no quotation marks.
 */
class NewsSiteSpeechTest {

    /**
     * Answer keys that are themselves wrong, with what the text says instead. The name's title carries a stray
     * "弘_" before it (the pasted name inside the file does not); the 2013-12-31 New Year file holds the 2017 message
     * (its 原标题 and its page date, 2016年12月31日, say so) under the name of the 2014 one.
     */
    static final Map<String, String[]> FLAWED_KEYS = Map.of(
            "2013-09-13_弘_弘扬“上海精神” 促进共同发展.txt", new String[] {"弘扬“上海精神” 促进共同发展", "2013-09-13"},
            "2013-12-31_国家主席习近平发表二〇一四年新年贺词.txt", new String[] {"国家主席习近平发表二〇一七年新年贺词", "2016-12-31"});

    /**
     * Files whose text does not state the speech's date: it has only the page's publication date (which dates the
     * page, not the speech) or a dateline without a year on the page or in the title. Their date is missing, never
     * another.
     */
    static final List<String> DATE_NOT_STATED = List.of("2013-12-31_在全国政协新年茶话会上的讲话.txt",
            "2014-06-05_弘扬丝路精神 深化中阿合作.txt");

    static final List<Pattern> FURNITURE = List.of(
            Pattern.compile("(新华社|新华网|本报|中新社)[^。，]{0,16}\\d+月\\d+日电"),
            Pattern.compile("全文如下"),
            Pattern.compile("《\\s*人民日报\\s*》\\s*[（(]"),
            Pattern.compile("(发表|发布)时间\\s*[：:]"),
            Pattern.compile("来源\\s*[：:]\\s*\\S{0,12}(网|社|报)"),
            Pattern.compile("\\d{1,2}:\\d{2}"),
            Pattern.compile("责任编辑"),
            Pattern.compile("记者\\s*\\S{2,4}\\s*摄"),
            Pattern.compile("原标题"),
            Pattern.compile("^(19|20)\\d{2}-\\d{2}-\\d{2}_"));
    private static final Pattern ADDRESS = Pattern.compile("^(尊敬的|各位|女士们|先生们|同志们|同胞们|老师们|同学们|朋友们).*[，、：:]$");

    @TempDir
    static Path renamed;

    private static final List<String> names = new ArrayList<>();
    private static final List<Speech> speeches = new ArrayList<>();

    @BeforeAll
    static void readRenamed() throws IOException {
        List<Path> files = TestFiles.files(TestFiles.resource("corpus-extra/xi-speeches-2013-2014"));
        assertEquals(40, files.size());
        for (int i = 0; i < files.size(); i++) {
            Path copy = renamed.resolve("speech-" + (i + 1) + ".txt");
            Files.copy(files.get(i), copy);
            Corpus corpus = CorpusReader.readFile(copy);
            assertEquals(1, corpus.speeches().size());
            names.add(files.get(i).getFileName().toString());
            speeches.add(corpus.speeches().get(0));
        }
    }

    @Test
    void everyTitleIsTheSpeechsOwn() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String expected = FLAWED_KEYS.containsKey(names.get(i)) ? FLAWED_KEYS.get(names.get(i))[0] : keyTitle(names.get(i));
            if (!HeadlineRule.key(expected).equals(HeadlineRule.key(speeches.get(i).title()))) {
                wrong.add(names.get(i) + " -> " + speeches.get(i).title());
            }
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " titles wrong: " + wrong);
    }

    @Test
    void everyDateTheTextStatesIsRead() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String expected = FLAWED_KEYS.containsKey(name) ? FLAWED_KEYS.get(name)[1] : name.substring(0, 10);
            String actual = speeches.get(i).date() == null ? null : speeches.get(i).date().iso();
            boolean ok = expected.equals(actual) || DATE_NOT_STATED.contains(name) && actual == null;
            if (!ok) {
                wrong.add(name + " -> " + actual);
            }
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " dates wrong: " + wrong);
    }

    @Test
    void theWebHeadlineIsKeptApartFromTheTitle() {
        Speech s = speeches.get(names.indexOf("2014-09-09_做党和人民满意的好老师.txt"));
        assertEquals("习近平同北京师范大学师生代表座谈时的讲话 (全文)", s.headline());
        assertEquals("做党和人民满意的好老师", s.title());
        assertTrue(s.titleLines().contains("——同北京师范大学师生代表座谈时的讲话"), () -> "" + s.titleLines());
        assertEquals("习近平", s.speaker());
    }

    @Test
    void noFurnitureIsLeftOnAnyPage() {
        List<String> left = new ArrayList<>();
        for (int i = 0; i < speeches.size(); i++) {
            for (String text : shown(speeches.get(i))) {
                for (Pattern p : FURNITURE) {
                    if (p.matcher(text).find()) {
                        left.add(names.get(i) + ": " + text);
                    }
                }
            }
        }
        assertTrue(left.isEmpty(), () -> left.size() + " pieces of furniture left: " + left);
    }

    @Test
    void salutationsAreNotSwallowedIntoTheTitleBlock() {
        for (int i = 0; i < speeches.size(); i++) {
            Speech s = speeches.get(i);
            for (String line : s.titleLines()) {
                assertTrue(!ADDRESS.matcher(line).matches(), names.get(i) + ": salutation line in the title block: " + line);
            }
        }
        Speech congo = speeches.get(names.indexOf("2013-03-29_共同谱写中非人民友谊新篇章.txt"));
        assertNotNull(congo.salutation());
        assertEquals(List.of("尊敬的萨苏总统，", "尊敬的伊图议长和孔巴议长，", "各位议员，", "女士们，先生们，朋友们："),
                List.of(congo.salutation().split("\n")));
    }

    /** Everything a page shows as the speech's text: headline excepted, it is the page's own. */
    static List<String> shown(Speech s) {
        List<String> out = new ArrayList<>(s.preamble());
        out.add(s.title());
        out.addAll(s.titleLines());
        if (s.salutation() != null) {
            out.add(s.salutation());
        }
        section(s.body(), out);
        s.closing().forEach(p -> out.add(p.text()));
        return out;
    }

    private static void section(Section s, List<String> out) {
        out.add(s.label() + s.title());
        for (Paragraph p : s.paragraphs()) {
            out.add(p.text());
        }
        s.sections().forEach(c -> section(c, out));
    }

    static String keyTitle(String fileName) {
        return fileName.substring(11, fileName.length() - ".txt".length());
    }
}
