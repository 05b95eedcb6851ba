package wengao.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wengao.model.Corpus;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;
import wengao.model.Theme;
import wengao.model.ThemeMap;
import wengao.model.TextUnit;
import wengao.text.NormalizedText;
import wengao.text.TextNormalizer;

/**
 * The shared-passages stage: passages used in two or more speeches. Exact passages are the maximal common runs of
 * at least {@value #MIN_LENGTH} normalized characters ({@link MaximalRuns}), shown widened to whole clauses;
 * variants are near-identical sentences ({@link NearSentences}). A run inside a longer one that the very same
 * speeches share adds nothing and is left out. Stock phrases, themes or passages used by more than a quarter of
 * the speeches of a corpus of {@value #STOCK_MIN_CORPUS} or more, are kept but flagged.
 */
public final class PassageFinder {

    static final int MIN_LENGTH = 12;
    static final int STOCK_MIN_CORPUS = 20;
    /** The normalized text is kept for the next build when it takes at most this share of the heap. */
    private static final int TEXT_SHARE = 16;

    private PassageFinder() {
    }

    public static PassageMap find(Corpus corpus, ThemeMap themes) {
        return find(corpus, themes, 0, null);
    }

    /**
     * As {@link #find(Corpus, ThemeMap)}, from what the last build kept in {@code cache} where it can (see
     * {@link RunUpdate}), keeping this build's findings there for the next: the same passages either way.
     */
    public static PassageMap find(Corpus corpus, ThemeMap themes, PassageCache cache) {
        return find(corpus, themes, 0, cache);
    }

    /**
     * {@code parts}: how many parts the grams and the variant keys are sorted in, 0 to size them from the corpus so
     * that memory stays within a fixed budget; the passages are the same for any number.
     */
    static PassageMap find(Corpus corpus, ThemeMap themes, int parts) {
        return find(corpus, themes, parts, null);
    }

    static PassageMap find(Corpus corpus, ThemeMap themes, int parts, PassageCache cache) {
        List<List<TextUnit>> units = CorpusText.units(corpus.speeches());
        PassageCache.Kept last = cache == null ? null : cache.last();
        long[][] keys = cache == null ? null
                : java.util.stream.IntStream.range(0, corpus.speeches().size()).parallel()
                .mapToObj(s -> CorpusText.key(corpus.speeches().get(s), units.get(s))).toArray(long[][]::new);
        SpeechMatch match = last == null ? null : new SpeechMatch(keys, last.speechKeys());
        CorpusText text = CorpusText.of(corpus.speeches(), units, last == null ? null : last.text(),
                match == null ? null : match.kept);
        RunUpdate.Runs update = match == null ? null : RunUpdate.update(text, match, last, MIN_LENGTH);
        List<MaximalRuns.Run> runs = update != null ? update.runs() : MaximalRuns.find(text, MIN_LENGTH, parts);
        Map<MaximalRuns.Run, int[][]> spans = update != null ? update.spans() : Map.of();
        Map<MaximalRuns.Run, int[][]> shown = new java.util.IdentityHashMap<>();
        List<Ordered> found = new ArrayList<>();
        List<MaximalRuns.Run> passages = update != null ? withoutNested(text, runs, update) : withoutNested(text, runs);
        List<Ordered> exact = passages.parallelStream().map(run -> exact(text, run, spans.get(run))).toList();
        for (int i = 0; i < passages.size(); i++) {
            found.add(exact.get(i));
            if (cache != null) {
                // A kept passage's spans and first occurrences with the same words are what they were.
                int[][] kept = spans.get(passages.get(i));
                shown.put(passages.get(i), kept != null && kept[2] != null ? kept : spansOf(exact.get(i).passage));
            }
        }
        SentencePlaces sentences = SentencePlaces.of(text, match, last == null ? null : last.sentences());
        NearSentences.Found near = NearSentences.find(text, parts, sentences,
                last == null ? null : last.nearClasses());
        last = null;
        if (cache != null) {
            // The text is held until the cache is written, after the stages that follow: only where the heap has
            // ample room for it.
            CorpusText.Kept normalized = 2L * text.text.length <= Runtime.getRuntime().maxMemory() / TEXT_SHARE
                    ? text.kept() : null;
            cache.remember(RunUpdate.kept(text, keys, runs, shown, sentences, near.shared(), normalized),
                    update != null);
        }
        for (NearSentences.Group g : near.groups()) {
            Ordered v = variant(text, g);
            if (v != null) {
                found.add(v);
            }
        }
        Set<String> themeForms = themeForms(themes);
        // The text's normalized form holds the passage's normalized form, so it is no shorter.
        int longestForm = themeForms.stream().mapToInt(String::length).max().orElse(-1);
        int speeches = corpus.speeches().size();
        List<SharedPassage> out = new ArrayList<>();
        found.sort(Comparator.comparingInt((Ordered o) -> -o.passage.speeches()).thenComparingLong(o -> o.firstAt)
                .thenComparingInt(o -> -o.passage.normalized().length()).thenComparing(o -> o.passage.normalized())
                .thenComparing(o -> o.passage.variant()));
        for (Ordered o : found) {
            SharedPassage p = o.passage;
            boolean stock = themeForms.contains(p.normalized())
                    || p.normalized().length() <= longestForm && themeForms.contains(TextNormalizer.normalize(p.text()))
                    || speeches >= STOCK_MIN_CORPUS && p.speeches() * 4L > speeches;
            out.add(new SharedPassage(p.text(), p.normalized(), p.speeches(), p.occurrences(), p.variant(), stock));
        }
        return new PassageMap(out);
    }

