package wengao.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import wengao.model.CitedDocument;
import wengao.model.Citations;
import wengao.model.Corpus;
import wengao.model.DocumentMention;
import wengao.model.Mention;
import wengao.model.PassageMap;
import wengao.model.Related;
import wengao.model.RelatedMap;
import wengao.model.Speech;
import wengao.model.SpeechPairs;
import wengao.model.Theme;
import wengao.model.ThemeMap;

/**
 * Related speeches (相关文稿): for each speech the few others that share most with it, by {@link Signal}: themes,
 * distinctive words of the outline, cited documents and, when the caller has them, shared passages. Each signal is a
 * cosine similarity of tf·idf vectors ({@link FeatureSpace}), computed for all pairs at once through the features'
 * postings; the score is their weighted sum, rounded, and the reason names what adds most to it. What a build
 * found is kept for the next ({@link RelatedCache}), which ranks again only what its changes reach
 * ({@link RelatedUpdate}).
 */
public final class RelatedSpeeches {

    /** At most this many related speeches per speech. */
    public static final int LIMIT = 5;
    /** Below this score two speeches share too little to be worth a reader's click. */
    static final double MIN_SCORE = 0.05;
    /** As Lucene's MoreLikeThis, the words of a speech that stand for it: its most distinctive ones. */
    static final int MAX_TERMS = 25;
    private static final int NAMES_PER_REASON = 3;

    static {
        Signal[] signals = Signal.values();
        if (signals.length != 4 || signals[0] != Signal.THEMES || signals[1] != Signal.TERMS
                || signals[2] != Signal.DOCUMENTS || signals[3] != Signal.PASSAGES) {
            throw new IllegalStateException("the score sums the signals in the order of their ordinals");
        }
    }

    private RelatedSpeeches() {
    }

    /**
     * {@code sharedPassages}: how many passages pairs of speeches (by slug) have in common; empty until the shared
     * passages stage feeds it, which then counts as one more signal with nothing else to change.
     */
    public static RelatedMap find(Corpus corpus, ThemeMap themes, Citations citations, SpeechPairs sharedPassages) {
        return find(corpus, themes, citations, sharedPassages, OutlineWords.empty("none"));
    }

    /** As {@link #find(Corpus, ThemeMap, Citations, SpeechPairs)}, the outlines' words taken from {@code words} where it has them. */
    public static RelatedMap find(Corpus corpus, ThemeMap themes, Citations citations, SpeechPairs sharedPassages,
                                  OutlineWords words) {
        return find(corpus, themes, citations, new Passages(sharedPassages, null), words, RelatedCache.empty("none"));
    }

    /**
     * As {@link #find(Corpus, ThemeMap, Citations, SpeechPairs, OutlineWords)}, ranking again only what changed
     * since the build {@code cache} kept, when it can tell (else every speech), and keeping this build's for the
     * next. The pairs' counts are taken from the shared passages ({@link PassageMap#pairCounts}) only when something
     * changed: counting every pair costs more than telling whether any did ({@link PassageMemberships}).
     */
    public static RelatedMap find(Corpus corpus, ThemeMap themes, Citations citations, PassageMap sharedPassages,
                                  OutlineWords words, RelatedCache cache) {
        return find(corpus, themes, citations, new Passages(null, sharedPassages), words, cache);
    }

    /** The shared passages as given: their pairs' counts, or the passages to count them from when asked. */
    private static final class Passages {
        private SpeechPairs pairs;
        private final PassageMap passages;

        Passages(SpeechPairs pairs, PassageMap passages) {
            this.pairs = pairs;
            this.passages = passages;
        }

        SpeechPairs pairs() {
            if (pairs == null) {
                pairs = passages.pairCounts();
            }
            return pairs;
        }

        /** Per speech, a fingerprint that changes when its count with any other speech may have. */
        String[] fingerprints(Map<String, Integer> index, int n) {
            return passages != null ? PassageMemberships.fingerprints(passages, index, n)
                    : new PairRows(pairs, index, n).fingerprints();
        }
    }

