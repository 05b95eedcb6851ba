package wengao.model;

/**
 * Where a numbered point (一是…, 第二，…) stands inside a paragraph: characters {@code [start, end)} of the
 * paragraph text cover its number and its title; {@code anchor} is the point's section anchor.
 */
public record PointMark(int start, int end, String anchor) implements java.io.Serializable {
}
