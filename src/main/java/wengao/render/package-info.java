/** Turns the corpus into the site's files in memory with Pebble templates; nothing is written to disk here. */
package wengao.render;
