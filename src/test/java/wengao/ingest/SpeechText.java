package wengao.ingest;

import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.Speech;

/** Everything a speech keeps, in document order, without separators: for checks that no sentence is lost. */
final class SpeechText {

    private SpeechText() {
    }

    static String kept(Speech s) {
        StringBuilder out = new StringBuilder();
        s.preamble().forEach(out::append);
        if (s.headline() != null) {
            out.append(s.headline());
        }
        out.append(s.title());
        s.titleLines().forEach(out::append);
        if (s.salutation() != null) {
            out.append(s.salutation());
        }
        section(s.body(), out);
        for (Paragraph p : s.closing()) {
            out.append(p.text());
        }
        s.backMatter().forEach(part -> section(part, out));
        return out.toString().replaceAll("[\\s\u3000\u00a0\ufeff]+", "");
    }

    private static void section(Section s, StringBuilder out) {
        // a point's number and title are the opening words of its own paragraph: counting them twice would break
        // a sentence that runs from the paragraph before into the point (…/摄 第三，…; 我建议：第一，…)
        if (!s.isPoint()) {
            out.append(s.label()).append(s.title()).append(s.terminator());
        }
        for (Paragraph p : s.paragraphs()) {
            out.append(p.text());
        }
        for (Section child : s.sections()) {
            section(child, out);
        }
    }
}
