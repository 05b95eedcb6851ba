package wengao.model;

/**
 * A decoded content file. {@code path} is relative to the content folder with forward slashes, so that it reads
 * the same in reports on every system; {@code encoding} names how the bytes were decoded.
 */
public record SourceFile(String path, String text, String encoding) implements java.io.Serializable {
}
