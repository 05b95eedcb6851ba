package wengao.model;

/**
 * A term discovery considered, with its counts and what became of it: {@code theme} (it has a page),
 * {@code curated} (an editor already covers it), {@code rare} (below the frequency floor) or {@code stop} (on the
 * stop list). Editors read these to promote a term to a curated page.
 */
public record ThemeCandidate(String term, String source, int mentions, int speeches, String status) {
}
