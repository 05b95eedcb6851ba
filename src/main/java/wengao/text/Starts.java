package wengao.text;

/**
 * Where a position falls in a sequence of pieces laid end to end (units in a corpus, runs in a text), given each
 * piece's start in ascending order; empty pieces share their start with the next.
 */
public final class Starts {

    private Starts() {
    }

    /** The last piece whose start is at most {@code position}: the piece holding it ({@code starts[0] <= position}). */
    public static int pieceOf(int[] starts, int position) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
