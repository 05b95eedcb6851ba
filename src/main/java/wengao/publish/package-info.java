/**
 * The only code that writes the output folder: stages the whole site beside it, swaps it in at the end, and
 * repairs what a build that stopped half-way left.
 */
package wengao.publish;
