package wengao.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** The fields of a unit document in the Lucene index. */
final class Fields {

    /** Unigrams, bigrams (documents and frequencies) and trigrams (with positions) of the normalized text. */
    static final String G1 = "g1";
    static final String G2 = "g2";
    static final String G3 = "g3";
    /** The text segmented by smartcn, for relevance and keywords; it never decides whether a unit matches. */
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

    static final FieldType COUNTED_GRAMS = gramType(IndexOptions.DOCS_AND_FREQS);
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

    static String gramField(int n) {
        return n == 1 ? G1 : n == 2 ? G2 : G3;
    }
}