    /** A passage with where its first use stands in the corpus, for a deterministic order. */
    private record Ordered(SharedPassage passage, long firstAt) {
    }

    private static Set<String> themeForms(ThemeMap themes) {
        Set<String> forms = new HashSet<>();
        for (Theme t : themes.themes()) {
            forms.add(TextNormalizer.normalize(t.name()));
            for (String a : t.aliases()) {
                forms.add(TextNormalizer.normalize(a));
            }
        }
        return forms;
    }

    /**
     * The shown span of each occurrence, in the order of the run's positions, and the first occurrence with the same
     * words: {@link Said} gives equal words one instance.
     */
    private static int[][] spansOf(SharedPassage p) {
        int n = p.occurrences().size();
        int[][] spans = new int[][] {new int[n], new int[n], new int[n]};
        Map<String, Integer> first = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            PassageOccurrence o = p.occurrences().get(i);
            spans[0][i] = o.start();
            spans[1][i] = o.end();
            Integer before = first.putIfAbsent(o.text(), i);
            spans[2][i] = before == null ? i : before;
        }
        return spans;
    }

    /**
     * {@code spans}: each occurrence's shown span as the last build found it, and (when not null) the first
     * occurrence with the same words; or null to find them.
     */
    private static Ordered exact(CorpusText text, MaximalRuns.Run run, int[][] spans) {
        List<PassageOccurrence> occurrences = new ArrayList<>(run.positions().length);
        Said texts = new Said();
        int[] ps = run.positions();
        for (int i = 0; i < ps.length; i++) {
            int p = ps[i];
            int u = text.unitOf(p);
            if (spans != null) {
                // Kept runs are in speeches whose text is as it was: the words that were the same still are.
                int same = spans[2] == null ? -1 : spans[2][i];
                int start = spans[0][i];
                int end = spans[1][i];
                if (same == i) {
                    occurrences.add(occurrence(text, u, start, end, text.units[u].text().substring(start, end)));
                } else if (same >= 0 && same < i && occurrences.get(same).text().length() == end - start) {
                    occurrences.add(occurrence(text, u, start, end, occurrences.get(same).text()));
                } else {
                    occurrences.add(occurrence(text, u, start, end, texts));
                }
                continue;
            }
            int local = p - text.unitStart[u];
            NormalizedText n = text.normalized(u);
            TextUnit unit = text.units[u];
            long span = ClauseSpan.widen(unit.text(), n.sourceStart(local), n.sourceEnd(local + run.length()));
            occurrences.add(occurrence(text, u, ClauseSpan.start(span), ClauseSpan.end(span), texts));
        }
        int first = run.positions()[0];
        String normalized = new String(text.text, first, run.length());
        SharedPassage passage = new SharedPassage(occurrences.get(0).text(), normalized, speechSet(text, run).length,
                occurrences, false, false);
        return new Ordered(passage, order(text, text.unitOf(first), occurrences.get(0).start()));
    }

    private static Ordered variant(CorpusText text, NearSentences.Group g) {
        List<long[]> places = new ArrayList<>();
        for (List<NearSentences.Place> ps : g.places()) {
            for (NearSentences.Place p : ps) {
                places.add(new long[] {order(text, p.unit(), p.start()), p.unit(), p.start(), p.end()});
            }
        }
        places.sort(Comparator.comparingLong(a -> a[0]));
        List<PassageOccurrence> occurrences = new ArrayList<>();
        Said texts = new Said();
        Set<Integer> speeches = new HashSet<>();
        for (long[] p : places) {
            occurrences.add(occurrence(text, (int) p[1], (int) p[2], (int) p[3], texts));
            speeches.add(text.unitSpeech[(int) p[1]]);
        }
        if (speeches.size() < 2) {
            return null;
        }
        String first = occurrences.get(0).text();
        SharedPassage passage = new SharedPassage(first, TextNormalizer.normalize(first), speeches.size(), occurrences,
                true, false);
        return new Ordered(passage, places.get(0)[0]);
    }

    /**
     * An occurrence; its text is the instance {@code texts} holds for the same characters, so that a passage said
     * in a thousand speeches, mostly in the same words, holds its words a few times and not a thousand: the
     * passages stay in memory to the end of the build.
     */
    private static PassageOccurrence occurrence(CorpusText text, int u, int start, int end, Said texts) {
        return occurrence(text, u, start, end, texts.of(text.units[u].text(), start, end));
    }

    private static PassageOccurrence occurrence(CorpusText text, int u, int start, int end, String said) {
        TextUnit unit = text.units[u];
        String slug = text.speeches.get(text.unitSpeech[u]).slug();
        return new PassageOccurrence(slug, unit.index(), unit.anchor(), start, end, said);
    }

    /**
     * The words of one passage's occurrences, each distinct text held once: looked for among the few seen before
     * by their characters where they stand, without a string made for each occurrence.
     */
    private static final class Said {
        private static final int FEW = 8;
        private final List<String> distinct = new ArrayList<>(2);
        private Map<String, String> many;

        String of(String source, int start, int end) {
            if (many != null) {
                return many.computeIfAbsent(source.substring(start, end), t -> t);
            }
            int length = end - start;
            for (String t : distinct) {
                if (t.length() == length && source.regionMatches(start, t, 0, length)) {
                    return t;
                }
            }
            String t = source.substring(start, end);
            distinct.add(t);
            if (distinct.size() > FEW) {
                many = new HashMap<>();
                for (String d : distinct) {
                    many.put(d, d);
                }
            }
            return t;
        }
    }

    private static long order(CorpusText text, int unit, int sourceStart) {
        return ((long) unit << 32) | sourceStart;
    }

    private static int[] speechSet(CorpusText text, MaximalRuns.Run run) {
        int[] ids = new int[run.positions().length];
        int n = 0;
        int last = -1;
        for (int p : run.positions()) {
            int s = text.speechOf(p);
            if (s != last) {
                ids[n++] = s;
                last = s;
            }
        }
        return Arrays.copyOf(ids, n);
    }

    /**
     * Leaves out a run that lies inside a longer run used by exactly the same speeches: it is only there because a
     * speech repeats it (the shorter run's extra occurrence is in one of those speeches again).
     */
    private static List<MaximalRuns.Run> withoutNested(CorpusText text, List<MaximalRuns.Run> runs) {
        int units = text.unitCount();
        int[] counts = new int[units + 1];
        for (MaximalRuns.Run r : runs) {
            int lastUnit = -1;
            for (int p : r.positions()) {
                int u = text.unitOf(p);
                if (u != lastUnit) {
                    counts[u + 1]++;
                    lastUnit = u;
                }
            }
        }
        for (int u = 0; u < units; u++) {
            counts[u + 1] += counts[u];
        }
        int[] byUnit = new int[counts[units]];
        int[] fill = Arrays.copyOf(counts, units);
        for (int i = 0; i < runs.size(); i++) {
            int lastUnit = -1;
            for (int p : runs.get(i).positions()) {
                int u = text.unitOf(p);
                if (u != lastUnit) {
                    byUnit[fill[u]++] = i;
                    lastUnit = u;
                }
            }
        }
        int[][] sets = new int[runs.size()][];
        List<MaximalRuns.Run> kept = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            MaximalRuns.Run a = runs.get(i);
            int p = a.positions()[0];
            int u = text.unitOf(p);
            boolean nested = false;
            for (int k = counts[u]; k < counts[u + 1] && !nested; k++) {
                MaximalRuns.Run b = runs.get(byUnit[k]);
                if (b.length() > a.length() && covers(b, p, a.length())) {
                    if (sets[i] == null) {
                        sets[i] = speechSet(text, a);
                    }
                    if (sets[byUnit[k]] == null) {
                        sets[byUnit[k]] = speechSet(text, b);
                    }
                    nested = Arrays.equals(sets[i], sets[byUnit[k]]);
                }
            }
            if (!nested) {
                kept.add(a);
            }
        }
        return kept;
    }

    /**
     * {@link #withoutNested(CorpusText, List)} of runs partly kept from the last build. A kept run whose first
     * occurrence is the same (no speech of it moved before that one) is a passage exactly when it was one then: a run covering its first occurrence holds its words, so it is in no speech that
     * changed either (the kept run's group would have been touched), and the runs that could make it nested are the
     * same runs, of the same speeches, as then. Only the runs found again are compared, with the runs that have an
     * occurrence in their first one's unit.
     */
    private static List<MaximalRuns.Run> withoutNested(CorpusText text, List<MaximalRuns.Run> runs,
                                                       RunUpdate.Runs update) {
        java.util.BitSet near = new java.util.BitSet(text.text.length);
        Map<Integer, List<MaximalRuns.Run>> inUnit = new HashMap<>();
        for (MaximalRuns.Run r : runs) {
            if (!update.kept().contains(r)) {
                int u = text.unitOf(r.positions()[0]);
                if (inUnit.putIfAbsent(u, new ArrayList<>()) == null) {
                    near.set(text.unitStart[u], text.unitStart[u] + text.unitLength(u));
                }
            }
        }
        for (MaximalRuns.Run b : runs) {
            int lastUnit = -1;
            for (int p : b.positions()) {
                if (near.get(p)) {
                    int u = text.unitOf(p);
                    if (u != lastUnit) {
                        inUnit.get(u).add(b);
                        lastUnit = u;
                    }
                }
            }
        }
        Map<MaximalRuns.Run, int[]> sets = new java.util.IdentityHashMap<>();
        List<MaximalRuns.Run> kept = new ArrayList<>();
        for (MaximalRuns.Run a : runs) {
            boolean nested;
            if (update.kept().contains(a)) {
                nested = !update.spans().containsKey(a);
            } else {
                int p = a.positions()[0];
                nested = false;
                for (MaximalRuns.Run b : inUnit.get(text.unitOf(p))) {
                    if (b.length() > a.length() && covers(b, p, a.length())) {
                        nested = Arrays.equals(sets.computeIfAbsent(a, r -> speechSet(text, r)),
                                sets.computeIfAbsent(b, r -> speechSet(text, r)));
                        if (nested) {
                            break;
                        }
                    }
                }
            }
            if (!nested) {
                kept.add(a);
            }
        }
        return kept;
    }

    private static boolean covers(MaximalRuns.Run b, int p, int length) {
        int[] ps = b.positions();
        int i = Arrays.binarySearch(ps, p);
        int at = i >= 0 ? i : -i - 2; // the last occurrence of b starting at or before p
        return at >= 0 && ps[at] + b.length() >= p + length;
    }
}
