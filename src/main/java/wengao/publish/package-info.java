/** The only code that writes the output folder: stages the whole site beside it and swaps it in at the end. */
package wengao.publish;
