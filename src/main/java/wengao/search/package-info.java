/**
 * Exact phrase search: the Lucene index, queries over it, and the static client index exported from it; and related
 * speeches, by what they share (themes, smartcn words of the outline, cited documents, shared passages).
 */
package wengao.search;
