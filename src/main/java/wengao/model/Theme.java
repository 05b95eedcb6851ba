package wengao.model;

import java.util.List;

/**
 * A theme with every mention in the corpus: curated by an editor or discovered in the texts. {@code parent} is
 * the slug of the formula this theme is a named part of (第一种形态 of 四种形态), or null. {@code descriptionHtml}
 * is the curated explanation, null if discovered.
 */
public record Theme(String slug, String name, List<String> aliases, String parent, ThemeOrigin origin,
                    String descriptionHtml, List<Mention> mentions, List<CoOccurrence> related) implements java.io.Serializable {

    public Theme {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        related = List.copyOf(related);
    }

    public boolean curated() {
        return origin == ThemeOrigin.CURATED;
    }

    public String url() {
        return urlOf(slug);
    }

    public static String urlOf(String slug) {
        return "themes/" + slug + ".html";
    }

    public long speechCount() {
        return mentions.stream().map(Mention::speech).distinct().count();
    }
}
