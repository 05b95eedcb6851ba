package wengao.model;

/**
 * A term discovery considered, as a quoted term or a formula, with its counts and what became of it. Editors read
 * these to promote a term to a curated page.
 */
public record ThemeCandidate(String term, ThemeOrigin origin, int mentions, int speeches, CandidateStatus status) implements java.io.Serializable {
}
