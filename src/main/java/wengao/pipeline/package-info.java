/**
 * Runs the pipeline: ingest, themes, passages, citations, search, related, render, publish; one call per stage in
 * {@link wengao.pipeline.SiteBuilder}. Also what builds keep between runs (the build cache, the locks) and the
 * watching {@code serve} rebuilds on. Not named {@code build}: tools and global ignore files skip such folders.
 */
package wengao.pipeline;
