package wengao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The build's progress: one line per stage in a log, one line rewritten in place on a terminal. */
class StageProgressTest {

    @Test
    void aLogGetsOneLinePerStageWithItsTime() {
        StringWriter out = new StringWriter();
        try (StageProgress p = new StageProgress(new PrintWriter(out), false)) {
            p.started("ingest");
            p.finished("ingest", 912_000_000L);
            p.started("render");
            p.finished("render", 4_049_000_000L);
        }
        assertEquals("stage ingest 0.9 s\nstage render 4.0 s\n", out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aTerminalGetsALiveLineAfterTheQuietPeriodWipedAtTheEnd() throws InterruptedException {
        StringWriter out = new StringWriter();
        StageProgress p = new StageProgress(new PrintWriter(out), true, 50);
        p.started("ingest");
        p.finished("ingest", 1);
        p.speeches(2000);
        p.started("search export");
        p.started("render");
        // the elapsed seconds are the clock's: 0 unless the machine stalls, so they are matched, not fixed
        assertTrue(p.line().matches("building: search export \\+ render, 1 stage done, 2,000 speeches, \\d+ s"), p.line());
        for (int i = 0; i < 100 && !out.toString().contains("render"); i++) {
            Thread.sleep(20);
        }
        p.close();
        String shown = out.toString();
        assertTrue(shown.matches("(?s)\rbuilding: search export \\+ render, 1 stage done, 2,000 speeches, \\d+ s.*"), shown);
        assertTrue(shown.endsWith("\r" + " ".repeat(p.line().length()) + "\r"), "the line is wiped: [" + shown + "]");
        assertFalse(shown.contains("\n"), "no stage lines on a terminal");
    }

    @Test
    void aShortBuildOnATerminalShowsNothing() {
        StringWriter out = new StringWriter();
        try (StageProgress p = new StageProgress(new PrintWriter(out), true)) {
            p.started("ingest");
            p.finished("ingest", 1);
        }
        assertEquals("", out.toString());
    }

    @Test
    void ciIsTrueUnlessSetToFalse() {
        assertTrue(Terminal.inCi("true"));
        assertTrue(Terminal.inCi("1"));
        assertFalse(Terminal.inCi(null));
        assertFalse(Terminal.inCi(""));
        assertFalse(Terminal.inCi("false"));
    }
}
