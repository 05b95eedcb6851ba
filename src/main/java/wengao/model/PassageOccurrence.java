package wengao.model;

/**
 * One use of a shared passage: in speech {@code speech} (a slug), text unit {@code unit} (see
 * {@link Speech#textUnits()}) with anchor {@code anchor}, characters {@code [start, end)} of that unit's text, which
 * read {@code text} in the source (the run widened to whole clauses where they end a few characters away).
 */
public record PassageOccurrence(String speech, int unit, String anchor, int start, int end, String text) implements java.io.Serializable {

    public String url() {
        return Speech.urlOf(speech);
    }
}
