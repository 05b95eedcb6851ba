/** Chinese text helpers shared by the stages: numerals, normalization, analyzers. */
package wengao.text;
