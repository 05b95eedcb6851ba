package wengao.themes;

import java.util.List;
import wengao.model.ThemeOrigin;

/** A theme before matching: who it is, which normalized terms find it, where it came from. */
record ThemeSpec(String slug, String name, List<String> aliases, String parent, ThemeOrigin origin, String descriptionHtml,
                 List<String> terms) {
}
