package wengao.passages;

import java.util.Arrays;

/**
 * The distinct normalized forms of the sentences {@link NearSentences} compares, numbered in the order first seen,
 * each with its places. A form is a range of the corpus text and a place three ints, all in plain arrays: a large
 * corpus has millions of sentences, and a string, a map entry and a list for each would cost ten times as much.
 */
final class SentenceForms {

    private final char[] text;
    private int count;
    private int[] start = new int[1024];
    private int[] length = new int[1024];
    private int[] hash = new int[1024];
    /** The last place added to each form, to skip a place added twice in a row. */
    private int[] lastPlace = new int[1024];
    /** Open addressing: form id + 1, 0 for empty; at most half full. */
    private int[] table = new int[2048];

    private int places;
    private int[] placeForm = new int[1024];
    private int[] placeUnit = new int[1024];
    private int[] placeStart = new int[1024];
    private int[] placeEnd = new int[1024];
    /** After {@link #index()}: the places of form {@code f} are {@code order[first[f], first[f + 1])}. */
    private int[] first;
    private int[] order;

    SentenceForms(char[] text) {
        this.text = text;
    }

    /**
     * Adds a place of the form {@code text[from, from + len)}: source span {@code [s, e)} of {@code unit}; returns
     * the form's number.
     */
    int add(int from, int len, int unit, int s, int e) {
        int h = 0;
        for (int i = from; i < from + len; i++) {
            h = h * 31 + text[i];
        }
        h ^= h >>> 16;
        int mask = table.length - 1;
        int slot = h & mask;
        int id = -1;
        while (table[slot] != 0) {
            int f = table[slot] - 1;
            if (hash[f] == h && length[f] == len && Arrays.equals(text, start[f], start[f] + len, text, from, from + len)) {
                id = f;
                break;
            }
            slot = (slot + 1) & mask;
        }
        if (id < 0) {
            id = newForm(from, len, h);
            table[slot] = id + 1;
            if (count * 2 > table.length) {
                rehash();
            }
        } else {
            int last = lastPlace[id];
            if (placeUnit[last] == unit && placeStart[last] == s && placeEnd[last] == e) {
                return id; // a quoted sentence is seen twice in a row
            }
        }
        if (places == placeForm.length) {
            int size = places * 2;
            placeForm = Arrays.copyOf(placeForm, size);
            placeUnit = Arrays.copyOf(placeUnit, size);
            placeStart = Arrays.copyOf(placeStart, size);
            placeEnd = Arrays.copyOf(placeEnd, size);
        }
        placeForm[places] = id;
        placeUnit[places] = unit;
        placeStart[places] = s;
        placeEnd[places] = e;
        lastPlace[id] = places++;
        return id;
    }

    private int newForm(int from, int len, int h) {
        if (count == start.length) {
            int size = count * 2;
            start = Arrays.copyOf(start, size);
            length = Arrays.copyOf(length, size);
            hash = Arrays.copyOf(hash, size);
            lastPlace = Arrays.copyOf(lastPlace, size);
        }
        start[count] = from;
        length[count] = len;
        hash[count] = h;
        return count++;
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int f = 0; f < count; f++) {
            int slot = hash[f] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = f + 1;
        }
    }

    /** Done adding: groups the places by form, each form's in the order added, and lets go of the lookup table. */
    void index() {
        table = null;
        first = new int[count + 1];
        for (int p = 0; p < places; p++) {
            first[placeForm[p] + 1]++;
        }
        for (int f = 0; f < count; f++) {
            first[f + 1] += first[f];
        }
        int[] fill = Arrays.copyOf(first, count);
        order = new int[places];
        for (int p = 0; p < places; p++) {
            order[fill[placeForm[p]]++] = p;
        }
        placeForm = null;
    }

    int count() {
        return count;
    }

    int length(int form) {
        return length[form];
    }

    /** Where the form stands in the corpus text. */
    int start(int form) {
        return start[form];
    }

    char charAt(int form, int i) {
        return text[start[form] + i];
    }

    String text(int form) {
        return new String(text, start[form], length[form]);
    }

    int placeCount(int form) {
        return first[form + 1] - first[form];
    }

    /** The {@code k}-th place of {@code form}. */
    NearSentences.Place place(int form, int k) {
        int p = order[first[form] + k];
        return new NearSentences.Place(placeUnit[p], placeStart[p], placeEnd[p]);
    }

    int placeUnit(int form, int k) {
        return placeUnit[order[first[form] + k]];
    }
}
