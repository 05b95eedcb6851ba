package wengao.passages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The maximal common runs of the corpus text: strings of at least {@code minLength} characters that occur in two or
 * more speeches and cannot be extended, one character to the left or to the right, without losing an occurrence.
 * (A run that speeches 1 and 2 share inside a longer one that only they share is not maximal; a run that speech 3
 * shares too is, beside the longer one.) Each starts with a gram; from each group of equal grams whose occurrences
 * do not all follow the same character, the occurrences are split by the characters that follow, as in a suffix
 * tree restricted to that group, and each split of a set spanning two speeches is a run.
 */
final class MaximalRuns {

    /**
     * A run: its length and the positions of all its occurrences in the corpus text, ascending; {@code group} names
     * the group of equal grams it starts with (the top bits of the gram's hash), all of whose runs a change of one of
     * the group's grams may change, and no others.
     */
    record Run(long group, int length, int[] positions) {
    }

    private final CorpusText corpus;
    private final char[] t;
    private final int minLength;
    private final List<Run> runs = new ArrayList<>();

    private MaximalRuns(CorpusText corpus, int minLength) {
        this.corpus = corpus;
        this.t = corpus.text;
        this.minLength = minLength;
    }

    /**
     * The runs in the order of their grams' hashes, whatever the number of parts the grams are taken in ({@code parts}
     * 0 sizes it from the corpus): each group of equal grams lies in one part, and the parts follow the hashes.
     */
    static List<Run> find(CorpusText corpus, int minLength, int parts) {
        MaximalRuns finder = new MaximalRuns(corpus, minLength);
        GramGroups grams = GramGroups.of(corpus, minLength, parts);
        for (int part = 0; part < grams.parts; part++) {
            grams.load(part);
            finder.splitGroups(grams);
        }
        return finder.runs;
    }

    /** The runs of the groups {@code grams} holds (all of their grams), in the same order as {@link #find}'s. */
    static List<Run> of(CorpusText corpus, int minLength, GramGroups grams) {
        MaximalRuns finder = new MaximalRuns(corpus, minLength);
        finder.splitGroups(grams);
        return finder.runs;
    }

    private void splitGroups(GramGroups grams) {
        int n = grams.size;
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && grams.sameGram(i, j)) {
                j++;
            }
            // Positions are ascending within a group and speeches grow with positions.
            if (j - i >= 2 && leftDiverse(grams, i, j) && (grams.speechBits(i) != grams.speechBits(j - 1)
                    || corpus.speechOf(grams.position(i)) != corpus.speechOf(grams.position(j - 1)))) {
                int[] members = new int[j - i];
                for (int m = i; m < j; m++) {
                    members[m - i] = grams.position(m);
                }
                split(grams.group(i), members);
            }
            i = j;
        }
    }

    private static boolean leftDiverse(GramGroups grams, int from, int to) {
        char first = grams.before(from);
        if (first == CorpusText.SEP) {
            return true;
        }
        for (int m = from + 1; m < to; m++) {
            if (grams.before(m) != first) {
                return true;
            }
        }
        return false;
    }

    /** Not every occurrence follows the same character: some run starts here. A unit start counts as distinct. */
    private boolean leftDiverse(int[] members) {
        char first = t[members[0] - 1];
        if (first == CorpusText.SEP) {
            return true;
        }
        for (int m : members) {
            if (t[m - 1] != first) {
                return true;
            }
        }
        return false;
    }

    private boolean spansSpeeches(int[] members) {
        return corpus.speechOf(members[0]) != corpus.speechOf(members[members.length - 1]);
    }

    private void split(long gramGroup, int[] group) {
        Deque<int[]> sets = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        sets.push(group);
        depths.push(0);
        while (!sets.isEmpty()) {
            int[] members = sets.pop();
            int k = depths.pop();
            int p0 = members[0];
            while (t[p0 + k] != CorpusText.SEP && allEqualAt(members, k)) {
                k++;
            }
            if (k >= minLength) {
                runs.add(new Run(gramGroup, k, members));
            }
            for (int[] child : children(members, k)) {
                if (child.length >= 2 && spansSpeeches(child) && leftDiverse(child)) {
                    sets.push(child);
                    depths.push(k + 1);
                }
            }
        }
    }

    private boolean allEqualAt(int[] members, int k) {
        char c = t[members[0] + k];
        for (int i = 1; i < members.length; i++) {
            if (t[members[i] + k] != c) {
                return false;
            }
        }
        return true;
    }

    /** The members grouped by their character at offset {@code k} (those at a unit's end drop out), in order. */
    private List<int[]> children(int[] members, int k) {
        long[] keyed = new long[members.length];
        int n = 0;
        for (int i = 0; i < members.length; i++) {
            char c = t[members[i] + k];
            if (c != CorpusText.SEP) {
                keyed[n++] = ((long) c << 32) | i;
            }
        }
        Arrays.sort(keyed, 0, n);
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < n; ) {
            int b = a + 1;
            while (b < n && (keyed[b] >>> 32) == (keyed[a] >>> 32)) {
                b++;
            }
            if (b - a >= 2) {
                int[] child = new int[b - a];
                for (int x = a; x < b; x++) {
                    child[x - a] = members[(int) keyed[x]];
                }
                out.add(child);
            }
            a = b;
        }
        return out;
    }
}
