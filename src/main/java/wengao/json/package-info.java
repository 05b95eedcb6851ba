/** A small JSON writer with deterministic output, shared by the CLI and the exported data; JDK only. */
package wengao.json;
