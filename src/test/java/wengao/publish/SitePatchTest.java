package wengao.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.model.OutputFile;

/**
 * Publishing a site that is mostly unchanged replaces only what changed: the site ends exactly as a site written
 * whole would, unchanged files are not touched, and a build stopped while the changed files move in is finished
 * by the next one.
 */
class SitePatchTest {

    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("site");
    }

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Ten pages and a search file, in version {@code v}. */
    private static List<OutputFile> whole(String v) {
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(file("speeches/" + i + ".html", "page " + i));
        }
        files.add(file("search/p/1.js", "postings " + v));
        files.add(file("old/gone.html", "will go"));
        return files;
    }

    /** The next version: page 3 changed, a page added, old/ gone, a file where a folder was; the rest kept in place. */
    private List<OutputFile> next() {
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String path = "speeches/" + i + ".html";
            files.add(i == 3 ? file(path, "page 3, corrected") : OutputFile.ofFile(path, out().resolve(path)));
        }
        files.add(file("speeches/10.html", "page 10"));
        files.add(file("search/p/1.js", "postings v2"));
        files.add(file("old", "a file where a folder was"));
        return files;
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return m;
    }

    private List<String> beside() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("whole")).sorted().toList();
        }
    }

    /** What writing {@link #next} whole gives, for comparison. */
    private Map<String, String> expected() throws IOException {
        Path whole = tmp.resolve("whole");
        List<OutputFile> files = new ArrayList<>();
        for (OutputFile f : next()) {
            files.add(f.source() == null ? f : new OutputFile(f.path(), Files.readAllBytes(f.source())));
        }
        assertTrue(SitePublisher.publish(files, whole).live());
        return contents(whole);
    }

    @Test
    void aMostlyUnchangedSiteGetsOnlyItsChangesAndEndsAsIfWrittenWhole() throws IOException {
        assertTrue(SitePublisher.publish(whole("v1"), out()).live());
        Object keptFile = Files.readAttributes(out().resolve("speeches/5.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Map<String, String> expected = expected();

        SitePublisher.Publication p = SitePublisher.publish(next(), out());
        assertTrue(p.live(), p.problems()::toString);
        assertEquals(expected, contents(out()));
        assertEquals(keptFile, Files.readAttributes(out().resolve("speeches/5.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "an unchanged file is left where it is");
        assertEquals(List.of("site"), beside().stream().filter(n -> !n.endsWith(".lock")).toList(),
                "nothing is left beside the site");
    }

    @Test
    void aSiteMostlyChangedIsWrittenWhole() throws IOException {
        assertTrue(SitePublisher.publish(whole("v1"), out()).live());
        Object before = Files.readAttributes(out().resolve("speeches/5.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        List<OutputFile> changed = new ArrayList<>();
        for (OutputFile f : whole("v2")) {
            changed.add(file(f.path(), "new " + f.path()));
        }
        assertTrue(SitePublisher.publish(changed, out()).live());
        assertEquals("new speeches/5.html", Files.readString(out().resolve("speeches/5.html")));
        assertFalse(before.equals(Files.readAttributes(out().resolve("speeches/5.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey()), "a new file, in a new site");
    }

    @Test
    void aBuildStoppedWhileMovingTheChangesInIsFinishedByTheNext() throws IOException {
        assertTrue(SitePublisher.publish(whole("v1"), out()).live());
        Map<String, String> expected = expected();
        Disk failsOnPage10 = new Disk() {
            @Override
            public void move(Path from, Path to) throws IOException {
                Disk.REAL.move(from, to);
            }

            @Override
            public void replace(Path from, Path to) throws IOException {
                if (from.getFileName().toString().equals("10.html")) {
                    throw new FileSystemException(from.toString(), to.toString(), "Operation not permitted");
                }
                Disk.REAL.replace(from, to);
            }

            @Override
            public void deleteTree(Path root) throws IOException {
                Disk.REAL.deleteTree(root);
            }
        };
        SitePublisher.Publication p = SitePublisher.publish(next(), out(), failsOnPage10);
        assertFalse(p.live());
        assertEquals(1, p.problems().size(), p.problems()::toString);
        assertTrue(p.problems().get(0).message().contains("the next build moves it in"), p.problems().toString());
        assertFalse(Files.exists(out().resolve("speeches/10.html")), "the move that failed did not happen");

        assertEquals(List.of(), SitePublisher.recover(out()));
        assertEquals(expected, contents(out()), "the next build finished the patch");
        assertEquals(List.of("site"), beside().stream().filter(n -> !n.endsWith(".lock")).toList());
    }

    /** Fails to move the staged file of that name into the site, as a build stopped at that moment would. */
    private static Disk failingToMove(String name) {
        return new Disk() {
            @Override
            public void move(Path from, Path to) throws IOException {
                Disk.REAL.move(from, to);
            }

            @Override
            public void replace(Path from, Path to) throws IOException {
                if (from.getFileName().toString().equals(name)) {
                    throw new FileSystemException(from.toString(), to.toString(), "Operation not permitted");
                }
                Disk.REAL.replace(from, to);
            }

            @Override
            public void deleteTree(Path root) throws IOException {
                Disk.REAL.deleteTree(root);
            }
        };
    }

    @Test
    void aBuildStoppedBetweenRemovingAChangedFileAndMovingItsNewVersionInIsFinishedByTheNext() throws IOException {
        assertTrue(SitePublisher.publish(whole("v1"), out()).live());
        Map<String, String> expected = expected();
        SitePublisher.Publication p = SitePublisher.publish(next(), out(), failingToMove("3.html"));
        assertFalse(p.live());
        assertFalse(Files.exists(out().resolve("speeches/3.html")),
                "the old version went first, so that the new one moves to a free name");
        assertTrue(Files.exists(tmp.resolve(".site.staging/speeches/3.html")), "the new version waits, staged");

        assertEquals(List.of(), SitePublisher.recover(out()));
        assertEquals(expected, contents(out()), "the next build moved the new version in");
        assertEquals(List.of("site"), beside().stream().filter(n -> !n.endsWith(".lock")).toList());
    }

    @Test
    void aFileTakesThePlaceOfAnEmptyFolderAsInASiteWrittenWhole() throws IOException {
        assertTrue(SitePublisher.publish(whole("v1"), out()).live());
        Files.createDirectories(out().resolve("speeches/10.html"));
        Map<String, String> expected = expected();
        SitePublisher.Publication p = SitePublisher.publish(next(), out());
        assertTrue(p.live(), p.problems()::toString);
        assertEquals(expected, contents(out()));
        assertTrue(Files.isRegularFile(out().resolve("speeches/10.html")));
    }

    @Test
    void aBuildStoppedBeforeItsPlanLeftTheSiteAsItWas() throws IOException {
        assertTrue(SitePublisher.publish(whole("v1"), out()).live());
        Map<String, String> before = contents(out());
        Path staging = tmp.resolve(".site.staging");
        Files.createDirectories(staging.resolve("speeches"));
        Files.writeString(staging.resolve("speeches/3.html"), "half-written");
        assertEquals(List.of(), SitePublisher.recover(out()));
        assertEquals(before, contents(out()));
        assertFalse(Files.exists(staging));
    }
}
