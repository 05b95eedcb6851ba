package wengao.model;

import java.util.Locale;

/**
 * What became of a term discovery considered: it has a page ({@link #THEME}), an editor already covers it
 * ({@link #CURATED}), it is below the frequency floor ({@link #RARE}) or on the stop list ({@link #STOP}).
 */
public enum CandidateStatus {
    THEME, CURATED, RARE, STOP;

    /** The name {@code wengao themes --candidates} prints: {@code theme}, {@code curated}, {@code rare}, {@code stop}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
