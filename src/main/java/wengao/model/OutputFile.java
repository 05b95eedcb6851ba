package wengao.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file of the site; {@code path} is relative to the site root. Its bytes are either in memory ({@code content})
 * or already on disk in a build cache ({@code source}), for large generated files such as the search index, so
 * that they need not be held in memory until publish writes the site.
 */
public record OutputFile(String path, byte[] content, Path source) {

    public OutputFile(String path, byte[] content) {
        this(path, content, null);
    }

    public static OutputFile ofFile(String path, Path source) {
        return new OutputFile(path, null, source);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputFile other && path.equals(other.path) && Arrays.equals(content, other.content)
                && Objects.equals(source, other.source);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + ", " + (content != null ? content.length + " bytes" : source) + "]";
    }
}
