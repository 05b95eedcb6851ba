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
 * {@code file://} with a script tag), and keeps the list of them for publish. A file whose bytes come out as the
 * last build's is not written: the site's copy is taken ({@code same}, described by a fingerprint of its bytes),
 * so an incremental build neither writes nor publishes the thousands of postings files a change leaves as they
 * were. Safe to share between the export's workers.
 */
final class ClientFiles {

    static final String DIR = "search";

    private final Path out;
    private final PageReuse same;
    private final List<OutputFile> written = Collections.synchronizedList(new ArrayList<>());

    ClientFiles(Path out) {
        this(out, PageReuse.NONE);
    }

    ClientFiles(Path out, PageReuse same) {
        this.out = out;
        this.same = same;
    }

    /**
     * Writes {@code search/<name>.js} registering {@code data} (JSON: maps, lists, strings, numbers), or takes the
     * last build's file when its bytes are the same.
     */
    void write(String name, Object data) throws IOException {
        write(name, data, true);
    }

    /** {@link #write}, for a file whose caller has already asked for the last build's by what it is made from. */
    void writeMade(String name, Object data) throws IOException {
        write(name, data, false);
    }

    /**
     * Writes {@code search/<name>.js} registering {@code data} without its name ({@code wengao.load(null, data);}:
     * the page knows it by the script that loaded it), so that its bytes do not depend on its name; for a file the
     * caller has already asked for the last build's of.
     */
    void writeNameless(String name, Object data) throws IOException {
        write(name, null, data, false);
    }

    private void write(String name, Object data, boolean takeSame) throws IOException {
        write(name, name, data, takeSame);
    }

    private void write(String name, String registered, Object data, boolean takeSame) throws IOException {
        StringBuilder js = new StringBuilder("wengao.load(");
        JsonWriter.compact(registered, js);
        js.append(',');
        JsonWriter.compact(data, js);
        js.append(");\n");
        if (takeSame && same.remembers() && reuse(name, same, "bytes " + wengao.text.Fingerprint.of(js))) {
            return;
        }
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
        if (same.remembers()) {
            // The head is a function of the name, which the description is kept under: the strings tell the rest.
            wengao.text.Fingerprint bytes = new wengao.text.Fingerprint();
            bytes.add(first.size());
            first.writeTo(new FingerprintStream(bytes));
            bytes.add(second.size());
            second.writeTo(new FingerprintStream(bytes));
            if (reuse(name, same, "strings " + bytes.hex())) {
                return;
            }
        }
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
        String path = DIR + "/" + name + ".js";
        return inputs != null && taken(path, reuse.reuse(path, inputs));
    }

    /**
     * Takes the last build's file made from the same {@code inputs} under another name, intact, as
     * {@code search/<name>.js}: for a file whose bytes do not depend on its name ({@link #writeNameless}); true when
     * it did.
     */
    boolean reuseMoved(String name, PageReuse reuse, String inputs) {
        String path = DIR + "/" + name + ".js";
        return inputs != null && taken(path, reuse.moved(path, inputs));
    }

    /** Whether the last build's {@code search/<name>.js} is in the site as that build left it. */
    boolean intact(String name) {
        return same.intact(DIR + "/" + name + ".js") != null;
    }

    /**
     * Takes the last build's {@code search/<name>.js} as it is, for a file the caller knows comes out the same
     * without making it; false when it is not in the site as that build left it.
     */
    boolean keep(String name) {
        String path = DIR + "/" + name + ".js";
        return taken(path, same.kept(path));
    }

    /** Lists the last build's {@code kept} file under {@code path}; false when there is none. */
    private boolean taken(String path, Path kept) {
        if (kept == null) {
            return false;
        }
        written.add(OutputFile.ofFile(path, kept));
        return true;
    }

    /** Feeds what is written to it into a fingerprint, without a copy of the bytes. */
    private static final class FingerprintStream extends java.io.OutputStream {
        private final wengao.text.Fingerprint into;

        FingerprintStream(wengao.text.Fingerprint into) {
            this.into = into;
        }

        @Override
        public void write(int b) {
            into.add((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            into.add(b, off, len);
        }
    }

    /** Every file written or taken, sorted by path. */
    List<OutputFile> files() {
        List<OutputFile> sorted = new ArrayList<>(written);
        sorted.sort(Comparator.comparing(OutputFile::path));
        return sorted;
    }
}
