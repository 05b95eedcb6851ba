package wengao.model;

import java.util.List;

/**
 * A node of the outline the speaker used. {@code label} is the number as written (一、, （二）, 三是, 第一，);
 * {@code title} is the heading text without it, and {@code terminator} the punctuation that ended it on its line
 * (。 in （一）标题。正文), empty if none. {@code level} is 1 to 3 for headings, 0 for the root and 4 or more for
 * points. A heading that carries its body on the same line is {@code runIn}: its first paragraph continues that
 * line.
 */
public record Section(String anchor, SectionKind kind, int level, String label, String title, String terminator,
                      int line, boolean runIn, List<Paragraph> paragraphs, List<Section> sections) implements java.io.Serializable {

    public Section {
        paragraphs = List.copyOf(paragraphs);
        sections = List.copyOf(sections);
    }

    /** The heading as it stands in the source: number and title. */
    public String heading() {
        return label + title;
    }

    public boolean isPoint() {
        return kind == SectionKind.POINT || kind == SectionKind.INLINE_POINT;
    }
}
