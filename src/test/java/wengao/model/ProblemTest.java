package wengao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one-line form of a problem, {@code file:line: severity: message}, as editors and CI logs read it. */
class ProblemTest {

    @Test
    void formatNamesFileLineSeverityAndMessage() {
        String[][] table = {
                // file, line, severity, expected
                {"speeches/a.txt", "12", "ERROR", "speeches/a.txt:12: error: bad"},
                {"speeches/a.txt", "0", "WARNING", "speeches/a.txt: warning: bad"},
                {"", "0", "NOTE", "note: bad"},
                {"", "7", "ERROR", "error: bad"},
        };
        for (String[] row : table) {
            Problem p = new Problem(row[0], Integer.parseInt(row[1]), Severity.valueOf(row[2]), "bad");
            assertEquals(row[3], p.format(), String.join(" | ", row));
        }
    }

    @Test
    void onlyErrorsAreErrors() {
        assertTrue(Problem.error("f", 1, "m").isError());
        assertFalse(Problem.warning("f", 1, "m").isError());
        assertFalse(Problem.note("f", 1, "m").isError());
        assertEquals(Severity.NOTE, Problem.note("f", 1, "m").severity());
    }
}
