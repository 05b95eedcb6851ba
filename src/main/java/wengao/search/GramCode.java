package wengao.search;

/** A gram and its postings, coded by {@link WireEncoder} (units and frequencies, or rows with positions). */
record GramCode(String gram, String code) {
}
