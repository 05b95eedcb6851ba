package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import wengao.model.DroppedLine;
import wengao.model.Paragraph;
import wengao.model.Problem;
import wengao.model.Section;
import wengao.model.SourceFile;
import wengao.model.Speech;
import wengao.model.SpeechDate;

/**
 * Parses a plain-text speech. Every source line ends up in exactly one place: front matter, the title block,
 * preamble, salutation, a heading, a paragraph, or the dropped list with its reason.
 */
final class SpeechParser {

    private SpeechParser() {
    }

    static ParsedSpeech parse(SourceFile file) {
        List<Problem> problems = new ArrayList<>();
        List<SourceLine> all = SourceLine.split(file.text(), 1);
        FrontMatterReader.Result fm = FrontMatterReader.read(file.path(), all, java.util.Set.of());
        problems.addAll(fm.problems());
        List<DroppedLine> scraped = new ArrayList<>();
        // a line broken at the page's width is one line again before any rule reads lines (furniture included)
        WrappedLines.Result unwrapped = WrappedLines.join(file.path(), all.subList(fm.frontMatter().bodyStart(), all.size()));
        problems.addAll(unwrapped.notes());
        List<SourceLine> stripped = PortalFurniture.strip(unwrapped.lines(), scraped);
        FlattenedText.Result rebuilt = FlattenedText.rebuild(file.path(), stripped);
        problems.addAll(rebuilt.notes());
        List<SourceLine> lines = JoinedTitleLines.split(TableOfContents.drop(RepeatedRuns.drop(rebuilt.lines(), scraped), scraped));
        Header header = HeaderReader.read(file.path(), lines);
        problems.addAll(header.problems());
        List<DroppedLine> dropped = new ArrayList<>(header.dropped());
        dropped.addAll(scraped);

        List<SourceLine> rest = lines.subList(Math.min(header.bodyStart(), lines.size()), lines.size());
        boolean[] keep = new boolean[rest.size()];
        java.util.Arrays.fill(keep, true);
        dropped.addAll(FooterReader.read(rest, header.title(), keep));
        List<SourceLine> body = new ArrayList<>();
        if (header.firstBodyText() != null) {
            body.add(new SourceLine(header.firstBodyLine(), header.firstBodyText(), header.firstBodyText()));
        }
        for (int i = 0; i < rest.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            String reason = Boilerplate.anywhere(rest.get(i).text());
            SourceLine line = reason == null ? NewsFurniture.filterBodyLine(rest.get(i), dropped) : null;
            if (reason != null) {
                dropped.add(new DroppedLine(rest.get(i).number(), rest.get(i).raw(), reason));
            } else if (line != null) {
                body.add(line);
            }
        }
        List<String> titleLines = new ArrayList<>(header.titleLines());
        ClosingCredit.take(body, titleLines, dropped);
        dropped.sort(java.util.Comparator.comparingInt(DroppedLine::line));

        OutlineParser.Result outline = OutlineParser.parse(UnnumberedHeadings.mark(BackMatter.mark(OutlineParser.blocks(body))), true);
        if (outline.root().paragraphs().isEmpty() && outline.root().sections().isEmpty() && outline.closing().isEmpty()
                && outline.backMatter().isEmpty()) {
            problems.add(Problem.warning(file.path(), 0, "the speech has no body text"));
        }
        String stem = SlugAssigner.stem(file.path());
        String title = header.title() != null ? header.title() : stem;
        SpeechDate date = header.date() != null ? header.date() : DateReader.yearOf(title);
        FrontMatterValues values = FrontMatterValues.read(file.path(), fm.frontMatter(), problems);
        Speech speech = new Speech(values.slug(), file.path(), "txt", values.title() != null ? values.title() : title,
                header.headline(), List.copyOf(titleLines), DateReader.chosen(values.date(), DateReader.fileNameDate(stem), date),
                values.speaker() != null ? values.speaker() : header.speaker(),
                values.venue() != null ? values.venue() : header.venue(), values.tags(), header.preamble(),
                header.salutation(), outline.root(), outline.closing(), outline.backMatter(), dropped, lengthOf(outline));
        return new ParsedSpeech(speech, problems);
    }

    /** Characters of body text (punctuation included, whitespace not): what a reader calls the length of a speech. */
    static int lengthOf(OutlineParser.Result outline) {
        int[] n = {0};
        countSection(outline.root(), n);
        for (Paragraph p : outline.closing()) {
            n[0] += countChars(p.text());
        }
        for (Section s : outline.backMatter()) {
            countSection(s, n);
        }
        return n[0];
    }

    private static void countSection(Section s, int[] n) {
        n[0] += countChars(s.label() + s.title() + s.terminator());
        for (Paragraph p : s.paragraphs()) {
            n[0] += countChars(p.text());
        }
        for (Section child : s.sections()) {
            countSection(child, n);
        }
    }

    private static int countChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && !Character.isLowSurrogate(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
