package wengao.passages;

/**
 * A set of gram hashes (the {@value GramGroups#SORT_BITS} bits that name a group of equal grams), open addressing
 * over one array: the scan for the grams a change touches looks up every gram of the corpus here.
 */
final class GramSet {

    /** Slot value + 1; 0 is empty. At most half full. */
    private long[] table = new long[1024];
    private int size;

    void add(long group) {
        if (2 * (size + 1) > table.length) {
            grow();
        }
        if (insert(table, group)) {
            size++;
        }
    }

    boolean contains(long group) {
        long[] t = table;
        int mask = t.length - 1;
        long stored = group + 1;
        for (int slot = slot(group, mask); ; slot = (slot + 1) & mask) {
            long v = t[slot];
            if (v == stored) {
                return true;
            }
            if (v == 0) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    /**
     * A bit for each group of the set (and for some that are not), at bit {@code group & (64 * length - 1)}: a
     * cheap test that most groups outside the set fail.
     */
    long[] filter() {
        int words = Integer.highestOneBit(Math.max(64, Math.min(1 << 16, size * 2)));
        long[] bits = new long[words];
        for (long v : table) {
            if (v != 0) {
                long group = v - 1;
                bits[(int) (group >>> 6) & (words - 1)] |= 1L << group;
            }
        }
        return bits;
    }

    private static boolean insert(long[] t, long group) {
        int mask = t.length - 1;
        long stored = group + 1;
        for (int slot = slot(group, mask); ; slot = (slot + 1) & mask) {
            if (t[slot] == stored) {
                return false;
            }
            if (t[slot] == 0) {
                t[slot] = stored;
                return true;
            }
        }
    }

    /** The group bits are the top of a well-mixed hash already: their low bits spread evenly. */
    private static int slot(long group, int mask) {
        return (int) (group ^ (group >>> 17)) & mask;
    }

    private void grow() {
        long[] old = table;
        long[] t = new long[old.length * 2];
        for (long v : old) {
            if (v != 0) {
                insert(t, v - 1);
            }
        }
        table = t;
    }
}
