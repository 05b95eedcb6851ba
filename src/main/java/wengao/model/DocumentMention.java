package wengao.model;

/**
 * One mention of a cited document: in speech {@code speech} (a slug), text unit {@code unit} (see
 * {@link Speech#textUnits()}) with anchor {@code anchor}, characters {@code [start, end)} of that unit's text, which
 * read {@code written} in the source, book-title marks included (《中国共产党党内监督条例》).
 */
public record DocumentMention(String speech, int unit, String anchor, int start, int end, String written) implements java.io.Serializable {

    public String url() {
        return Speech.urlOf(speech);
    }
}
