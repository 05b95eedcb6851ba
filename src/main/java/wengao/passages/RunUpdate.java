package wengao.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The maximal runs of a corpus from the last build's ({@link PassageCache.Kept}) and only the groups of equal grams a
 * change touches: those holding a gram of a speech that is new or changed, and those whose runs had an occurrence
 * in a speech gone or changed. Every other group has the same occurrences as before, in speeches whose text is the
 * same, so its runs are the same runs: only their positions move with the speeches before them. (Taking occurrences
 * away from a group with no run among them leaves it without one: a run needs occurrences in two speeches that do
 * not all follow the same character, and fewer occurrences do not make that true.) The touched groups are split
 * again from all their grams, found by one scan of the corpus text; the runs come out in the order a full search
 * gives them.
 */
final class RunUpdate {

    /**
     * The runs; those taken from the last build with the same first occurrence ({@code kept}, by identity); and for
     * those taken that were passages,
     * each occurrence's shown span and the first occurrence with the same words ({@code [starts, ends, same]} by
     * position; {@code same} null when the occurrences changed order).
     */
    record Runs(List<MaximalRuns.Run> runs, java.util.Set<MaximalRuns.Run> kept, Map<MaximalRuns.Run, int[][]> spans) {
    }

    /** A change of more speeches than this fraction of the corpus is found afresh. */
    private static final int CHANGED_SHARE = 8;

    private RunUpdate() {
    }

    /** The runs, or null when the last build's cannot be used here (none, another corpus, too large a change). */
    static Runs update(CorpusText text, SpeechMatch match, PassageCache.Kept kept, int minLength) {
        if (kept == null) {
            return null;
        }
        int speeches = match.kept.length;
        int[] current = match.now;
        if (match.added + match.gone > Math.max(8, speeches / CHANGED_SHARE)) {
            return null;
        }
        GramSet touched = new GramSet();
        for (int s = 0; s < speeches; s++) {
            if (!match.stays(s)) {
                GramGroups.groupsOf(text, text.firstUnit(s), text.endUnit(s), minLength, touched);
            }
        }
        for (int r = 0; r < kept.runs(); r++) {
            for (int i = kept.firsts()[r]; i < kept.firsts()[r + 1]; i++) {
                if (current[kept.speech()[i]] < 0) {
                    touched.add(kept.groups()[r]);
                    break;
                }
            }
        }
        GramGroups grams = GramGroups.touched(text, minLength, touched, GramGroups.PART_GRAMS);
        if (grams == null) {
            return null;
        }
        List<MaximalRuns.Run> fresh = MaximalRuns.of(text, minLength, grams);
        List<MaximalRuns.Run> runs = new ArrayList<>(kept.runs() + fresh.size());
        Map<MaximalRuns.Run, int[][]> spans = new IdentityHashMap<>();
        java.util.Set<MaximalRuns.Run> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int f = 0;
        for (int r = 0; r < kept.runs(); r++) {
            long group = kept.groups()[r];
            if (touched.contains(group)) {
                continue;
            }
            while (f < fresh.size() && fresh.get(f).group() < group) {
                runs.add(fresh.get(f++));
            }
            runs.add(moved(text, kept, r, current, spans, taken));
        }
        while (f < fresh.size()) {
            runs.add(fresh.get(f++));
        }
        return new Runs(runs, taken, spans);
    }

    /**
     * Kept run {@code r} where its occurrences stand now, ascending, with its spans in the same order; {@code taken}
     * when its first occurrence is the same: whether a run is nested in a longer one is read at its first occurrence,
     * so a run whose speeches moved past each other is compared again.
     */
    private static MaximalRuns.Run moved(CorpusText text, PassageCache.Kept kept, int r, int[] current,
                                         Map<MaximalRuns.Run, int[][]> spans, java.util.Set<MaximalRuns.Run> taken) {
        int from = kept.firsts()[r];
        int n = kept.firsts()[r + 1] - from;
        int[] positions = new int[n];
        boolean ascending = true;
        for (int i = 0; i < n; i++) {
            positions[i] = text.speechOrigin(current[kept.speech()[from + i]]) + kept.offset()[from + i];
            ascending &= i == 0 || positions[i] > positions[i - 1];
        }
        int[] order = null;
        if (!ascending) { // speeches that moved past each other (a date changed)
            long[] keyed = new long[n];
            for (int i = 0; i < n; i++) {
                keyed[i] = (long) positions[i] << 32 | i;
            }
            Arrays.sort(keyed);
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = (int) keyed[i];
                positions[i] = (int) (keyed[i] >>> 32);
            }
        }
        MaximalRuns.Run run = new MaximalRuns.Run(kept.groups()[r], kept.lengths()[r], positions);
        if (kept.spanStart()[from] >= 0) {
            int[] starts = new int[n];
            int[] ends = new int[n];
            for (int i = 0; i < n; i++) {
                int at = from + (order == null ? i : order[i]);
                starts[i] = kept.spanStart()[at];
                ends[i] = kept.spanEnd()[at];
            }
            // Reordered, the first occurrence with the same words may come later: the words are compared again.
            int[] same = order == null ? Arrays.copyOfRange(kept.sameText(), from, from + n) : null;
            spans.put(run, new int[][] {starts, ends, same});
        }
        if (order == null || order[0] == 0) {
            taken.add(run);
        }
        return run;
    }

    /**
     * What the next build keeps of these runs: each occurrence as a speech and an offset, and the spans of the runs
     * that were passages ({@code shown}: a run's occurrences' spans and first occurrences with the same words, by
     * position); the speeches' sentences; and their normalized text, if kept.
     */
    static PassageCache.Kept kept(CorpusText text, long[][] keys, List<MaximalRuns.Run> runs,
                                  Map<MaximalRuns.Run, int[][]> shown, SentencePlaces sentences,
                                  int[] nearClasses, CorpusText.Kept normalized) {
        long[] speechKeys = new long[2 * keys.length];
        for (int s = 0; s < keys.length; s++) {
            speechKeys[2 * s] = keys[s][0];
            speechKeys[2 * s + 1] = keys[s][1];
        }
        int total = 0;
        for (MaximalRuns.Run run : runs) {
            total += run.positions().length;
        }
        long[] groups = new long[runs.size()];
        int[] lengths = new int[runs.size()];
        int[] firsts = new int[runs.size() + 1];
        int[] speech = new int[total];
        int[] offset = new int[total];
        int[] spanStart = new int[total];
        int[] spanEnd = new int[total];
        int[] sameText = new int[total];
        int at = 0;
        for (int r = 0; r < runs.size(); r++) {
            MaximalRuns.Run run = runs.get(r);
            groups[r] = run.group();
            lengths[r] = run.length();
            firsts[r] = at;
            int[][] spans = shown.get(run);
            int[] ps = run.positions();
            for (int i = 0; i < ps.length; i++) {
                int s = text.speechOf(ps[i]);
                speech[at] = s;
                offset[at] = ps[i] - text.speechOrigin(s);
                spanStart[at] = spans == null ? -1 : spans[0][i];
                spanEnd[at] = spans == null ? -1 : spans[1][i];
                sameText[at] = spans == null ? -1 : spans[2][i];
                at++;
            }
        }
        firsts[runs.size()] = at;
        return new PassageCache.Kept(speechKeys, groups, lengths, firsts, speech, offset, spanStart, spanEnd, sameText,
                sentences, nearClasses, normalized);
    }
}
