package wengao.model;

import java.util.List;

/**
 * What the speeches cite: every 《document》 with its mentions (most mentioned first, then by title) and every
 * attributed quotation (in reading order).
 */
public record Citations(List<CitedDocument> documents, List<Quotation> quotations) implements java.io.Serializable {

    public Citations {
        documents = List.copyOf(documents);
        quotations = List.copyOf(quotations);
    }

    public static final Citations EMPTY = new Citations(List.of(), List.of());
}
