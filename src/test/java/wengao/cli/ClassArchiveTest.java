package wengao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tuned child's class-data archive: seen once, written the second time, mapped from then on. */
class ClassArchiveTest {

    @TempDir
    Path tmp;

    @Test
    void aJarIsMarkedSeenThenArchivedThenMapped() throws IOException {
        Path jar = Files.write(tmp.resolve("app.jar"), new byte[] {1, 2, 3});
        Path cache = tmp.resolve(".wengao-cache");

        ClassArchive first = ClassArchive.of(cache, jar.toString());
        assertEquals(List.of(), archiveOptions(first.options()), "a jar seen for the first time: no archive yet");

        ClassArchive second = ClassArchive.of(cache, jar.toString());
        List<String> writing = archiveOptions(second.options());
        assertEquals(1, writing.size(), writing.toString());
        assertTrue(writing.get(0).startsWith("-XX:ArchiveClassesAtExit="), writing.toString());
        Path part = Path.of(writing.get(0).substring(writing.get(0).indexOf('=') + 1));
        Files.write(part, new byte[] {42}); // what the child JVM writes as it exits
        second.settle(0);
        assertFalse(Files.exists(part));

        List<String> mapping = archiveOptions(ClassArchive.of(cache, jar.toString()).options());
        assertEquals(1, mapping.size(), mapping.toString());
        assertTrue(mapping.get(0).startsWith("-XX:SharedArchiveFile="), mapping.toString());
        Path archive = Path.of(mapping.get(0).substring(mapping.get(0).indexOf('=') + 1));
        assertEquals(42, Files.readAllBytes(archive)[0]);
    }

    @Test
    void aChildThatFailedLeavesNoArchive() throws IOException {
        Path jar = Files.write(tmp.resolve("app.jar"), new byte[] {1});
        Path cache = tmp.resolve(".wengao-cache");
        ClassArchive writing = secondRun(cache, jar);
        Path part = childWrites(writing);
        writing.settle(1);
        assertFalse(Files.exists(part), "a torn archive is never kept");
        String next = archiveOptions(ClassArchive.of(cache, jar.toString()).options()).get(0);
        assertTrue(next.startsWith("-XX:ArchiveClassesAtExit="), "the next build writes it again: " + next);
    }

    @Test
    void aNewJarStartsOverAndClearsTheOldArchive() throws IOException {
        Path jar = Files.write(tmp.resolve("app.jar"), new byte[] {1});
        Path cache = tmp.resolve(".wengao-cache");
        ClassArchive writing = secondRun(cache, jar);
        childWrites(writing);
        writing.settle(0);
        try (var files = Files.list(cache.resolve(ClassArchive.FOLDER))) {
            assertEquals(2, files.count(), "the mark and the archive");
        }

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertEquals(List.of(), archiveOptions(ClassArchive.of(cache, jar.toString()).options()),
                "a rebuilt jar is a new jar: seen first");
        try (var files = Files.list(cache.resolve(ClassArchive.FOLDER))) {
            assertEquals(1, files.count(), "only the new jar's mark is left");
        }
    }

    @Test
    void aClassPathWithAFolderGetsNoArchive() throws IOException {
        Path jar = Files.write(tmp.resolve("app.jar"), new byte[] {1});
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        assertNull(ClassArchive.of(tmp.resolve(".wengao-cache"), jar + java.io.File.pathSeparator + classes));
        assertNotNull(ClassArchive.of(tmp.resolve(".wengao-cache"), jar.toString()));
    }

    /** A real JVM, three times on a real jar: the third maps the classes the second archived. */
    @Test
    void aRealJvmMapsTheArchiveOnTheThirdRun() throws Exception {
        Path jar = tmp.resolve("probe.jar");
        String name = Probe.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var in = Probe.class.getClassLoader().getResourceAsStream(name)) {
            out.putNextEntry(new JarEntry(name));
            in.transferTo(out);
        }
        Path cache = tmp.resolve(".wengao-cache");
        for (int run = 1; run <= 3; run++) {
            ClassArchive archive = ClassArchive.of(cache, jar.toString());
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(archive.options());
            command.add("-Xlog:class+load=info");
            command.addAll(List.of("-cp", jar.toString(), Probe.class.getName()));
            Path log = tmp.resolve("log" + run + ".txt");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            int code = p.exitValue();
            archive.settle(code);
            String output = Files.readString(log);
            assertEquals(0, code, output);
            assertTrue(output.contains("probe ran"), output);
            String probeLine = output.lines().filter(l -> l.contains(Probe.class.getName() + " source:"))
                    .findFirst().orElse("");
            assertEquals(run == 3, probeLine.contains("shared objects file"), "run " + run + ": " + probeLine);
        }
    }

    /** The archive of a jar's second build, which writes it. */
    private static ClassArchive secondRun(Path cache, Path jar) {
        ClassArchive.of(cache, jar.toString()).options();
        return ClassArchive.of(cache, jar.toString());
    }

    /** Writes what the child JVM writes where the options tell it to archive its classes; returns that file. */
    private static Path childWrites(ClassArchive writing) throws IOException {
        String option = archiveOptions(writing.options()).get(0);
        assertTrue(option.startsWith("-XX:ArchiveClassesAtExit="), option);
        return Files.write(Path.of(option.substring(option.indexOf('=') + 1)), new byte[] {42});
    }

    private static List<String> archiveOptions(List<String> options) {
        return options.stream().filter(o -> o.startsWith("-XX:")).toList();
    }

    /** The class the real JVM runs from its jar. */
    static final class Probe {
        public static void main(String[] args) {
            System.out.println("probe ran");
        }
    }
}
