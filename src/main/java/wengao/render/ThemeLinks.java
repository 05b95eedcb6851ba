package wengao.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import wengao.model.Theme;

/**
 * What a theme mention in speech text becomes: the link of {@code templates/macros/theme-link.peb}. The template is
 * filled once per theme, with a stand-in for the mention's words, and split there into the tags that go around
 * each mention: a page has hundreds of mentions, and this is the cost of one template call per theme, not per
 * mention.
 */
final class ThemeLinks {

    static final String TEMPLATE = "macros/theme-link.peb";
    /** A private-use character: no speech text holds it, so it marks the place of the words alone. */
    private static final String WORDS = "\uE000";

    /** The tags around the words of a mention. */
    record Tags(String open, String close) {
    }

    private final String root;
    private final ThemeNames names;
    private final Function<Map<String, Object>, String> template;
    private final Map<String, Tags> bySlug = new ConcurrentHashMap<>();

    /** {@code template} fills {@link #TEMPLATE} with its variables; {@code root} leads from the pages to the site root. */
    ThemeLinks(String root, ThemeNames names, Function<Map<String, Object>, String> template) {
        this.root = root;
        this.names = names;
        this.template = template;
    }

    Tags of(String slug) {
        return bySlug.computeIfAbsent(slug, s -> {
            String html = template.apply(Map.of("href", root + Theme.urlOf(s), "name", names.name(s), "text", WORDS));
            int at = html.indexOf(WORDS);
            if (at < 0) { // a template that leaves the words out: they follow what it made
                return new Tags(html.strip(), "");
            }
            return new Tags(html.substring(0, at), html.substring(at + WORDS.length()).stripTrailing());
        });
    }
}
