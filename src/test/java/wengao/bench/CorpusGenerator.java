package wengao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Speech;

/**
 * Generates a synthetic corpus of N plain-text speeches from real ones: venues, headings, paragraphs and closings
 * are drawn from the sources and assembled in the conventions of the genre (title, date line, salutation,
 * 一、 and （一） outline, run-in headings, closing), so a benchmark exercises the real parser on text with the
 * vocabulary and phrase frequencies of real speeches rather than copies of one text. Deterministic for a seed.
 */
public final class CorpusGenerator {

    private static final String NUMERALS = "一二三四五六七八九十";
    private final List<String> venues = new ArrayList<>();
    private final List<String> headings1 = new ArrayList<>();
    private final List<String> headings2 = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> closings = new ArrayList<>();

    public CorpusGenerator(List<Path> sourceDirs) {
        for (Path dir : sourceDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Corpus c = CorpusReader.read(dir);
            for (Speech s : c.speeches()) {
                if (s.venue() != null) {
                    venues.add(s.venue().replaceAll("(19|20)\\d{2}年", ""));
                }
                collect(s.body());
                for (Paragraph p : s.closing()) {
                    if (p.text().length() > 20) {
                        closings.add(p.text());
                    }
                }
            }
        }
        if (paragraphs.isEmpty() || headings1.isEmpty()) {
            throw new IllegalArgumentException("no source speeches with headings and paragraphs in " + sourceDirs);
        }
        if (venues.isEmpty()) {
            venues.add("全市党风廉政建设工作会议");
        }
        if (closings.isEmpty()) {
            closings.add("同志们，让我们团结一心，扎实工作，奋力开创新局面。");
        }
    }

    private void collect(Section s) {
        if (s.kind() == SectionKind.HEADING && !s.title().isEmpty() && s.title().length() <= 40) {
            (s.level() == 1 ? headings1 : headings2).add(s.title());
        }
        for (Paragraph p : s.paragraphs()) {
            if (p.text().length() >= 30 && p.html() == null) {
                paragraphs.add(p.text());
            }
        }
        for (Section child : s.sections()) {
            collect(child);
        }
    }

    public int poolSize() {
        return paragraphs.size();
    }

    /** Writes {@code count} speeches to {@code contentDir/speeches/NNNNN.txt}; returns the characters written. */
    public long generate(int count, long seed, Path contentDir) throws IOException {
        Path dir = contentDir.resolve("speeches");
        Files.createDirectories(dir);
        long chars = 0;
        for (int i = 0; i < count; i++) {
            String text = speech(new Random(seed * 1_000_003L + i));
            chars += text.length();
            Files.writeString(dir.resolve(String.format("%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return chars;
    }

    private String speech(Random r) {
        StringBuilder out = new StringBuilder();
        int year = 2012 + r.nextInt(15);
        out.append("在").append(year).append("年").append(pick(venues, r)).append("上的讲话\n\n");
        out.append("（").append(year).append("年").append(1 + r.nextInt(12)).append("月").append(1 + r.nextInt(28)).append("日）\n\n");
        out.append(r.nextInt(4) == 0 ? "各位代表：\n" : "同志们：\n");
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            out.append(pick(paragraphs, r)).append('\n');
        }
        int sections = 2 + r.nextInt(4);
        for (int h = 0; h < sections; h++) {
            out.append(NUMERALS.charAt(h)).append('、').append(pick(headings1, r)).append('\n');
            int subs = r.nextInt(4);
            if (subs == 0) {
                for (int i = 0, n = 2 + r.nextInt(4); i < n; i++) {
                    out.append(pick(paragraphs, r)).append('\n');
                }
            }
            for (int k = 0; k < subs; k++) {
                out.append('（').append(NUMERALS.charAt(k)).append('）').append(pick(headings2.isEmpty() ? headings1 : headings2, r));
                // Half the subheadings carry their body on the same line, as many speeches write them.
                out.append(r.nextBoolean() ? "。" + pick(paragraphs, r) + "\n" : "\n");
                for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                    out.append(pick(paragraphs, r)).append('\n');
                }
            }
        }
        out.append(pick(closings, r)).append('\n');
        return out.toString();
    }

    private static String pick(List<String> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }
}
