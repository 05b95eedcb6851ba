package wengao.search;

/** A trigram's postings as read from Lucene (documents in index order), in flat arrays: no object per unit. */
final class TrigramRows {
    private int[] units = new int[64];
    private int[] starts = new int[64];
    private int[] counts = new int[64];
    private int[] positions = new int[256];
    private int size;
    private int used;

    void clear() {
        size = 0;
        used = 0;
    }

    void start(int unit, int count) {
        if (size == units.length) {
            units = java.util.Arrays.copyOf(units, size * 2);
            starts = java.util.Arrays.copyOf(starts, size * 2);
            counts = java.util.Arrays.copyOf(counts, size * 2);
        }
        units[size] = unit;
        starts[size] = used;
        counts[size++] = count;
    }

    void position(int p) {
        if (used == positions.length) {
            positions = java.util.Arrays.copyOf(positions, used * 2);
        }
        positions[used++] = p;
    }

    /** The rows' indexes in unit order. */
    private Integer[] unitOrder() {
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(units[a], units[b]));
        return order;
    }

    /** The lowest unit of the rows. */
    int first() {
        int min = Integer.MAX_VALUE;
        for (int k = 0; k < size; k++) {
            min = Math.min(min, units[k]);
        }
        return min;
    }

    /** The highest unit of the rows. */
    int last() {
        int max = Integer.MIN_VALUE;
        for (int k = 0; k < size; k++) {
            max = Math.max(max, units[k]);
        }
        return max;
    }

    /** The units with their counts, coded by {@link WireEncoder#unitsWithFrequencies}: rows without positions. */
    String encodeUnits(BlockCuts cuts) {
        Integer[] order = unitOrder();
        int[] sortedUnits = new int[size];
        int[] sortedCounts = new int[size];
        for (int k = 0; k < size; k++) {
            sortedUnits[k] = units[order[k]];
            sortedCounts[k] = counts[order[k]];
        }
        return WireEncoder.unitsWithFrequencies(sortedUnits, sortedCounts, size, cuts);
    }

    /** The rows in unit order, coded by {@link WireEncoder#rows}; documents usually arrive in that order already. */
    String encode(int unitBits) {
        boolean sorted = true;
        for (int k = 1; k < size && sorted; k++) {
            sorted = units[k] > units[k - 1];
        }
        if (sorted) {
            return WireEncoder.rows(units, counts, positions, size, unitBits);
        }
        Integer[] order = unitOrder();
        int[] sortedUnits = new int[size];
        int[] sortedCounts = new int[size];
        int[] sortedPositions = new int[used];
        for (int k = 0, at = 0; k < size; k++) {
            int r = order[k];
            sortedUnits[k] = units[r];
            sortedCounts[k] = counts[r];
            System.arraycopy(positions, starts[r], sortedPositions, at, counts[r]);
            at += counts[r];
        }
        return WireEncoder.rows(sortedUnits, sortedCounts, sortedPositions, size, unitBits);
    }
}
