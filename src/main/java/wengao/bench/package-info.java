/** Measuring wengao as a user meets it: a synthetic corpus, timed builds, and queries in headless Chromium. */
package wengao.bench;
