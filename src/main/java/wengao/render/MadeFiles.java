package wengao.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import wengao.model.OutputFile;

/**
 * Where render puts the files it makes: a folder of the build cache, which publish moves them out of into the site,
 * so that a large site is not held in memory until publish; or memory, when there is no folder ({@code check},
 * which writes nothing). A file that cannot be put in the folder stays in memory: publish writes it, or says why it
 * cannot.
 */
final class MadeFiles {

    /** Writes a file's bytes, for a file too large to be made in memory first. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static final MadeFiles IN_MEMORY = new MadeFiles(null);

    private final Path folder;

    private MadeFiles(Path folder) {
        this.folder = folder;
    }

    /** Files kept in {@code folder}, which must be empty or absent and is left to its owner to clear. */
    static MadeFiles in(Path folder) {
        return folder == null ? IN_MEMORY : new MadeFiles(folder.toAbsolutePath().normalize());
    }

    /** The file, its bytes moved to the folder. */
    OutputFile keep(OutputFile file) {
        if (folder == null || file.content() == null) {
            return file;
        }
        try {
            Path target = target(file.path());
            if (target == null) {
                return file;
            }
            Files.write(target, file.content());
            return OutputFile.ofFile(file.path(), target);
        } catch (IOException e) {
            return file;
        }
    }

    /** The file {@code content} writes, written straight into the folder. */
    OutputFile write(String path, Content content) {
        if (folder != null) {
            try {
                Path target = target(path);
                if (target == null) {
                    throw new IOException("not a path inside the site: " + path);
                }
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                    content.writeTo(out);
                }
                return OutputFile.ofFile(path, target);
            } catch (IOException e) {
                // kept in memory below
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            content.writeTo(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return new OutputFile(path, bytes.toByteArray());
    }

    /** Where {@code path} is kept; null for a path that would leave the folder (publish refuses it, and says so). */
    private Path target(String path) throws IOException {
        Path target = folder.resolve(path).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            return null;
        }
        Files.createDirectories(target.getParent());
        return target;
    }
}
