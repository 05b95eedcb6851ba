package wengao.model;

/**
 * A piece of a speech's text with the anchor a link to it uses: the title (anchor {@code title}), a title-block
 * line ({@code title-1}, …), a heading (number, title and terminator as written) or a paragraph. Themes and search work on these, so
 * both see exactly the text a page shows. {@code index} is the unit's position in {@link Speech#textUnits()}.
 */
public record TextUnit(int index, String anchor, Kind kind, String text) implements java.io.Serializable {

    public enum Kind { TITLE, TITLE_LINE, HEADING, PARAGRAPH, CLOSING }
}
