package wengao.search;

import java.util.Arrays;

/**
 * The speeches a row of similarities reached, so that summing, ranking and clearing the row cost what it holds, not
 * the size of the corpus: a speech shares something with a few hundred others, and a pass over every speech for
 * every speech was the part of related speeches that grew with the square of the corpus.
 */
final class TouchedSpeeches {

    private final int[] mark;
    private int stamp = 1;
    private int[] list = new int[64];
    private int size;

    TouchedSpeeches(int speeches) {
        mark = new int[speeches];
    }

    void add(int speech) {
        if (mark[speech] != stamp) {
            mark[speech] = stamp;
            if (size == list.length) {
                list = Arrays.copyOf(list, size * 2);
            }
            list[size++] = speech;
        }
    }

    int size() {
        return size;
    }

    /** The speeches reached, ascending (reading order, which breaks ties). */
    int[] sorted() {
        int[] out = Arrays.copyOf(list, size);
        Arrays.sort(out);
        return out;
    }

    /** Forgets every speech, for the next row. */
    void clear() {
        size = 0;
        if (++stamp == 0) { // after four billion rows the marks start over
            Arrays.fill(mark, 0);
            stamp = 1;
        }
    }
}
