package wengao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is taken by its stamp only when it cannot have changed since the last build read it. */
class FileFingerprintsTest {

    @TempDir
    Path tmp;

    private Path kept;
    private Path probe;

    @BeforeEach
    void paths() throws IOException {
        kept = tmp.resolve("cache/fingerprints.bin");
        probe = tmp.resolve("cache.clock");
        Files.createDirectories(kept.getParent());
        assumeTrue(FileFingerprints.stamp(tmp) != null, "the file system gives status-change times");
    }

    /** Waits until the file system's clock has moved past the last change of {@code file}. */
    private void pastTheTickOf(Path file) throws IOException, InterruptedException {
        long changed = FileFingerprints.stamp(file).changed();
        Path scratch = tmp.resolve("scratch");
        for (int i = 0; i < 500; i++) {
            Files.write(scratch, new byte[] {1});
            if (FileFingerprints.stamp(scratch).changed() > changed) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the file system's clock did not move in five seconds");
    }

    /** One build: loads the last build's fingerprints, asks for {@code file}'s, keeps them. */
    private String build(Path file, boolean[] taken) throws IOException {
        FileFingerprints f = FileFingerprints.load(kept, probe);
        String unchanged = f.unchanged(file);
        taken[0] = unchanged != null;
        String fingerprint = f.of(file);
        f.save(kept);
        return fingerprint;
    }

    @Test
    void aFileAsTheLastBuildReadItIsTakenAndAnyChangeToItIsSeen() throws IOException, InterruptedException {
        Path file = tmp.resolve("speech.txt");
        Files.writeString(file, "第一稿", StandardCharsets.UTF_8);
        FileTime written = Files.getLastModifiedTime(file);
        pastTheTickOf(file);
        boolean[] taken = new boolean[1];
        String first = build(file, taken);
        assertEquals(Fingerprint.of(Files.readAllBytes(file)), first);
        assertTrue(!taken[0], "nothing kept yet");
        assertEquals(first, build(file, taken));
        assertTrue(taken[0], "unchanged since the last build read it: taken by its stamp");

        // Same size, and the modification time set back: the status-change time still moves.
        Files.writeString(file, "第二稿", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, written);
        String second = build(file, taken);
        assertTrue(!taken[0], "a rewrite with the same size and time is read again");
        assertEquals(Fingerprint.of("第二稿".getBytes(StandardCharsets.UTF_8)), second);

        // Replaced by another file of the same bytes' size: another inode.
        Path other = tmp.resolve("other.txt");
        Files.writeString(other, "第三稿", StandardCharsets.UTF_8);
        Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        pastTheTickOf(file);
        assertEquals(Fingerprint.of("第三稿".getBytes(StandardCharsets.UTF_8)), build(file, taken));
        assertTrue(!taken[0]);
    }

    @Test
    void aFileChangedAfterTheLastBuildStartedIsReadAgainThoughItsStampIsTheSame() throws IOException,
            InterruptedException {
        Path file = tmp.resolve("speech.txt");
        // The build starts (its probe), then the file is written and read in the same run: an edit right after,
        // within the same tick of the file system's clock, would leave its stamp as it was.
        FileFingerprints one = FileFingerprints.load(kept, probe);
        Files.writeString(file, "初稿", StandardCharsets.UTF_8);
        one.of(file);
        one.save(kept);
        FileFingerprints two = FileFingerprints.load(kept, probe);
        assertNull(two.unchanged(file), "changed at or after the last build's start: not trusted");
        two.of(file);
        two.save(kept);
        FileFingerprints three = FileFingerprints.load(kept, probe);
        assertNotNull(three.unchanged(file), "read by a build that started after its change: trusted");
    }

    @Test
    void aDamagedFileOfFingerprintsTrustsNothing() throws IOException, InterruptedException {
        Path file = tmp.resolve("speech.txt");
        Files.writeString(file, "稿", StandardCharsets.UTF_8);
        pastTheTickOf(file);
        boolean[] taken = new boolean[1];
        build(file, taken);
        byte[] bytes = Files.readAllBytes(kept);
        bytes[bytes.length - 12] ^= 1;
        Files.write(kept, bytes);
        build(file, taken);
        assertTrue(!taken[0], "a damaged record is not trusted");
        build(file, taken);
        assertTrue(taken[0], "and is made anew");
    }
}
