/** Recurring themes: the curated registry, discovery of formulas and terms, mention matching, co-occurrence. */
package wengao.themes;
