package wengao.cli;

import java.io.PrintWriter;
import java.util.List;
import wengao.model.Problem;

/** The exit codes scripts and CI rely on. */
final class ExitCodes {
    static final int OK = 0;
    static final int INPUT_PROBLEMS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }

    /** Prints {@code problems} one per line; the code is {@link #INPUT_PROBLEMS} when one of them is an error. */
    static int printed(PrintWriter err, List<Problem> problems) {
        int code = OK;
        for (Problem p : problems) {
            err.println(p.format());
            if (p.isError()) {
                code = INPUT_PROBLEMS;
            }
        }
        return code;
    }
}
