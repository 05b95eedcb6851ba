/** Reads the content folder into speeches: files, encodings, front matter, the plain-text and Markdown parsers. */
package wengao.ingest;
