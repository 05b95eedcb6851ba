/** Exact phrase search: the Lucene index, queries over it, and the static client index exported from it. */
package wengao.search;
