package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import wengao.model.DroppedLine;

/**
 * Finds the page furniture after a scraped speech: share buttons, 相关报道 lists, editor lines. The footer starts at
 * the first such marker after the last heading (and the furniture just before it); within it, short lines without
 * a sentence are links to other articles. Longer text there is kept: the parser drops only what it is sure of.
 */
final class FooterReader {

    private FooterReader() {
    }

    /** Returns the dropped lines; {@code keep[i]} is cleared for every dropped line of {@code lines}. */
    static List<DroppedLine> read(List<SourceLine> lines, String title, boolean[] keep) {
        int lastHeading = -1;
        for (int i = 0; i < lines.size(); i++) {
            HeadingLine h = HeadingLine.parse(lines.get(i).text());
            if (h != null && h.level() <= 2) {
                lastHeading = i;
            }
        }
        int start = -1;
        for (int i = lastHeading + 1; i < lines.size(); i++) {
            if (Boilerplate.startsFooter(lines.get(i).text())) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            start = lines.size();
        }
        for (int i = start - 1; i > lastHeading; i--) {
            String t = lines.get(i).text();
            if (t.isEmpty()) {
                continue;
            }
            if (Boilerplate.atEdge(t) != null) {
                start = i;
            } else {
                break;
            }
        }
        List<DroppedLine> dropped = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text();
            if (t.isEmpty()) {
                continue;
            }
            String reason = Boilerplate.atEdge(t);
            if (reason == null && t.equals(title)) {
                reason = Boilerplate.REPEATED_TITLE;
            }
            if (reason == null && t.length() <= 60 && !HeaderReader.hasSentenceEnd(t)) {
                reason = Boilerplate.RELATED;
            }
            if (reason != null) {
                keep[i] = false;
                dropped.add(new DroppedLine(line.number(), line.raw(), reason));
            }
        }
        return dropped;
    }
}
