package wengao.search;

import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import wengao.model.SearchHit;

/**
 * What {@link Searcher#rank} needs of an index, numbered by unit: the local Lucene index answers it, and so can a
 * remote one, which then ranks exactly as the local search does. Unit numbers must follow reading order (the
 * last tie-break of {@link Ranking}); speech numbers only tell speeches apart.
 */
public interface UnitSource {

    /** How many units the whole index holds: the N of the idf. */
    int units() throws IOException;

    /** The units whose normalized text contains the normalized {@code term}. */
    UnitMatches match(String term) throws IOException;

    /** The speeches with a unit that contains {@code term}. */
    BitSet speechesMatching(String term) throws IOException;

    /** The speeches with a unit that mentions the theme. */
    BitSet speechesWithTheme(String theme) throws IOException;

    int speech(int unit);

    int tier(int unit);

    int year(int unit);

    /** The hit for a ranked unit, with its stored fields and the spans of {@code terms} in its text. */
    SearchHit hit(int unit, int tier, boolean allTerms, double score, List<String> terms) throws IOException;
}
