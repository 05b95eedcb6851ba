package wengao.model;

import java.util.List;

/**
 * A passage that two or more speeches share (互见): a maximal common run of normalized text, or near-identical
 * sentences ({@code variant}: at most one character in ten differs). {@code text} is the passage as the first use
 * (the earliest speech, which is {@code occurrences.get(0)}) writes it; {@code normalized} its matching form.
 * {@code occurrences} are in reading order of the corpus. A {@code stock} passage is one of the corpus's stock
 * phrases (a theme, or used by more than a quarter of a large corpus): listed apart, not marked on pages.
 */
public record SharedPassage(String text, String normalized, int speeches, List<PassageOccurrence> occurrences,
                            boolean variant, boolean stock) implements java.io.Serializable {

    public SharedPassage {
        occurrences = List.copyOf(occurrences);
    }

    public PassageOccurrence firstUse() {
        return occurrences.get(0);
    }
}
