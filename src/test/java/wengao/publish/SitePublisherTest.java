package wengao.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.model.OutputFile;
import wengao.model.Problem;

/**
 * What publish never does: replace a folder it did not write, write outside the site, write one path twice. Each
 * refusal is one error line naming the output folder, and nothing on disk changes.
 */
class SitePublisherTest {

    @TempDir
    Path tmp;

    static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file under {@code dir} with its text, sorted: what a refusal must leave as it was. */
    static List<String> tree(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                out.add(Files.isDirectory(p) ? rel + "/" : rel + " = " + Files.readString(p));
            }
        }
        return out;
    }

    static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::format).toList();
    }

    /** A hundred files made in a cache folder, as the search export makes its buckets, and where they go. */
    private static List<OutputFile> bucketsIn(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Path f = Files.writeString(folder.resolve(Integer.toHexString(i) + ".js"), "bucket " + i);
            files.add(OutputFile.ofFile("search/p/" + f.getFileName(), f));
        }
        files.add(file("index.html", "home"));
        return files;
    }

    @Test
    void aCacheFolderHoldingExactlyOneSiteFoldersFilesIsMovedInWhole() throws IOException {
        Path cache = tmp.resolve("cache/client/p");
        List<OutputFile> files = bucketsIn(cache);
        Path out = tmp.resolve("site");
        SitePublisher.Publication p = SitePublisher.publish(files, out);
        assertTrue(p.live(), p.problems()::toString);
        assertFalse(Files.exists(cache), "moved, folder and all");
        for (int i = 0; i < 100; i++) {
            assertEquals("bucket " + i, Files.readString(out.resolve("search/p/" + Integer.toHexString(i) + ".js")));
        }
        assertEquals(100, tree(out.resolve("search/p")).size() - 1);
    }

    @Test
    void aCacheFolderHoldingMoreThanTheSitesFilesHasOnlyThoseMovedIn() throws IOException {
        Path cache = tmp.resolve("cache/client/p");
        List<OutputFile> files = bucketsIn(cache);
        Files.writeString(cache.resolve("not-in-the-site.js"), "stray");
        Path out = tmp.resolve("site");
        SitePublisher.Publication p = SitePublisher.publish(files, out);
        assertTrue(p.live(), p.problems()::toString);
        assertFalse(Files.exists(out.resolve("search/p/not-in-the-site.js")));
        assertEquals(100, tree(out.resolve("search/p")).size() - 1);
        assertEquals(List.of("/", "not-in-the-site.js = stray"), tree(cache), "what the site does not list stays where it was");
    }

    @Test
    void writesTheSiteWithItsMarkerAndReplacesItsOwnSiteNextTime() throws IOException {
        Path out = tmp.resolve("site");
        SitePublisher.Publication first = SitePublisher.publish(List.of(file("index.html", "v1"), file("speeches/a.html", "a")), out);
        assertTrue(first.live(), first.problems()::toString);
        assertTrue(Files.exists(out.resolve(SitePublisher.MARKER)));
        SitePublisher.Publication second = SitePublisher.publish(List.of(file("index.html", "v2")), out);
        assertTrue(second.live(), second.problems()::toString);
        assertEquals(List.of("/", SitePublisher.MARKER + " = This folder was written by wengao and is replaced on every build.\n",
                "index.html = v2"), tree(out).stream().map(l -> l.isEmpty() ? "/" : l).toList(), "the old site is gone whole");
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Path out = tmp.resolve("docs");
        Files.createDirectories(out.resolve("notes"));
        Files.writeString(out.resolve("notes/mine.txt"), "my notes");
        List<String> before = tree(tmp);
        SitePublisher.Publication p = SitePublisher.publish(List.of(file("index.html", "new")), out);
        assertFalse(p.live());
        assertEquals(List.of(out + ": error: refusing to replace this folder: it is not empty and was not written by wengao (no "
                + SitePublisher.MARKER + " file). Choose another --out or empty it"), lines(p.problems()));
        assertEquals(before, tree(tmp), "nothing written, nothing left beside it");
    }

    @Test
    void anEmptyFolderMayBecomeTheSite() throws IOException {
        Path out = tmp.resolve("empty");
        Files.createDirectories(out);
        SitePublisher.Publication p = SitePublisher.publish(List.of(file("index.html", "new")), out);
        assertTrue(p.live(), p.problems()::toString);
        assertEquals("new", Files.readString(out.resolve("index.html")));
    }

    @Test
    void refusesPathsOutsideTheSiteAndPathsWrittenTwiceBeforeWritingAnything() throws IOException {
        Path out = tmp.resolve("site");
        assertTrue(SitePublisher.publish(List.of(file("index.html", "old")), out).live());
        List<String> before = tree(tmp);
        String[] unsafe = {"../escape.html", "a/../../escape.html", "/etc/passwd", "C:/site/x.html", "a\\b.html", "./index.html",
                "speeches//a.html", "speeches/", ""};
        for (String path : unsafe) {
            SitePublisher.Publication p = SitePublisher.publish(List.of(file("index.html", "new"), file(path, "x")), out);
            assertFalse(p.live(), path);
            assertEquals(List.of(out + ": error: refusing to write outside the site: " + path), lines(p.problems()), path);
            assertEquals(before, tree(tmp), path);
        }
        SitePublisher.Publication twice = SitePublisher.publish(List.of(file("a/b.html", "1"), file("index.html", "new"),
                file("a/b.html", "2")), out);
        assertFalse(twice.live());
        assertEquals(List.of(out + ": error: two files would be written to a/b.html"), lines(twice.problems()));
        assertEquals(before, tree(tmp));
        SitePublisher.Publication clash = SitePublisher.publish(List.of(file("a/b", "1"), file("a/b/c.html", "2")), out);
        assertFalse(clash.live());
        assertEquals(List.of(out + ": error: a file and a folder would both be written to a/b"), lines(clash.problems()));
        assertEquals(before, tree(tmp));
    }

    @Test
    void anOutputFolderThatIsAFileIsRefused() throws IOException {
        Path out = tmp.resolve("site.html");
        Files.writeString(out, "not a folder");
        SitePublisher.Publication p = SitePublisher.publish(List.of(file("index.html", "new")), out);
        assertFalse(p.live());
        assertEquals(List.of(out + ": error: the output folder is a file; choose another --out or remove the file"), lines(p.problems()));
        assertEquals("not a folder", Files.readString(out));
    }
}
