/**
 * The shared-passages stage (互见): passages that occur in two or more speeches, found over the normalized text of
 * the whole corpus, exact runs and near-identical sentences; uses {@code model} and {@code text} only.
 */
package wengao.passages;
