package wengao.search;

import java.util.ArrayList;
import java.util.EnumMap;
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
 * postings; the score is their weighted sum, rounded, and the reason names what adds most to it.
 */
public final class RelatedSpeeches {

    /** At most this many related speeches per speech. */
    public static final int LIMIT = 5;
    /** Below this score two speeches share too little to be worth a reader's click. */
    static final double MIN_SCORE = 0.05;
    /** As Lucene's MoreLikeThis, the words of a speech that stand for it: its most distinctive ones. */
    static final int MAX_TERMS = 25;
    private static final int NAMES_PER_REASON = 3;

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
        List<Speech> speeches = corpus.speeches();
        int n = speeches.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(speeches.get(i).slug(), i);
        }
        Map<Signal, FeatureSpace> spaces = new EnumMap<>(Signal.class);
        spaces.put(Signal.THEMES, FeatureSpace.of(themeCounts(themes, index, n), Integer.MAX_VALUE));
        OutlineTerms terms = new OutlineTerms(words);
        spaces.put(Signal.TERMS, FeatureSpace.of(speeches.parallelStream().map(terms::of).toList(), MAX_TERMS));
        spaces.put(Signal.DOCUMENTS, FeatureSpace.of(documentCounts(citations, index, n), Integer.MAX_VALUE));
        Map<String, String> themeNames = new HashMap<>();
        themes.themes().forEach(t -> themeNames.put(t.slug(), t.name()));
        Map<String, String> documentTitles = new HashMap<>();
        citations.documents().forEach(d -> documentTitles.put(d.slug(), "《" + d.title() + "》"));
        PairCounts passages = new PairCounts(sharedPassages, index, n);

        // Each thread reuses its own rows, cleared after each speech: a speech's rows would be most of what the
        // stage allocates.
        ThreadLocal<double[][]> rows = ThreadLocal.withInitial(() -> new double[Signal.values().length][n]);
        List<List<Related>> found = IntStream.range(0, n).parallel().mapToObj(a -> {
            double[][] row = rows.get();
            Map<Signal, double[]> similarity = new EnumMap<>(Signal.class);
            spaces.forEach((signal, space) -> {
                double[] into = row[signal.ordinal()];
                space.similarities(a, into);
                similarity.put(signal, into);
            });
            double[] shared = row[Signal.PASSAGES.ordinal()];
            passages.similarities(a, shared);
            similarity.put(Signal.PASSAGES, shared);
            List<int[]> ranked = top(a, row); // {speech, score in thousandths}
            List<Related> out = new ArrayList<>();
            for (int[] r : ranked) {
                Speech b = speeches.get(r[0]);
                String because = because(a, r[0], similarity, spaces, passages, themeNames, documentTitles);
                out.add(new Related(b.url(), b.title(), r[1] / 1000.0, because));
            }
            for (double[] r : row) {
                java.util.Arrays.fill(r, 0);
            }
            return out;
        }).toList();
        Map<String, List<Related>> bySpeech = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            bySpeech.put(speeches.get(i).url(), found.get(i));
        }
        return new RelatedMap(bySpeech);
    }

    /**
     * The {@link #LIMIT} highest scores but {@code a}'s own, at least {@link #MIN_SCORE}; ties in reading order.
     * {@code similarity}: each signal's row (by ordinal); a score is their weighted sum in the signals' order,
     * rounded to thousandths, summed and ranked in one pass over the speeches.
     */
    private static List<int[]> top(int a, double[][] similarity) {
        Signal[] signals = Signal.values();
        double[] themes = similarity[Signal.THEMES.ordinal()];
        double[] terms = similarity[Signal.TERMS.ordinal()];
        double[] documents = similarity[Signal.DOCUMENTS.ordinal()];
        double[] passages = similarity[Signal.PASSAGES.ordinal()];
        if (signals.length != 4 || signals[0] != Signal.THEMES || signals[1] != Signal.TERMS
                || signals[2] != Signal.DOCUMENTS || signals[3] != Signal.PASSAGES) {
            throw new IllegalStateException("the score sums the signals in the order of their ordinals");
        }
        double wThemes = Signal.THEMES.weight;
        double wTerms = Signal.TERMS.weight;
        double wDocuments = Signal.DOCUMENTS.weight;
        double wPassages = Signal.PASSAGES.weight;
        List<int[]> best = new ArrayList<>(LIMIT + 1);
        long floor = Math.round(MIN_SCORE * 1000);
        long lowest = Long.MIN_VALUE; // the last kept score once LIMIT are kept
        for (int b = 0; b < themes.length; b++) {
            double sum = 0;
            sum += wThemes * themes[b];
            sum += wTerms * terms[b];
            sum += wDocuments * documents[b];
            sum += wPassages * passages[b];
            long total = Math.round(sum * 1000); // the score in thousandths, as rounded
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
     * What the two share, in the order of what adds most to their score: the leading signal always, the others when
     * they add at least a quarter of what it does. 同论 一岗双责、四风；同引 《中国共产党党内监督条例》.
     */
    private static String because(int a, int b, Map<Signal, double[]> similarity, Map<Signal, FeatureSpace> spaces,
                                  PairCounts passages, Map<String, String> themeNames, Map<String, String> documentTitles) {
        List<Signal> order = new ArrayList<>();
        for (Signal s : Signal.values()) {
            if (similarity.get(s)[b] > 0) {
                order.add(s);
            }
        }
        order.sort((x, y) -> Double.compare(y.weight * similarity.get(y)[b], x.weight * similarity.get(x)[b]));
        double lead = order.isEmpty() ? 0 : order.get(0).weight * similarity.get(order.get(0))[b];
        List<String> parts = new ArrayList<>();
        for (Signal s : order) {
            if (s.weight * similarity.get(s)[b] < lead / 4) {
                break;
            }
            List<String> what = s == Signal.PASSAGES ? List.of(passages.count(a, b) + " 处")
                    : spaces.get(s).shared(a, b, NAMES_PER_REASON).stream().map(f -> switch (s) {
                        case THEMES -> themeNames.getOrDefault(f, f);
                        case DOCUMENTS -> documentTitles.getOrDefault(f, f);
                        default -> f;
                    }).toList();
            parts.add(s.phrase + String.join("、", what));
        }
        return String.join("；", parts);
    }

    private static List<Map<String, Integer>> themeCounts(ThemeMap themes, Map<String, Integer> index, int n) {
        List<Map<String, Integer>> counts = emptyCounts(n);
        for (Theme t : themes.themes()) {
            for (Mention m : t.mentions()) {
                Integer s = index.get(m.speech());
                if (s != null) {
                    counts.get(s).merge(t.slug(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static List<Map<String, Integer>> documentCounts(Citations citations, Map<String, Integer> index, int n) {
        List<Map<String, Integer>> counts = emptyCounts(n);
        for (CitedDocument d : citations.documents()) {
            for (DocumentMention m : d.mentions()) {
                Integer s = index.get(m.speech());
                if (s != null) {
                    counts.get(s).merge(d.slug(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static List<Map<String, Integer>> emptyCounts(int n) {
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            counts.add(new HashMap<>());
        }
        return counts;
    }
}
