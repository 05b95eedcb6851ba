package wengao.model;

/**
 * One occurrence of a theme: in speech {@code speech} (a slug), text unit {@code unit} (see
 * {@link Speech#textUnits()}), characters {@code [start, end)} of that unit's text, which read {@code text} in the
 * source. {@code position} is where in the speech it falls, from 0 (start) to 1 (end), for dispersion plots.
 */
public record Mention(String theme, String speech, int unit, String anchor, int start, int end, String text,
                      double position) implements java.io.Serializable {
}
