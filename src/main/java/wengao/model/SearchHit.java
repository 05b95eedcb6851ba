package wengao.model;

import java.util.List;

/**
 * One paragraph (or title, or heading) that a query found. {@code url} is the speech page relative to the site
 * root; {@code highlights} are the matched spans of {@code text}, as [start, end) pairs in source characters.
 * {@code tier} is 0 for a title, 1 for a heading, 2 for body text; {@code allTerms} tells whether every search
 * term is in this paragraph.
 */
public record SearchHit(String url, String anchor, String speech, String speechSlug, int unit, int tier,
                        boolean allTerms, double score, String text, List<int[]> highlights) implements java.io.Serializable {

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
