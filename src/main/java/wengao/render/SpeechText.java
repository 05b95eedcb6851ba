package wengao.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import wengao.model.OutputFile;
import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Speech;

/**
 * A speech as clean text, {@code speeches/<slug>.txt}: the title block, the salutation, then headings and paragraphs
 * in reading order, one to a line with a blank line between, and nothing of the page around them. It opens as UTF-8
 * everywhere (a byte order mark tells browsers and old Notepad so) and with Windows line ends, for the office users
 * who paste it into Word; it is also a speech wengao reads back as the same outline.
 */
final class SpeechText {

    private static final String EOL = "\r\n";
    private static final String BOM = "\uFEFF";

    private SpeechText() {
    }

    static String path(Speech s) {
        return "speeches/" + s.slug() + ".txt";
    }

    static OutputFile of(Speech s) {
        return new OutputFile(path(s), text(s).getBytes(StandardCharsets.UTF_8));
    }

    static String text(Speech s) {
        List<String> blocks = new ArrayList<>();
        StringBuilder head = new StringBuilder(s.title());
        for (String line : s.titleLines()) {
            head.append(EOL).append(line);
        }
        blocks.add(head.toString());
        if (s.salutation() != null && !s.salutation().isBlank()) {
            blocks.add(String.join(EOL, s.salutation().split("\n")));
        }
        for (Paragraph p : s.body().paragraphs()) {
            blocks.add(p.text());
        }
        for (Section child : s.body().sections()) {
            section(child, blocks);
        }
        for (Paragraph p : s.closing()) {
            blocks.add(p.text());
        }
        for (Section part : s.backMatter()) {
            section(part, blocks);
        }
        return BOM + String.join(EOL + EOL, blocks) + EOL;
    }

    private static void section(Section s, List<String> blocks) {
        boolean heading = s.kind() == SectionKind.HEADING;
        String headingText = heading ? s.label() + s.title() + s.terminator() : null;
        boolean runIn = heading && s.runIn() && !s.paragraphs().isEmpty();
        if (heading && !runIn) {
            blocks.add(headingText);
        }
        for (int i = 0; i < s.paragraphs().size(); i++) {
            String text = s.paragraphs().get(i).text();
            blocks.add(i == 0 && runIn ? headingText + text : text);
        }
        for (Section child : s.sections()) {
            section(child, blocks);
        }
    }
}