    private static RelatedMap find(Corpus corpus, ThemeMap themes, Citations citations, Passages sharedPassages,
                                   OutlineWords words, RelatedCache cache) {
        List<Speech> speeches = corpus.speeches();
        int n = speeches.size();
        Map<String, Integer> index = new HashMap<>();
        String[] slugs = new String[n];
        for (int i = 0; i < n; i++) {
            slugs[i] = speeches.get(i).slug();
            index.put(slugs[i], i);
        }
        SignalCounts[] counts = new SignalCounts[RelatedState.SPACES];
        counts[Signal.THEMES.ordinal()] = SignalCounts.ofMentions(themes.themes(), Theme::slug, Theme::mentions,
                Mention::speech, index, n);
        OutlineTerms terms = new OutlineTerms(words);
        counts[Signal.TERMS.ordinal()] = SignalCounts.of(speeches.parallelStream().map(terms::of).toList());
        counts[Signal.DOCUMENTS.ordinal()] = SignalCounts.ofMentions(citations.documents(), CitedDocument::slug,
                CitedDocument::mentions, DocumentMention::speech, index, n);
        return map(speeches, rankings(slugs, index, counts, sharedPassages, new Wording(themes, citations), cache));
    }

    /**
     * Each speech's related speeches (by place in {@code slugs}), from the signals' {@code counts} and the shared
     * passages: ranked again only where they changed since the build {@code cache} kept, when it can tell.
     */
    static List<List<Ranked>> rankings(String[] slugs, Map<String, Integer> index, SignalCounts[] counts,
                                       SpeechPairs sharedPassages, Wording wording, RelatedCache cache) {
        return rankings(slugs, index, counts, new Passages(sharedPassages, null), wording, cache);
    }

    private static List<List<Ranked>> rankings(String[] slugs, Map<String, Integer> index, SignalCounts[] counts,
                                               Passages sharedPassages, Wording wording, RelatedCache cache) {
        RelatedState now = RelatedState.of(slugs, counts, sharedPassages.fingerprints(index, slugs.length), wording);
        RelatedState previous = cache.previous();
        RelatedUpdate.Update update = previous == null ? null
                : RelatedUpdate.of(previous, now, counts, sharedPassages::pairs, index, wording).orElse(null);
        if (update == null) {
            update = new RelatedUpdate.Update(now.ranked(all(counts, sharedPassages.pairs(), index, wording)),
                    slugs.length, false);
        }
        cache.keep(update);
        return update.state().ranked;
    }

    /** Every speech ranked, from nothing kept. */
    private static List<List<Ranked>> all(SignalCounts[] counts, SpeechPairs sharedPassages,
                                          Map<String, Integer> index, Wording wording) {
        int n = counts[0].speeches();
        FeatureSpace[] spaces = new FeatureSpace[RelatedState.SPACES];
        for (int sig = 0; sig < RelatedState.SPACES; sig++) {
            spaces[sig] = FeatureSpace.of(counts[sig], maxFeatures(Signal.values()[sig]));
        }
        PairCounts passages = new PairCounts(sharedPassages, index, n);
        // Each thread reuses its own rows, cleared after each speech: a speech's rows would be most of what the
        // stage allocates.
        ThreadLocal<double[][]> rows = ThreadLocal.withInitial(() -> new double[Signal.values().length][n]);
        return IntStream.range(0, n).parallel().mapToObj(a -> rank(a, rows.get(), spaces, passages, wording)).toList();
    }

    static int maxFeatures(Signal signal) {
        return signal == Signal.TERMS ? MAX_TERMS : Integer.MAX_VALUE;
    }

    /**
     * Speech {@code a}'s related speeches; {@code row}: one row of zeros per signal, by ordinal, each as long as the
     * corpus, holding its similarities while it is ranked and zeros again after.
     */
    static List<Ranked> rank(int a, double[][] row, FeatureSpace[] spaces, PairSignal passages, Wording wording) {
        similarities(a, row, spaces, passages);
        List<int[]> top = top(a, row); // {speech, score in thousandths}
        List<Ranked> out = new ArrayList<>(top.size());
        for (int[] r : top) {
            out.add(new Ranked(r[0], r[1], wording.because(reasons(a, r[0], row, r[0], spaces, passages))));
        }
        for (double[] r : row) {
            java.util.Arrays.fill(r, 0);
        }
        return List.copyOf(out);
    }

