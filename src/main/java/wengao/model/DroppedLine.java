package wengao.model;

/** A source line the parser removed as boilerplate, kept so the build can report it: nothing is lost silently. */
public record DroppedLine(int line, String text, String reason) implements java.io.Serializable {
}
