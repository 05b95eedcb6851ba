package wengao.passages;

import java.util.Arrays;
import wengao.text.NormalizedText;

/**
 * Every sentence (and every quoted span) of {@value NearSentences#MIN_LENGTH} to {@value NearSentences#MAX_LENGTH}
 * normalized characters that {@link NearSentences} compares, speech by speech in corpus order, each unit's in reading
 * order: its unit (counted within its speech), its span of the unit's source text, and its normalized characters
 * (start within the unit, length). Nothing here depends on other speeches, so a speech the last build kept
 * unchanged ({@link SpeechMatch}) takes its sentences from there, neither normalized nor split again.
 */
final class SentencePlaces {

    /** The places of speech {@code s} are {@code [firsts[s], firsts[s + 1])}. */
    final int[] firsts;
    /** Per place: its unit within its speech, shifted left {@value #LENGTH_BITS}, or its normalized length. */
    final int[] unitLength;
    final int[] start;
    final int[] end;
    /** Per place: where its normalized characters start in its unit's normalized text. */
    final int[] from;
    /**
     * The speeches whose sentences were split afresh, not taken from the last build: where {@link NearSentences}
     * looks for keys new to the corpus. Not kept.
     */
    final java.util.BitSet split;

    static final int LENGTH_BITS = 6;
    private static final int LENGTH_MASK = (1 << LENGTH_BITS) - 1;

    SentencePlaces(int[] firsts, int[] unitLength, int[] start, int[] end, int[] from) {
        this(firsts, unitLength, start, end, from, null);
    }

    private SentencePlaces(int[] firsts, int[] unitLength, int[] start, int[] end, int[] from, java.util.BitSet split) {
        this.split = split;
        this.firsts = firsts;
        this.unitLength = unitLength;
        this.start = start;
        this.end = end;
        this.from = from;
    }

    int speeches() {
        return firsts.length - 1;
    }

    static int unit(int unitLength) {
        return unitLength >>> LENGTH_BITS;
    }

    static int length(int unitLength) {
        return unitLength & LENGTH_MASK;
    }

    /**
     * The sentences of every speech of {@code corpus}: a speech {@code match} finds in {@code last} unchanged takes
     * them from there (when they fit its units, as they do unless the file lies), every other is split afresh.
     */
    static SentencePlaces of(CorpusText corpus, SpeechMatch match, SentencePlaces last) {
        int speeches = corpus.speeches.size();
        Builder b = new Builder(speeches);
        for (int s = 0; s < speeches; s++) {
            int k = match == null || last == null ? -1 : match.kept[s];
            if (k < 0 || !b.copy(corpus, s, last, k)) {
                b.split.set(s);
                for (int u = corpus.firstUnit(s); u < corpus.endUnit(s); u++) {
                    b.collect(corpus, s, u);
                }
            }
            b.firsts[s + 1] = b.n;
        }
        return b.done();
    }

    private static final class Builder {
        final int[] firsts;
        final java.util.BitSet split = new java.util.BitSet();
        int n;
        int[] unitLength = new int[1024];
        int[] start = new int[1024];
        int[] end = new int[1024];
        int[] from = new int[1024];

        Builder(int speeches) {
            firsts = new int[speeches + 1];
        }

        SentencePlaces done() {
            return new SentencePlaces(firsts, Arrays.copyOf(unitLength, n), Arrays.copyOf(start, n),
                    Arrays.copyOf(end, n), Arrays.copyOf(from, n), split);
        }

        void add(int unitInSpeech, int length, int s, int e, int f) {
            if (n == start.length) {
                int size = 2 * n;
                unitLength = Arrays.copyOf(unitLength, size);
                start = Arrays.copyOf(start, size);
                end = Arrays.copyOf(end, size);
                from = Arrays.copyOf(from, size);
            }
            unitLength[n] = unitInSpeech << LENGTH_BITS | length;
            start[n] = s;
            end[n] = e;
            from[n] = f;
            n++;
        }

        /** Kept speech {@code k}'s places as speech {@code s}'s; false, adding none, when they do not fit. */
        boolean copy(CorpusText corpus, int s, SentencePlaces last, int k) {
            int first = corpus.firstUnit(s);
            int units = corpus.endUnit(s) - first;
            for (int p = last.firsts[k]; p < last.firsts[k + 1]; p++) {
                int u = unit(last.unitLength[p]);
                int length = length(last.unitLength[p]);
                if (u >= units || last.start[p] < 0 || last.start[p] >= last.end[p]
                        || last.end[p] > corpus.units[first + u].text().length() || last.from[p] < 0
                        || length < NearSentences.MIN_LENGTH || length > NearSentences.MAX_LENGTH
                        || last.from[p] + length > corpus.unitLength(first + u)) {
                    n = firsts[s];
                    return false;
                }
                add(u, length, last.start[p], last.end[p], last.from[p]);
            }
            return true;
        }

        void collect(CorpusText corpus, int speech, int unit) {
            String source = corpus.units[unit].text();
            int begin = 0;
            int quote = -1;
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '“') {
                    quote = i + 1;
                } else if (c == '”' && quote >= 0) {
                    sentence(corpus, speech, unit, quote, i);
                    quote = -1;
                }
                if (isEnd(c)) {
                    int stop = i + 1;
                    while (stop < source.length() && isCloser(source.charAt(stop))) {
                        stop++;
                    }
                    sentence(corpus, speech, unit, begin, stop);
                    begin = stop;
                    i = stop - 1;
                }
            }
            if (begin < source.length()) {
                sentence(corpus, speech, unit, begin, source.length());
            }
        }

        private void sentence(CorpusText corpus, int speech, int unit, int sourceStart, int sourceEnd) {
            long span = ClauseSpan.trim(corpus.units[unit].text(), sourceStart, sourceEnd);
            int s = ClauseSpan.start(span);
            int e = ClauseSpan.end(span);
            if (e - s < NearSentences.MIN_LENGTH || e - s > 3 * NearSentences.MAX_LENGTH) {
                return;
            }
            NormalizedText normalized = corpus.normalized(unit);
            int f = normalizedIndex(normalized, s);
            int length = normalizedIndex(normalized, e) - f;
            if (length < NearSentences.MIN_LENGTH || length > NearSentences.MAX_LENGTH) {
                return;
            }
            add(unit - corpus.firstUnit(speech), length, s, e, f);
        }
    }

    private static boolean isEnd(char c) {
        return switch (c) {
            case '。', '！', '？', '；', '!', '?', ';' -> true;
            default -> false;
        };
    }

    private static boolean isCloser(char c) {
        return switch (c) {
            case '”', '’', '」', '』', '）', ')', '》', '〉', '】', '"', '\'' -> true;
            default -> false;
        };
    }

    /** The first normalized character whose source starts at or after {@code sourceOffset}. */
    private static int normalizedIndex(NormalizedText n, int sourceOffset) {
        int lo = 0;
        int hi = n.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (n.sourceStart(mid) < sourceOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
