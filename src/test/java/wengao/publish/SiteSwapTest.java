package wengao.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.model.OutputFile;
import wengao.model.Problem;

/**
 * Publishing when a step of the swap fails: exactly one of the old and the new site is left, the message says
 * which, and what is left over is repaired by the next build. The failures are injected (tests run as root, whom
 * permissions do not stop); one test makes a real folder immutable where the file system allows it.
 */
class SiteSwapTest {

    @TempDir
    Path tmp;

    private static List<OutputFile> site(String version) {
        return List.of(new OutputFile("index.html", ("<p>" + version + "</p>").getBytes(StandardCharsets.UTF_8)),
                new OutputFile("speeches/a.html", ("a " + version).getBytes(StandardCharsets.UTF_8)));
    }

    private Path out() {
        return tmp.resolve("site");
    }

    private String index() throws IOException {
        return Files.readString(out().resolve("index.html"));
    }

    /** The names beside the site: what a build leaves there. */
    private List<String> beside() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The real disk, but the operations {@code fails} picks throw "Operation not permitted" on their first path. */
    private static Disk failing(BiPredicate<String, Path> fails) {
        return new Disk() {
            @Override
            public void move(Path from, Path to) throws IOException {
                if (fails.test("move", from)) {
                    throw new FileSystemException(from.toString(), to.toString(), "Operation not permitted");
                }
                Disk.REAL.move(from, to);
            }

            @Override
            public void deleteTree(Path root) throws IOException {
                if (fails.test("delete", root)) {
                    throw new FileSystemException(root.resolve("index.html").toString(), null, "Operation not permitted");
                }
                Disk.REAL.deleteTree(root);
            }
        };
    }

    private static String named(Path p) {
        return p.getFileName().toString();
    }

