/** Runs the pipeline: ingest, themes, search, render, publish; one call per stage in {@link wengao.build.SiteBuilder}. */
package wengao.build;
