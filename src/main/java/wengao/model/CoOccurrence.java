package wengao.model;

/** Another theme mentioned alongside one: in how many of the same paragraphs and the same speeches. */
public record CoOccurrence(String theme, int paragraphs, int speeches) implements java.io.Serializable {
}
