package wengao.model;

/**
 * A speech related to another: its page {@code url} and {@code title}, how closely related ({@code score}, rounded,
 * higher is closer) and why, in words a reader sees ({@code because}: 同论 一岗双责、四风；同引 《…》).
 */
public record Related(String url, String title, double score, String because) implements java.io.Serializable {
}
