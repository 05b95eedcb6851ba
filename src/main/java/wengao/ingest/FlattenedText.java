package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import wengao.model.Problem;

/**
 * Rebuilds the paragraphs of text whose line breaks were lost in scraping: the whole speech on one line, sometimes
 * with {@code 　　} where a paragraph began. Runs before the header reader, so the title block and salutation are
 * found on the rebuilt lines. Every rebuilt line keeps the number of the line it came from, and each rebuilt line
 * is reported to editors as a note.
 */
final class FlattenedText {

    /** Longer than any real paragraph in the corpora here (the longest is under 1,400 characters). */
    static final int LONG_LINE = 1500;
    private static final int LONG_LINE_SENTENCES = 10;
    /** A line holding nearly all of a file's text is a flattened file even when the text is short. */
    private static final int MOSTLY_ONE_LINE = 400;
    private static final double MOSTLY_SHARE = 0.9;
    private static final int MOSTLY_SENTENCES = 5;

    record Result(List<SourceLine> lines, List<Problem> notes) {
    }

    private FlattenedText() {
    }

    static Result rebuild(String path, List<SourceLine> lines) {
        int fileChars = 0;
        for (SourceLine line : lines) {
            fileChars += line.text().length();
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        List<Problem> notes = new ArrayList<>();
        for (SourceLine line : lines) {
            if (!isFlattened(line.text(), fileChars)) {
                out.add(line);
                continue;
            }
            List<String> paragraphs = ParagraphCuts.paragraphs(line.text());
            for (String p : paragraphs) {
                out.add(new SourceLine(line.number(), p, SourceLine.trim(p)));
            }
            notes.add(Problem.note(path, line.number(),
                    "flattened text (no line breaks): rebuilt into " + paragraphs.size() + " paragraphs"));
        }
        return new Result(out, notes);
    }

    /**
     * A line is flattened when it is longer than any paragraph, when a paragraph indent stands inside it after a
     * sentence end, or when it holds nearly all of its file's text in several sentences.
     */
    static boolean isFlattened(String text, int fileChars) {
        if (text.length() < 200) {
            return false;
        }
        int sentences = ParagraphCuts.sentenceEnds(text);
        if (text.length() >= LONG_LINE && sentences >= LONG_LINE_SENTENCES) {
            return true;
        }
        if (ParagraphCuts.INNER_INDENT.matcher(text).find()) {
            return true;
        }
        return text.length() >= MOSTLY_ONE_LINE && sentences >= MOSTLY_SENTENCES
                && text.length() >= MOSTLY_SHARE * fileChars;
    }
}
