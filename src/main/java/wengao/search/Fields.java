package wengao.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** The fields of a unit document in the Lucene index. */
final class Fields {

    /**
     * The exact-match field: a trigram at every character offset of the normalized text, with positions. The text
     * is padded with two {@link #PAD} characters, so every offset starts exactly one trigram and the trigrams that
     * begin with a character (or two) add up to that unigram's (or bigram's) postings: one field answers queries of
     * any length, one character included.
     */
    static final String G3 = "g3";
    /** Pads the end of a unit's normalized text; normalization never produces it, so no query can contain it. */
    static final char PAD = '\uFFFF';
    /** Speech titles segmented by smartcn; word segmentation never decides whether a unit matches. */
    static final String ZH = "zh";
    static final String UNIT = "unit";
    static final String SPEECH = "speech";
    static final String SPEECH_ID = "speechId";
    static final String TITLE = "title";
    static final String ANCHOR = "anchor";
    static final String PATH = "path";
    static final String YEAR = "year";
    static final String THEMES = "themes";
    static final String TEXT = "text";
    static final String TIER = "tier";
    /** A digest of everything else a unit's document holds: an update deletes and adds documents by it. */
    static final String KEY = "key";

    static final FieldType POSITIONED_GRAMS = gramType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private Fields() {
    }

    private static FieldType gramType(IndexOptions options) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(options);
        t.setOmitNorms(true);
        t.setStored(false);
        t.freeze();
        return t;
    }
}
