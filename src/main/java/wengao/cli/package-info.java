/** The command line: picocli commands that call the build and print reports; exit codes 0 ok, 1 input problems, 2 usage. */
package wengao.cli;
