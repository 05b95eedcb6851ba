package wengao.cli;

/** The exit codes scripts and CI rely on. */
final class ExitCodes {
    static final int OK = 0;
    static final int INPUT_PROBLEMS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