    private static String onlyLine(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0).format();
    }

    @Test
    void whenThePreviousSiteCannotBeRemovedTheNewOneIsLiveAndTheMessageSaysSo() throws IOException {
        assertTrue(SitePublisher.publish(site("v1"), out()).live());
        SitePublisher.Publication p = SitePublisher.publish(site("v2"), out(),
                failing((op, path) -> op.equals("delete") && named(path).equals(".site.old")));
        assertTrue(p.live());
        assertEquals("<p>v2</p>", index());
        String line = onlyLine(p.problems());
        assertEquals(out() + ": warning: the new site is in place, but the previous one could not be removed from "
                + tmp.resolve(".site.old") + ": " + tmp.resolve(".site.old/index.html")
                + ": operation not permitted; the next build removes it", line);
        assertFalse(line.contains("previous site was left in place"));

        SitePublisher.Publication next = SitePublisher.publish(site("v3"), out());
        assertTrue(next.live());
        assertEquals(List.of(), next.problems(), "the leftover does not stop the next build");
        assertEquals("<p>v3</p>", index());
        assertEquals(List.of("site"), beside());
    }

    @Test
    void whenThePreviousSiteCannotBeMovedAsideItStaysAndNothingIsLeftOver() throws IOException {
        assertTrue(SitePublisher.publish(site("v1"), out()).live());
        SitePublisher.Publication p = SitePublisher.publish(site("v2"), out(),
                failing((op, path) -> op.equals("move") && path.equals(out())));
        assertFalse(p.live());
        assertEquals(out() + ": error: cannot move the previous site aside to " + tmp.resolve(".site.old")
                + ": operation not permitted; the previous site was left in place", onlyLine(p.problems()));
        assertEquals("<p>v1</p>", index());
        assertEquals(List.of("site"), beside());
    }

    @Test
    void whenTheNewSiteCannotBeMovedInThePreviousOneIsPutBack() throws IOException {
        assertTrue(SitePublisher.publish(site("v1"), out()).live());
        SitePublisher.Publication p = SitePublisher.publish(site("v2"), out(),
                failing((op, path) -> op.equals("move") && named(path).equals(".site.staging")));
        assertFalse(p.live());
        assertEquals(out() + ": error: cannot move the new site into place: operation not permitted; the previous site "
                + "was left in place", onlyLine(p.problems()));
        assertEquals("<p>v1</p>", index());
        assertEquals(List.of("site"), beside());
    }

    @Test
    void whenNeitherSiteCanBeMovedInTheMessageSaysWhereTheyAreAndTheNextBuildRepairsIt() throws IOException {
        assertTrue(SitePublisher.publish(site("v1"), out()).live());
        SitePublisher.Publication p = SitePublisher.publish(site("v2"), out(),
                failing((op, path) -> op.equals("move") && !path.equals(out())));
        assertFalse(p.live());
        assertEquals(out() + ": error: cannot move the new site into place: operation not permitted, nor the previous "
                + "site back: operation not permitted; the previous site is in " + tmp.resolve(".site.old")
                + " and the new one in " + tmp.resolve(".site.staging") + "; the next build puts the previous one back",
                onlyLine(p.problems()));
        assertEquals("<p>v1</p>", Files.readString(tmp.resolve(".site.old/index.html")), "the message is true");

        assertEquals(List.of(), SitePublisher.recover(out()), "a build that fails on its input still repairs the site");
        assertEquals("<p>v1</p>", index());
        assertEquals(List.of("site"), beside());
    }

    @Test
    void aBuildThatStoppedBetweenTheTwoRenamesIsRepairedByTheNext() throws IOException {
        assertTrue(SitePublisher.publish(site("v1"), out()).live());
        // What a build killed after moving the site aside leaves: no site, the previous one aside, a full staging folder.
        Files.move(out(), tmp.resolve(".site.old"));
        Files.createDirectories(tmp.resolve(".site.staging/speeches"));
        Files.writeString(tmp.resolve(".site.staging/index.html"), "half");
        SitePublisher.Publication p = SitePublisher.publish(site("v2"), out());
        assertTrue(p.live());
        assertEquals(List.of(), p.problems());
        assertEquals("<p>v2</p>", index());
        assertEquals(List.of("site"), beside());
    }

    @Test
    void aLeftoverThatCannotBeRemovedIsReportedAndStepsAside() throws IOException {
        assertTrue(SitePublisher.publish(site("v1"), out()).live());
        Files.createDirectories(tmp.resolve(".site.old"));
        Files.writeString(tmp.resolve(".site.old/index.html"), "stuck");
        SitePublisher.Publication p = SitePublisher.publish(site("v2"), out(),
                failing((op, path) -> op.equals("delete") && named(path).equals(".site.old")));
        assertTrue(p.live(), p.problems()::toString);
        assertEquals(out() + ": warning: cannot remove " + tmp.resolve(".site.old") + ", left by an earlier build: "
                + tmp.resolve(".site.old/index.html") + ": operation not permitted; remove it by hand", onlyLine(p.problems()));
        assertEquals("<p>v2</p>", index());
        assertEquals(List.of(".site.old", "site"), beside(), "this build moved its previous site to a fresh name and removed it");
        assertEquals(List.of(), SitePublisher.publish(site("v3"), out()).problems());
        assertEquals(List.of("site"), beside());
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAsInTheSiteNotInTheStagingFolder() throws IOException {
        assertTrue(SitePublisher.publish(site("v1"), out()).live());
        String longName = "speeches/" + "a".repeat(256) + ".html";
        List<OutputFile> files = new java.util.ArrayList<>(site("v2"));
        files.add(new OutputFile(longName, new byte[] {1}));
        SitePublisher.Publication p = SitePublisher.publish(files, out());
        assertFalse(p.live());
        String line = onlyLine(p.problems());
        assertEquals(out() + ": error: cannot write " + longName + ": file name too long; the previous site was left in place", line);
        assertEquals("<p>v1</p>", index());
        assertEquals(List.of("site"), beside());
    }

    @Test
    void aFileWhereTheSiteMustGoIsSaidInWords() throws IOException {
        Files.writeString(tmp.resolve("file"), "x");
        SitePublisher.Publication p = SitePublisher.publish(site("v1"), tmp.resolve("file/site"));
        assertFalse(p.live());
        assertEquals(tmp.resolve("file/site") + ": error: cannot write the site: " + tmp.resolve("file")
                + ": a file is in the way where a folder must go; no site was written", onlyLine(p.problems()));
        p = SitePublisher.publish(site("v1"), tmp.resolve("file"));
        assertEquals(tmp.resolve("file") + ": error: the output folder is a file; choose another --out or remove the file",
                onlyLine(p.problems()));
    }

    /** The real thing where the file system allows it: a folder of the previous site that even root cannot change. */
    @Test
    void aPreviousSiteThatCannotBeChangedLeavesTheNewSiteLiveAndLaterBuildsWorking() throws Exception {
        assertTrue(SitePublisher.publish(site("v1"), out()).live());
        Path stuck = out().resolve("speeches");
        assumeTrue(chattr("+i", stuck), "chattr +i is not available here");
        try {
            SitePublisher.Publication p = SitePublisher.publish(site("v2"), out());
            assertTrue(p.live());
            assertEquals("<p>v2</p>", index());
            String line = onlyLine(p.problems());
            assertTrue(line.startsWith(out() + ": warning: the new site is in place, but the previous one could not be removed from "
                    + tmp.resolve(".site.old") + ": "), line);
            assertTrue(line.endsWith(": operation not permitted; the next build removes it"), line);

            SitePublisher.Publication later = SitePublisher.publish(site("v3"), out());
            assertTrue(later.live(), later.problems()::toString);
            assertEquals("<p>v3</p>", index());
            assertTrue(onlyLine(later.problems()).startsWith(out() + ": warning: cannot remove " + tmp.resolve(".site.old")));
        } finally {
            chattr("-i", tmp.resolve(".site.old/speeches"));
        }
        assertEquals(List.of(), SitePublisher.publish(site("v4"), out()).problems());
        assertEquals(List.of("site"), beside());
    }

    private static boolean chattr(String flag, Path p) throws InterruptedException {
        try {
            Process proc = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return proc.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
