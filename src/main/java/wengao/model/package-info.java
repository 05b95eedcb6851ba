/** Immutable records that the pipeline stages exchange; JDK only. */
package wengao.model;
