package wengao.model;

/**
 * A count that two speeches (slugs, {@code first} before {@code second} in reading order or either way) share, such as
 * the passages they have in common: one more signal for related speeches.
 */
public record SpeechPairCount(String first, String second, int count) implements java.io.Serializable {
}