    /** Speech {@code a}'s similarity with every speech, per signal, into {@code row} (by ordinal), which holds zeros. */
    static void similarities(int a, double[][] row, FeatureSpace[] spaces, PairSignal passages) {
        for (int sig = 0; sig < RelatedState.SPACES; sig++) {
            spaces[sig].similarities(a, row[sig]);
        }
        passages.similarities(a, row[Signal.PASSAGES.ordinal()]);
    }

    /**
     * The score in thousandths of the pair whose similarities are {@code row[signal][at]}: their weighted sum in the
     * signals' order, rounded. Both ways of a pair have the same similarities, bit for bit (the products of their
     * weights, summed in the order of the features), so a score is the same from either speech's row.
     */
    static long score(double[][] row, int at) {
        double sum = 0;
        sum += Signal.THEMES.weight * row[0][at];
        sum += Signal.TERMS.weight * row[1][at];
        sum += Signal.DOCUMENTS.weight * row[2][at];
        sum += Signal.PASSAGES.weight * row[3][at];
        return Math.round(sum * 1000);
    }

    /** Scores below this, in thousandths, are not worth showing. */
    static long floor() {
        return Math.round(MIN_SCORE * 1000);
    }

    /**
     * The {@link #LIMIT} highest scores but {@code a}'s own, at least {@link #MIN_SCORE}; ties in reading order.
     * {@code similarity}: each signal's row (by ordinal), scored by {@link #score}, ranked in one pass over the speeches.
     */
    private static List<int[]> top(int a, double[][] similarity) {
        int n = similarity[0].length;
        List<int[]> best = new ArrayList<>(LIMIT + 1);
        long floor = floor();
        long lowest = Long.MIN_VALUE; // the last kept score once LIMIT are kept
        for (int b = 0; b < n; b++) {
            long total = score(similarity, b);
            if (b == a || total < floor || total <= lowest) {
                continue; // an equal score later in reading order ranks below
            }
            int at = best.size();
            while (at > 0 && best.get(at - 1)[1] < total) {
                at--;
            }
            best.add(at, new int[] {b, (int) total});
            if (best.size() > LIMIT) {
                best.remove(LIMIT);
            }
            if (best.size() == LIMIT) {
                lowest = best.get(LIMIT - 1)[1];
            }
        }
        return best;
    }

    /**
     * What speeches {@code a} and {@code b} share ({@code row[signal][at]}: their similarities), in the order of what
     * adds most to their score: the leading signal always, the others when they add at least a quarter of what it
     * does. 同论 一岗双责、四风；同引 《中国共产党党内监督条例》.
     */
    static List<Wording.Reason> reasons(int a, int b, double[][] row, int at, FeatureSpace[] spaces,
                                       PairSignal passages) {
        List<Signal> order = new ArrayList<>();
        for (Signal s : Signal.values()) {
            if (row[s.ordinal()][at] > 0) {
                order.add(s);
            }
        }
        order.sort((x, y) -> Double.compare(y.weight * row[y.ordinal()][at], x.weight * row[x.ordinal()][at]));
        double lead = order.isEmpty() ? 0 : order.get(0).weight * row[order.get(0).ordinal()][at];
        List<Wording.Reason> reasons = new ArrayList<>();
        for (Signal s : order) {
            if (s.weight * row[s.ordinal()][at] < lead / 4) {
                break;
            }
            reasons.add(s == Signal.PASSAGES ? new Wording.Reason(s, List.of(), passages.count(a, b))
                    : new Wording.Reason(s, spaces[s.ordinal()].shared(a, b, NAMES_PER_REASON), 0));
        }
        return reasons;
    }

    /** The rankings with each speech's page and today's title. */
    private static RelatedMap map(List<Speech> speeches, List<List<Ranked>> ranked) {
        String[] urls = new String[speeches.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = speeches.get(i).url();
        }
        Map<String, List<Related>> bySpeech = new LinkedHashMap<>();
        for (int i = 0; i < urls.length; i++) {
            List<Ranked> list = ranked.get(i);
            Related[] out = new Related[list.size()];
            for (int k = 0; k < out.length; k++) {
                Ranked r = list.get(k);
                out[k] = new Related(urls[r.speech()], speeches.get(r.speech()).title(), r.score() / 1000.0, r.because());
            }
            bySpeech.put(urls[i], List.of(out));
        }
        return new RelatedMap(bySpeech);
    }
}
