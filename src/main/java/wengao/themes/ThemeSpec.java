package wengao.themes;

import java.util.List;

/** A theme before matching: who it is, which normalized terms find it, where it came from. */
record ThemeSpec(String slug, String name, List<String> aliases, String parent, String origin, String descriptionHtml,
                 List<String> terms) {

    boolean curated() {
        return origin.equals(ThemeRegistry.CURATED);
    }
}
