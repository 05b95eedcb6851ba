package wengao.model;

/**
 * Words a speech quotes and attributes to someone (习近平总书记强调：“…”): {@code speaker} is the attribution as written
 * (习近平总书记, 毛泽东同志), {@code text} the quoted words without the quotation marks; in speech {@code speech} (a
 * slug), text unit {@code unit} with anchor {@code anchor}.
 */
public record Quotation(String speaker, String text, String speech, int unit, String anchor) implements java.io.Serializable {

    public String url() {
        return Speech.urlOf(speech);
    }
}
