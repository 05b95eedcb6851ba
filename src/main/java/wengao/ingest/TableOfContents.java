package wengao.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import wengao.model.DroppedLine;

/**
 * A table of contents at the head of a report: a 目录 line, then lines each of which stands again, later in the
 * text, as a heading (一、国家在过渡时期的总任务 … （九）…). Read as headings they would make a second outline above
 * the real one and hide the salutation behind them, so the block is dropped and reported as {@link #REASON}.
 */
final class TableOfContents {

    static final String REASON = "table of contents";
    private static final Pattern MARKER = Pattern.compile("目[\\s\u3000]*(录|次)");
    /** Leaders and page numbers after an entry: 一、总任务……3. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[\\s\u3000.…·．]*\\d*$");
    private static final int MIN_ENTRIES = 2;

    private TableOfContents() {
    }

    static List<SourceLine> drop(List<SourceLine> lines, List<DroppedLine> dropped) {
        int marker = marker(lines);
        if (marker < 0) {
            return lines;
        }
        Set<String> laterHeadings = new HashSet<>();
        List<Integer> entries = new ArrayList<>();
        int end = marker + 1;
        for (; end < lines.size(); end++) {
            String t = lines.get(end).text();
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > 60 || HeaderReader.hasSentenceEnd(t) || SalutationFinder.isSalutation(t)) {
                break;
            }
            entries.add(end);
        }
        for (int i = end; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (HeadingLine.parse(t) != null) {
                laterHeadings.add(key(t));
            }
        }
        int taken = 0;
        while (taken < entries.size() && laterHeadings.contains(key(lines.get(entries.get(taken)).text()))) {
            taken++;
        }
        if (taken < MIN_ENTRIES) {
            return lines;
        }
        int last = entries.get(taken - 1);
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (i >= marker && i <= last && !line.isBlank()) {
                dropped.add(new DroppedLine(line.number(), line.raw(), REASON));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** The 目录 line among the first lines of the head, or -1. */
    private static int marker(List<SourceLine> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < SalutationFinder.HEADER_SCAN_LIMIT; i++) {
            String t = lines.get(i).text();
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (MARKER.matcher(t).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String t) {
        return RepeatedRuns.keyOf(PAGE_NUMBER.matcher(t).replaceFirst(""));
    }
}
