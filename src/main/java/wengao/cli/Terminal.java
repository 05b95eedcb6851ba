package wengao.cli;

/**
 * Whether output goes to a person at a terminal (a live progress line) or to a log (one line per stage). CI
 * services set {@code CI}; a build relaunched in the tuned JVM has a pipe for its input, so its parent, which can
 * see the terminal, tells it through {@link #PROPERTY}.
 */
final class Terminal {

    static final String PROPERTY = "wengao.terminal";

    private Terminal() {
    }

    static boolean interactive() {
        String told = System.getProperty(PROPERTY);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        return !inCi(System.getenv("CI")) && attached();
    }

    /** {@code CI=true} as GitHub Actions and GitLab CI set it; any value but false and 0 counts. */
    static boolean inCi(String ci) {
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

    /**
     * Java 17 has a console only when input and output are both a terminal; from Java 22 there is always one, and
     * {@code isTerminal()} says whether it is one.
     */
    private static boolean attached() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
