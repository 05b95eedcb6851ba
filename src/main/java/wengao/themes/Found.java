package wengao.themes;

/** A resolved match in a speech, in source characters of its unit; {@code position} is where in the speech. */
record Found(int unit, String anchor, int start, int end, int term, String text, double position) {
}
