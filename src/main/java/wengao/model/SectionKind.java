package wengao.model;

public enum SectionKind {
    /** The speech itself: its opening paragraphs and its top-level outline. */
    ROOT,
    /** A numbered heading on a line of its own (一、, （一）, 1.) or a Markdown heading. */
    HEADING,
    /** A numbered point that opens a paragraph (一是…, 一要…, 第一，…) and owns the paragraphs after it. */
    POINT,
    /** A numbered point inside a paragraph (…。二是…); it owns no paragraphs. */
    INLINE_POINT
}
