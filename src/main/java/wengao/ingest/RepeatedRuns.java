package wengao.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wengao.model.DroppedLine;

/**
 * Shows scraped text once. Old portal pages nest the report in table cells, so a scrape holds the whole text four
 * to six times over, and a navigation line a dozen times. A run of paragraphs that repeats a run earlier in the
 * file is dropped as {@link #REPEATED}, the first copy kept. Only runs a speaker would not produce count: at least
 * {@link #MIN_RUN} paragraphs in a row, or a paragraph of {@link #LONG_PARAGRAPH}+ characters; a short sentence
 * said twice stays twice. Paragraphs are compared exactly, except for whitespace: copies of one page differ in
 * indentation (full-width spaces, no-break spaces) and nothing else.
 */
final class RepeatedRuns {

    static final String REPEATED = "repeated";
    static final int MIN_RUN = 3;
    static final int LONG_PARAGRAPH = 200;

    private RepeatedRuns() {
    }

    /** The lines without repeated runs; each dropped paragraph is added to {@code dropped}. Blank lines stay. */
    static List<SourceLine> drop(List<SourceLine> lines, List<DroppedLine> dropped) {
        List<Integer> paragraphs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = keyOf(lines.get(i).text());
            if (!key.isEmpty()) {
                paragraphs.add(i);
                keys.add(key);
            }
        }
        boolean[] repeated = repeatedParagraphs(keys);
        boolean[] drop = new boolean[lines.size()];
        for (int p = 0; p < repeated.length; p++) {
            if (repeated[p]) {
                SourceLine line = lines.get(paragraphs.get(p));
                drop[paragraphs.get(p)] = true;
                report(line, dropped);
            }
        }
        List<SourceLine> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /**
     * A repeat is reported as {@link #REPEATED} only for the text its first copy shows: furniture in it (a whole
     * line, or a credit cut out of a paragraph) is dropped from every copy for its own reason, so it is reported
     * with that reason here too.
     */
    private static void report(SourceLine line, List<DroppedLine> dropped) {
        String reason = Boilerplate.anywhere(line.text());
        if (reason == null) {
            reason = NewsFurniture.line(line.text());
        }
        if (reason != null) {
            dropped.add(new DroppedLine(line.number(), line.raw(), reason));
            return;
        }
        NewsFurniture.Cut cut = NewsFurniture.cut(line.text());
        for (NewsFurniture.Fragment f : cut.fragments()) {
            dropped.add(new DroppedLine(line.number(), f.text(), f.reason()));
        }
        if (!cut.kept().isEmpty()) {
            dropped.add(new DroppedLine(line.number(), cut.fragments().isEmpty() ? line.raw() : cut.kept(), REPEATED));
        }
    }

    /**
     * Marks, left to right, the longest run starting at each paragraph that equals a run starting earlier. The two
     * may overlap: a line repeated twelve times is one line and a run of eleven that repeats it. An overlapping
     * repeat counts in whole copies, so a partial copy after the last whole one is judged on its own.
     */
    static boolean[] repeatedParagraphs(List<String> keys) {
        int n = keys.size();
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < n; i++) {
            positions.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
        }
        boolean[] repeated = new boolean[n];
        int i = 0;
        while (i < n) {
            int best = 0;
            for (int j : positions.get(keys.get(i))) {
                if (j >= i) {
                    break;
                }
                int length = 0;
                while (i + length < n && keys.get(j + length).equals(keys.get(i + length))) {
                    length++;
                }
                int period = i - j;
                if (length > period) {
                    length -= length % period;
                }
                best = Math.max(best, length);
            }
            if (best > 0 && counts(keys.subList(i, i + best))) {
                java.util.Arrays.fill(repeated, i, i + best, true);
                i += best;
            } else {
                i++;
            }
        }
        return repeated;
    }

    private static boolean counts(List<String> run) {
        return run.size() >= MIN_RUN || run.stream().anyMatch(k -> k.codePointCount(0, k.length()) >= LONG_PARAGRAPH);
    }

    /** The paragraph without whitespace of any kind: what two copies of it share. */
    static String keyOf(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!SourceLine.isSpace(c) && c != '\u200D') {
                key.append(c);
            }
        }
        return key.toString();
    }
}
