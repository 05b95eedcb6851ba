package wengao.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import wengao.model.CoOccurrence;

/**
 * Which themes travel together: counted per paragraph (any text unit) and per speech. Themes are numbered (their
 * slugs by number are given), and a speech's matches come a unit at a time, in order: the counting of a large
 * corpus's mentions is then arithmetic, not sets of strings.
 */
final class CoOccurrenceCounter {

    private final String[] slugs;
    /**
     * Per pair of themes (the lower number times the count of themes, plus the higher), the units and speeches they
     * share: an open-addressing table of numbers, since a large corpus counts pairs hundreds of thousands of times.
     */
    private long[] keys = emptyKeys(1 << 12);
    private int[] paragraphs = new int[1 << 12];
    private int[] speeches = new int[1 << 12];
    private int pairCount;
    private final int[] inSpeech;
    private int speech = 1;
    private int[] unit = new int[8];
    private int unitSize;
    private int[] speechThemes = new int[8];
    private int speechSize;

    private static final Comparator<CoOccurrence> MOST_SHARED_FIRST = (x, y) -> x.paragraphs() != y.paragraphs()
            ? Integer.compare(y.paragraphs(), x.paragraphs())
            : x.speeches() != y.speeches() ? Integer.compare(y.speeches(), x.speeches()) : x.theme().compareTo(y.theme());

    CoOccurrenceCounter(String[] slugs) {
        this.slugs = slugs;
        this.inSpeech = new int[slugs.length];
    }

    /** A theme mentioned in the current unit of the current speech. */
    void add(int theme) {
        for (int i = 0; i < unitSize; i++) {
            if (unit[i] == theme) {
                return;
            }
        }
        if (unitSize == unit.length) {
            unit = Arrays.copyOf(unit, unitSize * 2);
        }
        unit[unitSize++] = theme;
        if (inSpeech[theme] != speech) {
            inSpeech[theme] = speech;
            if (speechSize == speechThemes.length) {
                speechThemes = Arrays.copyOf(speechThemes, speechSize * 2);
            }
            speechThemes[speechSize++] = theme;
        }
    }

    /** The current unit is done: the next theme added is in the next one. */
    void endUnit() {
        count(unit, unitSize, 0);
        unitSize = 0;
    }

    /** The current speech is done (and its last unit). */
    void endSpeech() {
        endUnit();
        count(speechThemes, speechSize, 1);
        speechSize = 0;
        speech++;
    }

    private void count(int[] themes, int size, int which) {
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                int a = Math.min(themes[i], themes[j]);
                int b = Math.max(themes[i], themes[j]);
                int slot = slot((long) a * slugs.length + b);
                if (which == 0) {
                    paragraphs[slot]++;
                } else {
                    speeches[slot]++;
                }
            }
        }
    }

    private static long[] emptyKeys(int size) {
        long[] k = new long[size];
        Arrays.fill(k, -1);
        return k;
    }

    /** The slot of a pair, made when it is new. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (keys[i] != key) {
            if (keys[i] == -1) {
                if (2 * (pairCount + 1) > keys.length) {
                    grow();
                    return slot(key);
                }
                keys[i] = key;
                pairCount++;
                return i;
            }
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldParagraphs = paragraphs;
        int[] oldSpeeches = speeches;
        keys = emptyKeys(oldKeys.length * 2);
        paragraphs = new int[keys.length];
        speeches = new int[keys.length];
        pairCount = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1) {
                int slot = slot(oldKeys[i]);
                paragraphs[slot] = oldParagraphs[i];
                speeches[slot] = oldSpeeches[i];
            }
        }
    }

    /** Each theme's companions, by its number: most paragraphs shared first, then most speeches, then by slug. */
    List<List<CoOccurrence>> result() {
        int most = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != -1) {
                most = Math.max(most, Math.max(paragraphs[i], speeches[i]));
            }
        }
        return most < PACKED && slugs.length < PACKED ? resultPacked() : resultCompared();
    }

    /** Counts and slug ranks below this fit 21 bits each, three of them a long that sorts in the order wanted. */
    static final int PACKED = 1 << 21;

    /**
     * {@link #result()} by sorting numbers: each companion as its paragraphs and speeches counted down from
     * {@link #PACKED} and the rank of its slug, so that ascending numbers are the order wanted. Sorting a corpus's
     * pairs with a comparator took most of the themes stage in a one-speech build.
     */
    List<List<CoOccurrence>> resultPacked() {
        int n = slugs.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> slugs[x].compareTo(slugs[y]));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        int[] sizes = new int[n];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != -1) {
                sizes[(int) (keys[i] / n)]++;
                sizes[(int) (keys[i] % n)]++;
            }
        }
        long[][] companions = new long[n][];
        for (int t = 0; t < n; t++) {
            companions[t] = new long[sizes[t]];
        }
        int[] filled = new int[n];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != -1) {
                int a = (int) (keys[i] / n);
                int b = (int) (keys[i] % n);
                long shared = (long) (PACKED - 1 - paragraphs[i]) << 42 | (long) (PACKED - 1 - speeches[i]) << 21;
                companions[a][filled[a]++] = shared | rank[b];
                companions[b][filled[b]++] = shared | rank[a];
            }
        }
        List<List<CoOccurrence>> out = new ArrayList<>(n);
        for (long[] packed : companions) {
            Arrays.sort(packed);
            CoOccurrence[] list = new CoOccurrence[packed.length];
            for (int k = 0; k < packed.length; k++) {
                long p = packed[k];
                list[k] = new CoOccurrence(slugs[order[(int) (p & (PACKED - 1))]],
                        PACKED - 1 - (int) (p >>> 42), PACKED - 1 - (int) (p >>> 21 & (PACKED - 1)));
            }
            out.add(List.of(list));
        }
        return out;
    }

    /** {@link #result()} with a comparator, for counts too large to pack. */
    List<List<CoOccurrence>> resultCompared() {
        List<List<CoOccurrence>> out = new ArrayList<>();
        for (int i = 0; i < slugs.length; i++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != -1) {
                int a = (int) (keys[i] / slugs.length);
                int b = (int) (keys[i] % slugs.length);
                out.get(a).add(new CoOccurrence(slugs[b], paragraphs[i], speeches[i]));
                out.get(b).add(new CoOccurrence(slugs[a], paragraphs[i], speeches[i]));
            }
        }
        for (List<CoOccurrence> list : out) {
            list.sort(MOST_SHARED_FIRST);
        }
        return out;
    }
}
