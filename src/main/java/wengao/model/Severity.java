package wengao.model;

/** How serious a problem is: an error fails the build, a warning fails it under --strict, a note never does. */
public enum Severity {
    /** A fact for editors (a file was rebuilt, say): neither warning nor error. */
    NOTE("note"),
    WARNING("warning"),
    ERROR("error");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
