package wengao.model;

/**
 * Something wrong with the input, reported instead of thrown so that a build can name every problem at once.
 * {@code line} is 1-based; 0 means the problem concerns the whole file (or no file, when {@code file} is empty).
 */
public record Problem(String file, int line, Severity severity, String message) implements java.io.Serializable {

    public static Problem error(String file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    public static Problem note(String file, int line, String message) {
        return new Problem(file, line, Severity.NOTE, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form editors and CI logs see: {@code file:line: severity: message}. */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (!file.isEmpty()) {
            out.append(file);
            if (line > 0) {
                out.append(':').append(line);
            }
            out.append(": ");
        }
        return out.append(severity.word()).append(": ").append(message).toString();
    }
}
