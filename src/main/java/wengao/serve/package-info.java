/**
 * {@code wengao serve}: the local web server editors preview the site with. It serves the site a build wrote,
 * rebuilds when content or templates change, and adds a reload script to the HTML it sends; the built files stay
 * exactly those of a normal build.
 */
package wengao.serve;
