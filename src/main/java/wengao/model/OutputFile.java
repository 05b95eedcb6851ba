package wengao.model;

import java.util.Arrays;

/** A file of the site, in memory until publish writes it; {@code path} is relative to the site root. */
public record OutputFile(String path, byte[] content) {

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputFile other && path.equals(other.path) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + ", " + content.length + " bytes]";
    }
}
