package wengao.search;

/** The units that contain a term, ascending, with how often the term occurs in each (overlapping occurrences count). */
public record UnitMatches(int[] units, int[] tf) {

    public int size() {
        return units.length;
    }
}
