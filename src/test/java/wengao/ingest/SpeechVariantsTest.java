package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wengao.TestFiles;
import wengao.model.Section;
import wengao.model.SourceFile;
import wengao.model.Speech;

/**
 * The 40 news-site speeches (xi-speeches-2013-2014, title and date known from their file names, see
 * {@link NewsSiteSpeechTest}) in the other shapes the same text arrives in from the web: flattened by a scraper,
 * GBK-encoded, LF or CRLF, with or without a BOM, without the pasted file name, with portal furniture around it,
 * scraped twice over, without its web headline. Each variant is parsed under a neutral name ({@code speech-N.txt});
 * its title and date must be the key's, no furniture may be left on the page, no sentence lost, and a repeat shown
 * once. A rule that overfits the one shape the corpus has shows up here as a variant's score falling.
 */
class SpeechVariantsTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int CHARS_PER_PARAGRAPH = 800;
    /**
     * What each variant reaches (see the table the test prints): every one of them all, but for a head flattened
     * without any separator (one title lost, the pasted name read instead) and a text without its pasted name
     * (one whose only title is a 原标题 note at its end).
     */
    private static final Map<String, Double> FLOOR = new LinkedHashMap<>();

    static {
        FLOOR.put("as is", 1.0);
        FLOOR.put("flat", 0.95);
        FLOOR.put("flat+indent", 1.0);
        FLOOR.put("gb18030", 1.0);
        FLOOR.put("lf", 1.0);
        FLOOR.put("bom toggled", 1.0);
        FLOOR.put("no pasted name", 0.95);
        FLOOR.put("portal furniture", 1.0);
        FLOOR.put("repeated", 1.0);
        FLOOR.put("no headline", 1.0);
        FLOOR.put("wrapped", 1.0);
    }

    /** Lines that {@link #withFurniture} adds: none of them may be shown. */
    private static final List<Pattern> ADDED_FURNITURE = List.of(Pattern.compile("当前位置"), Pattern.compile("字体"),
            Pattern.compile("【打印】"), Pattern.compile("张三"), Pattern.compile("来源\\s*[：:]"));

    private record Original(String name, String text, String title, String date) {
    }

    private record Score(int titles, int titlesScored, int dates, int datesScored, List<String> failures) {
    }

    private static final List<Original> originals = new ArrayList<>();
    private static final Map<String, Score> scores = new LinkedHashMap<>();

    @BeforeAll
    static void scoreEveryVariant() throws IOException {
        for (Path f : TestFiles.files(TestFiles.resource("corpus-extra/xi-speeches-2013-2014"))) {
            String name = f.getFileName().toString();
            String[] flawed = NewsSiteSpeechTest.FLAWED_KEYS.get(name);
            originals.add(new Original(name, new String(Files.readAllBytes(f), StandardCharsets.UTF_8),
                    flawed != null ? flawed[0] : NewsSiteSpeechTest.keyTitle(name), flawed != null ? flawed[1] : name.substring(0, 10)));
        }
        score("as is", o -> o.text().getBytes(StandardCharsets.UTF_8));
        score("flat", o -> utf8(flattened(o.text(), "")));
        score("flat+indent", o -> utf8(flattened(o.text(), "\u3000\u3000")));
        score("gb18030", o -> withoutBom(o.text()).getBytes(GB18030));
        score("lf", o -> utf8(o.text().replace("\r\n", "\n")));
        score("bom toggled", o -> utf8(o.text().startsWith("\uFEFF") ? o.text().substring(1) : "\uFEFF" + o.text()));
        score("no pasted name", o -> utf8(withoutPastedName(o.text())));
        score("portal furniture", o -> utf8(withFurniture(o)));
        score("repeated", o -> utf8(o.text() + "\r\n" + withoutBom(o.text())));
        score("no headline", o -> {
            String headline = parse(o.text().getBytes(StandardCharsets.UTF_8), 0).headline();
            return headline == null ? null : utf8(withoutLine(o.text(), headline));
        });
        score("wrapped", o -> utf8(wrapped(o.text(), WRAP)));
        StringBuilder table = new StringBuilder(String.format("%-18s %8s %8s%n", "variant", "titles", "dates"));
        scores.forEach((variant, s) -> table.append(String.format("%-18s %3d/%-4d %3d/%-4d%n", variant, s.titles(), s.titlesScored(),
                s.dates(), s.datesScored())));
        System.out.print(table);
        scores.forEach((variant, s) -> s.failures().forEach(f -> System.out.println(variant + ": " + f)));
    }

    @Test
    void everyVariantKeepsTitlesAndDates() {
        List<String> below = new ArrayList<>();
        scores.forEach((variant, s) -> {
            double floor = FLOOR.get(variant);
            if (s.titles() < floor * s.titlesScored() || s.dates() < floor * s.datesScored()) {
                below.add(variant + " " + s.titles() + "/" + s.titlesScored() + " titles, " + s.dates() + "/" + s.datesScored()
                        + " dates: " + s.failures());
            }
        });
        assertTrue(below.isEmpty(), () -> "below the floor: " + below);
    }

    @Test
    void noFailureOtherThanTitleOrDate() {
        List<String> other = new ArrayList<>();
        scores.forEach((variant, s) -> s.failures().stream().filter(f -> !f.contains("title ") && !f.contains("date "))
                .forEach(f -> other.add(variant + ": " + f)));
        assertTrue(other.isEmpty(), () -> other.size() + " failures: " + other);
    }

    private static void score(String variant, Function<Original, byte[]> derive) {
        int titles = 0;
        int titlesScored = 0;
        int dates = 0;
        int datesScored = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            Original o = originals.get(i);
            byte[] bytes = derive.apply(o);
            if (bytes == null) {
                continue;
            }
            writeForReading(variant, i, bytes);
            SourceFile source = SourceDecoder.decode("speech-" + (i + 1) + ".txt", bytes).file().orElseThrow();
            Speech s = SpeechParser.parse(source).speech();
            String text = source.text();
            String label = o.name() + ": ";
            if (statesTitle(variant.startsWith("flat") ? o.text() : text, o.title())) {
                titlesScored++;
                if (HeadlineRule.key(o.title()).equals(HeadlineRule.key(s.title()))) {
                    titles++;
                } else {
                    failures.add(label + "title " + s.title());
                }
            }
            String date = s.date() == null ? null : s.date().iso();
            boolean stated = !NewsSiteSpeechTest.DATE_NOT_STATED.contains(o.name()) && states(text, o.date());
            datesScored++;
            if (o.date().equals(date) || !stated && date == null) {
                dates++;
            } else {
                failures.add(label + "date " + date);
            }
            // a flattened line is one "sentence" from one paragraph end to the next, across title block and salutation:
            // its sentences are the original's
            List<String> lost = NothingLostTest.lost(s, variant.startsWith("flat") ? withoutBom(o.text()).replace("\r", "") : text);
            if (!lost.isEmpty()) {
                failures.add(label + "lost " + lost.size() + " sentences, e.g. " + lost.subList(0, Math.min(3, lost.size())));
            }
            for (String shown : NewsSiteSpeechTest.shown(s)) {
                for (Pattern p : NewsSiteSpeechTest.FURNITURE) {
                    if (p.matcher(shown).find()) {
                        failures.add(label + "furniture shown: " + shown);
                    }
                }
                if (variant.equals("portal furniture")) {
                    for (Pattern p : ADDED_FURNITURE) {
                        if (p.matcher(shown).find()) {
                            failures.add(label + "furniture shown: " + shown);
                        }
                    }
                }
            }
            if (variant.startsWith("flat")) {
                int paragraphs = paragraphs(s);
                int chars = TestFiles.withoutSpace(text).length();
                if (paragraphs * CHARS_PER_PARAGRAPH < chars) {
                    failures.add(label + "not rebuilt: " + paragraphs + " paragraphs for " + chars + " characters");
                }
            }
            if (variant.equals("wrapped")) {
                Speech asIs = parse(o.text().getBytes(StandardCharsets.UTF_8), i);
                // where the text marks no paragraph start, a full line that ends a sentence may end its paragraph
                List<String> own = paragraphTexts(asIs);
                List<String> split = paragraphTexts(s).stream()
                        .filter(p -> !own.contains(p) && WrappedLines.stopsMidSentence(p)).toList();
                // the body: the head's lines are scored above (title, date, nothing lost, no furniture shown)
                String kept = String.join("", paragraphTexts(s)).replaceAll("\\s+", "");
                String keptAsIs = String.join("", own).replaceAll("\\s+", "");
                if (!split.isEmpty()) {
                    failures.add(label + "not joined back: " + split.size() + " paragraphs cut mid-sentence, e.g. "
                            + split.subList(0, Math.min(2, split.size())));
                } else if (!kept.equals(keptAsIs)) {
                    int at = 0;
                    while (at < Math.min(kept.length(), keptAsIs.length()) && kept.charAt(at) == keptAsIs.charAt(at)) {
                        at++;
                    }
                    failures.add(label + "keeps other text: from …" + kept.substring(Math.max(0, at - 10), Math.min(kept.length(), at + 20))
                            + " where as is …" + keptAsIs.substring(Math.max(0, at - 10), Math.min(keptAsIs.length(), at + 20)));
                }
            }
            if (variant.equals("repeated")) {
                int once = SpeechText.kept(parse(o.text().getBytes(StandardCharsets.UTF_8), i)).length();
                int twice = SpeechText.kept(s).length();
                if (twice > once * 1.05) {
                    failures.add(label + "repeat shown: " + twice + " characters kept, " + once + " once");
                }
            }
        }
        scores.put(variant, new Score(titles, titlesScored, dates, datesScored, failures));
    }

    /** With {@code -Dvariants.dir=DIR} the variants are written there, to read a failure or parse one alone. */
    private static void writeForReading(String variant, int i, byte[] bytes) {
        String dir = System.getProperty("variants.dir");
        if (dir == null) {
            return;
        }
        try {
            Path d = Path.of(dir, variant.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", ""));
            Files.createDirectories(d);
            Files.write(d.resolve("speech-" + (i + 1) + ".txt"), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Speech parse(byte[] bytes, int i) {
        return SpeechParser.parse(SourceDecoder.decode("speech-" + (i + 1) + ".txt", bytes).file().orElseThrow()).speech();
    }

    /**
     * Whether a line of the text states the title: the title, or a headline or 原标题 note naming it (a few more
     * letters); a body sentence that uses the title's words does not.
     */
    private static boolean statesTitle(String text, String title) {
        String key = HeadlineRule.key(title);
        for (String line : text.split("\n")) {
            String k = HeadlineRule.key(line);
            if (k.contains(key) && k.length() <= key.length() + 20 && !HeaderReader.hasSentenceEnd(line)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text states the date: as a full date, or as a dateline's month and day (its year from the page).
     * A text that does not may have no date, never another.
     */
    private static boolean states(String text, String iso) {
        LocalDate d = LocalDate.parse(iso);
        String n = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        if (n.contains(d.getMonthValue() + "月" + d.getDayOfMonth() + "日电")) {
            return true;
        }
        for (String line : n.split("\n")) {
            for (int from = 0; from < line.length(); from += 20) {
                wengao.model.SpeechDate found = DateReader.fullDate(line.substring(from));
                if (found != null && iso.equals(found.iso())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A scraper's output: the text with its line breaks gone; the collector's pasted file name stays on line 1. */
    private static String flattened(String text, String joint) {
        String[] lines = withoutBom(text).split("\r?\n", -1);
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String l = joint.isEmpty() ? lines[i] : lines[i].strip();
            if (!l.isEmpty()) {
                rest.add(l);
            }
        }
        return out.append(String.join(joint, rest)).append('\n').toString();
    }

    /** The cells a line of {@link #wrapped} fills at most (a CJK character two, a Latin letter one), as an A4 page. */
    private static final int WRAP = 56;
    private static final String NO_LINE_START = "，。、；：！？）》”’…";

    /**
     * The text as copied out of a PDF: every line wider than {@code width} cells broken at that width, a
     * punctuation mark that may not start a line pushing the character before it down with it (避头尾).
     */
    private static String wrapped(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\r?\\n", -1)) {
            String rest = line;
            while (WrappedLines.cells(new SourceLine(0, rest, rest)) > width) {
                int cut = 0;
                int cells = 0;
                while (cut < rest.length() && cells + cellsOf(rest.charAt(cut)) <= width) {
                    cells += cellsOf(rest.charAt(cut++));
                }
                while (cut > 1 && cut < rest.length() && NO_LINE_START.indexOf(rest.charAt(cut)) >= 0) {
                    cut--;
                }
                out.append(rest, 0, cut).append("\r\n");
                rest = rest.substring(cut);
            }
            out.append(rest).append("\r\n");
        }
        return out.toString();
    }

    /** The cells a character fills inside a line (a space too, which the end of a line does not count). */
    private static int cellsOf(char c) {
        return WrappedLines.cells(new SourceLine(0, c + "x", c + "x")) - 1;
    }

    private static String withoutPastedName(String text) {
        String t = withoutBom(text);
        return "\uFEFF" + t.substring(t.indexOf('\n') + 1);
    }

    /**
     * Portal furniture as pages print it: the navigation trail above the text, the buttons and the source line
     * with its publication date (the day after the speech) under the first line of the page, the editor at the end.
     */
    private static String withFurniture(Original o) {
        String[] lines = o.text().split("\r\n", -1);
        List<String> out = new ArrayList<>();
        out.add(lines[0]);
        out.add("当前位置：首页 > 要闻");
        int first = 1;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        for (int i = 1; i < lines.length; i++) {
            out.add(lines[i]);
            if (i == first) {
                out.add("【字体：大 中 小】【打印】【关闭】");
                out.add("来源：人民网 " + LocalDate.parse(o.date()).plusDays(1) + " 08:12");
            }
        }
        out.add("责任编辑：张三");
        return String.join("\r\n", out);
    }

    /** The text without the lines that say {@code line} (a headline and its repeats). */
    private static String withoutLine(String text, String line) {
        String key = HeadlineRule.key(line);
        List<String> out = new ArrayList<>();
        boolean removed = false;
        for (String l : text.split("\r\n", -1)) {
            if (!l.isBlank() && HeadlineRule.key(l).equals(key)) {
                removed = true;
            } else {
                out.add(l);
            }
        }
        return removed ? String.join("\r\n", out) : null;
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> paragraphTexts(Speech s) {
        List<String> out = new ArrayList<>();
        texts(s.body(), out);
        s.closing().forEach(p -> out.add(p.text()));
        return out;
    }

    private static void texts(Section s, List<String> out) {
        if (!s.title().isEmpty()) {
            out.add(s.label() + s.title());
        }
        s.paragraphs().forEach(p -> out.add(p.text()));
        s.sections().forEach(c -> texts(c, out));
    }

    private static int paragraphs(Speech s) {
        int[] n = {s.closing().size()};
        count(s.body(), n);
        return n[0];
    }

    private static void count(Section s, int[] n) {
        n[0] += s.paragraphs().size();
        s.sections().forEach(c -> count(c, n));
    }
}
