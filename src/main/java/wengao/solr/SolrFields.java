package wengao.solr;

/** The field names of a wengao collection, as its schema.xml declares them. */
final class SolrFields {

    static final String ID = "id";
    static final String SPEECH = "speech";
    static final String ORDER = "order";
    static final String POSITION = "position";
    static final String TIER = "tier";
    static final String YEAR = "year";
    static final String DATE = "date";
    static final String TITLE = "title";
    static final String ANCHOR = "anchor";
    static final String PATH = "path";
    static final String TEXT = "text";
    static final String THEMES = "themes";
    static final String HASH = "hash";
    static final String G3 = "g3";
    static final String ZH = "zh";

    private SolrFields() {
    }
}
