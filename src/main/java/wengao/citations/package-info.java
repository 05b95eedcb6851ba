/**
 * What the speeches cite: documents by their 《title》 and quotations attributed to someone (习近平总书记强调：“…”).
 * A corpus stage beside themes: it reads the corpus and gives {@link wengao.model.Citations}.
 */
package wengao.citations;
