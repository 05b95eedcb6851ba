package wengao.model;

import java.util.Locale;

/**
 * Where a theme came from: an editor's page ({@link #CURATED}), a term the speakers put in quotation marks that
 * recurs ({@link #QUOTED}), or a numbered formula such as 两个维护 or 三会一课 ({@link #FORMULA}).
 */
public enum ThemeOrigin {
    CURATED, QUOTED, FORMULA;

    /** The name data files, {@code wengao themes} and templates use: {@code curated}, {@code quoted}, {@code formula}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
