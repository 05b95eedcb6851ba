package wengao.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import wengao.json.JsonWriter;
import wengao.model.OutputFile;
import wengao.model.PageReuse;

/**
 * Writes the client index's files, each a script {@code wengao.load(name, data);} (so that it loads from
 * {@code file://} with a script tag), and keeps the list of them for publish. Safe to share between the export's
 * workers.
 */
final class ClientFiles {

    static final String DIR = "search";

    private final Path out;
    private final List<OutputFile> written = Collections.synchronizedList(new ArrayList<>());

    ClientFiles(Path out) {
        this.out = out;
    }

    /** Writes {@code search/<name>.js} registering {@code data} (JSON: maps, lists, strings, numbers). */
    void write(String name, Object data) throws IOException {
        StringBuilder js = new StringBuilder("wengao.load(");
        JsonWriter.compact(name, js);
        js.append(',');
        JsonWriter.compact(data, js);
        js.append(");\n");
        Path file = out.resolve(name + ".js");
        Files.createDirectories(file.getParent());
        Files.writeString(file, js, StandardCharsets.UTF_8);
        written.add(OutputFile.ofFile(DIR + "/" + name + ".js", file));
    }

    /**
     * Writes {@code search/<name>.js} registering a list of two strings whose contents are given as they go between
     * the quotes (escaped, UTF-8): what {@link #write} writes for such a list, without the text in between.
     */
    void writeStrings(String name, java.io.ByteArrayOutputStream first, java.io.ByteArrayOutputStream second)
            throws IOException {
        StringBuilder head = new StringBuilder("wengao.load(");
        JsonWriter.compact(name, head);
        head.append(",[\"");
        Path file = out.resolve(name + ".js");
        Files.createDirectories(file.getParent());
        try (java.io.OutputStream js = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            js.write(head.toString().getBytes(StandardCharsets.UTF_8));
            first.writeTo(js);
            js.write(new byte[] {'"', ',', '"'});
            second.writeTo(js);
            js.write(new byte[] {'"', ']', ')', ';', '\n'});
        }
        written.add(OutputFile.ofFile(DIR + "/" + name + ".js", file));
    }

    /**
     * Takes the last build's {@code search/<name>.js} when it was made from the same {@code inputs} (null: not
     * described) and is intact; true when it did, and the file need not be written.
     */
    boolean reuse(String name, PageReuse reuse, String inputs) {
        if (inputs == null) {
            return false;
        }
        String path = DIR + "/" + name + ".js";
        Path kept = reuse.reuse(path, inputs);
        if (kept == null) {
            return false;
        }
        written.add(OutputFile.ofFile(path, kept));
        return true;
    }

    /** Every file written or taken, sorted by path. */
    List<OutputFile> files() {
        List<OutputFile> sorted = new ArrayList<>(written);
        sorted.sort(Comparator.comparing(OutputFile::path));
        return sorted;
    }
}
