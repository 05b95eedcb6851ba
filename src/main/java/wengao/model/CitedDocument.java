package wengao.model;

import java.util.List;

/**
 * A document, regulation or book that speeches cite by its 《title》. {@code title} is the title as written, without
 * the marks (the spelling used most, the earliest on a tie); {@code slug} names its page. {@code mentions} are in
 * reading order.
 */
public record CitedDocument(String title, String slug, List<DocumentMention> mentions) implements java.io.Serializable {

    public CitedDocument {
        mentions = List.copyOf(mentions);
    }

    /** Documents cited in at least this many speeches get a page of their own. */
    public static final int PAGE_SPEECHES = 2;

    public long speechCount() {
        return mentions.stream().map(DocumentMention::speech).distinct().count();
    }

    public boolean hasPage() {
        return speechCount() >= PAGE_SPEECHES;
    }

    /** The document's page, relative to the site root; only documents that {@link #hasPage()} have one. */
    public String url() {
        return "citations/" + slug + ".html";
    }
}
