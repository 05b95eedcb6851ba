package wengao.themes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import wengao.model.CandidateStatus;
import wengao.model.CoOccurrence;
import wengao.model.Corpus;
import wengao.model.Mention;
import wengao.model.Problem;
import wengao.model.Speech;
import wengao.model.TextUnit;
import wengao.model.Theme;
import wengao.model.ThemeCandidate;
import wengao.model.ThemeMap;
import wengao.text.NormalizedText;
import wengao.text.TextNormalizer;

/**
 * The themes stage: finds every mention of every theme. Curated and candidate terms go into one trie and each
 * speech is scanned once (speeches in parallel); within a text unit, curated terms are resolved first, longest
 * match winning, then candidates compete for the spans left, so a longer candidate (四不两直) keeps a shorter one
 * (四不) from counting inside it even if it is too rare to become a theme. Discovery then decides from those
 * counts which candidates become themes. Matching is exact over normalized text, so quotation marks or
 * punctuation inside a term in the text do not hide it, and no match spans two paragraphs.
 */
public final class ThemeDetector {

    private ThemeDetector() {
    }

    /** Detection from scratch: every speech is read. */
    public static ThemeMap detect(Corpus corpus) {
        return detect(corpus, null);
    }

    /**
     * Detection that reads again only what changed since the detection {@code cache} remembers, and remembers this
     * one; the map is the one {@link #detect(Corpus)} gives. A speech's candidates are taken from the cache when its
     * text is the same; its matches too when the table of terms is, or when the terms it gained cannot occur in
     * the speech (by its {@link Bigrams}) and none it lost was matched there.
     */
    public static ThemeMap detect(Corpus corpus, ThemeCache cache) {
        List<Problem> problems = new ArrayList<>();
        List<ThemeSpec> curated = ThemeRegistry.build(corpus.themeDefinitions(), problems);
        List<Speech> speeches = corpus.speeches();
        List<List<TextUnit>> units = speeches.stream().map(Speech::textUnits).toList();
        Map<String, String> sources = corpus.sources();
        List<SpeechWork> work = IntStream.range(0, speeches.size()).parallel()
                .mapToObj(s -> SpeechWork.of(units.get(s), sources.get(speeches.get(s).slug()), cache)).toList();
        Map<String, ThemeDiscovery.Candidate> candidates =
                ThemeDiscovery.merge(work.stream().map(w -> w.candidates).toList());
        Terms terms = Terms.of(curated, candidates.keySet(), stopTerms(corpus));

        // The one scan of the corpus, a speech at a time, of the speeches whose matches are not kept.
        TermTrie trie = terms.trie();
        ThemeCache.TermTable table = terms.table();
        TableChange change = cache == null ? null : TableChange.of(cache.table(), table, terms.ids);
        List<List<Found>> found = IntStream.range(0, speeches.size()).parallel()
                .mapToObj(s -> work.get(s).found(units.get(s), trie, terms, change)).toList();
        if (cache != null) {
            Map<ThemeCache.Key, ThemeCache.Kept> kept = new HashMap<>();
            Map<String, ThemeCache.Key> keys = new HashMap<>();
            for (SpeechWork w : work) {
                kept.put(w.key, w.kept);
                if (w.source != null) {
                    keys.put(w.source, w.key);
                }
            }
            cache.remember(table, kept, keys, (int) work.stream().filter(w -> w.scanned).count(),
                    (int) work.stream().filter(w -> w.discovered).count());
        }

        Discovery discovery = decide(candidates.values(), terms, found, ThemeDiscovery.minSpeeches(speeches.size()));
        Map<Integer, String> themeOfTerm = new HashMap<>(terms.curatedOwner);
        discovery.themes.forEach((id, spec) -> themeOfTerm.putIfAbsent(id, spec.slug()));
        List<ThemeSpec> all = new ArrayList<>(curated);
        discovery.themes.values().stream().sorted(Comparator.comparing(ThemeSpec::slug)).forEach(all::add);
        return new ThemeMap(themes(all, speeches, found, themeOfTerm, terms.list.size()), discovery.candidates, problems);
    }

    /**
     * One speech's way through detection: its candidates (kept or looked for), then its matches (kept or scanned
     * for); with a cache, what is to be kept of it. Each is touched by one thread at a time.
     */
    private static final class SpeechWork {
        /** What the speech was made from, or null when that is not known. */
        final String source;
        final ThemeCache.Key key;
        /** What the cache had for the speech's text, while it can be used; then what is to be kept. */
        ThemeCache.Kept kept;
        final Map<String, ThemeDiscovery.Candidate> candidates;
        boolean discovered;
        boolean scanned;

        private SpeechWork(String source, ThemeCache.Key key, ThemeCache.Kept kept,
                           Map<String, ThemeDiscovery.Candidate> candidates, boolean discovered) {
            this.source = source;
            this.key = key;
            this.kept = kept;
            this.candidates = candidates;
            this.discovered = discovered;
        }

        /** The work of the speech with these units, made from {@code source} (null when that is not known). */
        static SpeechWork of(List<TextUnit> units, String source, ThemeCache cache) {
            if (cache == null) {
                return new SpeechWork(null, null, null, ThemeDiscovery.candidatesOf(units), true);
            }
            ThemeCache.Key known = source == null ? null : cache.keyOf(source);
            ThemeCache.Key key = known != null ? known : ThemeCache.Key.of(units);
            ThemeCache.Kept kept = cache.kept(key);
            if (kept != null) {
                try {
                    return new SpeechWork(source, key, kept, KeptFindings.candidates(kept.candidates()), false);
                } catch (java.io.IOException e) {
                    // a damaged entry: the speech is read again
                }
            }
            return new SpeechWork(source, key, null, ThemeDiscovery.candidatesOf(units), true);
        }

        List<Found> found(List<TextUnit> units, TermTrie trie, Terms terms, TableChange change) {
            if (kept != null && change != null && !change.mayMatchIn(Bigrams.of(kept.bigrams()))) {
                try {
                    List<Found> found = KeptFindings.found(kept.found(), units, change.renumber, terms.list.size());
                    if (found != null) {
                        if (change.renumber != null) {
                            kept = new ThemeCache.Kept(kept.candidates(), KeptFindings.found(found, units), kept.bigrams());
                        }
                        return found;
                    }
                } catch (java.io.IOException e) {
                    // a damaged entry: the speech is scanned again
                }
            }
            scanned = true;
            List<String> normalized = key == null ? null : new ArrayList<>(units.size());
            List<Found> found = scan(units, trie, terms.curatedOwner, normalized);
            if (key != null) {
                byte[] mine = kept != null ? kept.candidates() : KeptFindings.candidates(candidates);
                kept = new ThemeCache.Kept(mine, KeptFindings.found(found, units), Bigrams.of(normalized).bits());
            }
            return found;
        }
    }

    /**
     * How the table of terms differs from the one the kept matches were found with: the new number of each old
     * term (-1 when it is gone, or is curated in one table and not the other), or null when the tables are the
     * same; and the terms that are new.
     */
    private record TableChange(int[] renumber, List<String> added) {

        static TableChange of(ThemeCache.TermTable before, ThemeCache.TermTable now, Map<String, Integer> ids) {
            if (before.equals(now)) {
                return new TableChange(null, List.of());
            }
            int[] renumber = new int[before.terms().size()];
            BitSet stays = new BitSet();
            for (int i = 0; i < renumber.length; i++) {
                Integer id = ids.get(before.terms().get(i));
                boolean same = id != null && before.curated().get(i) == now.curated().get(id);
                renumber[i] = same ? id : -1;
                if (same) {
                    stays.set(id);
                }
            }
            List<String> added = new ArrayList<>();
            for (int id = stays.nextClearBit(0); id < now.terms().size(); id = stays.nextClearBit(id + 1)) {
                added.add(now.terms().get(id));
            }
            return new TableChange(renumber, added);
        }

        /** Whether a term new to the table may occur in a speech with these pairs of characters. */
        boolean mayMatchIn(Bigrams bigrams) {
            for (String term : added) {
                if (bigrams.mayContain(term)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One table of terms, each with its id in the trie: curated terms first, then discovery's candidates that no
     * curated theme covers and that are not on the stop list (the others have their status already).
     */
    private record Terms(List<String> list, Map<String, Integer> ids, Map<Integer, String> curatedOwner,
                         Map<String, CandidateStatus> excluded) {

        static Terms of(List<ThemeSpec> curated, Set<String> candidates, Set<String> stop) {
            Terms terms = new Terms(new ArrayList<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (ThemeSpec spec : curated) {
                for (String t : spec.terms()) {
                    terms.curatedOwner.putIfAbsent(terms.add(t), spec.slug());
                }
            }
            for (String c : candidates) {
                if (coveredByCurated(c, curated)) {
                    terms.excluded.put(c, CandidateStatus.CURATED);
                } else if (stop.contains(c)) {
                    terms.excluded.put(c, CandidateStatus.STOP);
                } else {
                    terms.add(c);
                }
            }
            return terms;
        }

        private int add(String term) {
            return ids.computeIfAbsent(term, k -> {
                list.add(k);
                return list.size() - 1;
            });
        }

        ThemeCache.TermTable table() {
            BitSet curated = new BitSet();
            curatedOwner.keySet().forEach(curated::set);
            return new ThemeCache.TermTable(List.copyOf(list), curated);
        }

        TermTrie trie() {
            TermTrie trie = new TermTrie();
            for (int i = 0; i < list.size(); i++) {
                trie.add(list.get(i), i);
            }
            return trie;
        }
    }

    private static Set<String> stopTerms(Corpus corpus) {
        Set<String> stop = new HashSet<>(ThemeDiscovery.BUILT_IN_STOP);
        corpus.stopTerms().forEach(t -> stop.add(TextNormalizer.normalize(t)));
        return stop;
    }

    /** Discovery's decision, from the resolved counts: the terms that become themes, and every candidate's fate. */
    private record Discovery(Map<Integer, ThemeSpec> themes, List<ThemeCandidate> candidates) {
    }

    private static Discovery decide(Collection<ThemeDiscovery.Candidate> candidates, Terms terms, List<List<Found>> found,
                                    int minSpeeches) {
        int[] termMentions = new int[terms.list.size()];
        int[] termSpeeches = new int[terms.list.size()];
        // The last speech (counted from 1) each term was seen in: a term's speeches counted without a set per speech.
        int[] seenIn = new int[terms.list.size()];
        int speech = 0;
        for (List<Found> inSpeech : found) {
            speech++;
            for (Found f : inSpeech) {
                termMentions[f.term()]++;
                if (seenIn[f.term()] != speech) {
                    seenIn[f.term()] = speech;
                    termSpeeches[f.term()]++;
                }
            }
        }
        Map<Integer, ThemeSpec> themes = new HashMap<>();
        List<ThemeCandidate> list = new ArrayList<>();
        for (ThemeDiscovery.Candidate c : candidates) {
            Integer id = terms.ids.get(c.term);
            int mentions = id == null ? 0 : termMentions[id];
            int inSpeeches = id == null ? 0 : termSpeeches[id];
            CandidateStatus status = terms.excluded.getOrDefault(c.term,
                    c.qualifies(mentions, inSpeeches, minSpeeches) ? CandidateStatus.THEME : CandidateStatus.RARE);
            if (status == CandidateStatus.THEME) {
                themes.put(id, new ThemeSpec(discoveredSlug(c.term), c.name(), List.of(), null, c.origin, null, List.of(c.term)));
            }
            list.add(new ThemeCandidate(c.term, c.origin, mentions, inSpeeches, status));
        }
        list.sort(Comparator.comparing((ThemeCandidate c) -> -c.speeches()).thenComparing(c -> -c.mentions())
                .thenComparing(ThemeCandidate::term));
        return new Discovery(themes, list);
    }

    /** The themes with their mentions in reading order, and the themes each travels with (per unit and speech). */
    private static List<Theme> themes(List<ThemeSpec> specs, List<Speech> speeches, List<List<Found>> found,
                                      Map<Integer, String> themeOfTerm, int terms) {
        // Themes by number (of their slug), and each term's theme: the loop over every mention looks up arrays.
        Map<String, Integer> numbers = new HashMap<>();
        List<String> slugs = new ArrayList<>();
        for (ThemeSpec spec : specs) {
            numbers.computeIfAbsent(spec.slug(), k -> {
                slugs.add(k);
                return slugs.size() - 1;
            });
        }
        int[] themeOf = new int[terms];
        java.util.Arrays.fill(themeOf, -1);
        themeOfTerm.forEach((term, slug) -> themeOf[term] = numbers.computeIfAbsent(slug, k -> {
            slugs.add(k);
            return slugs.size() - 1;
        }));
        List<List<Mention>> mentions = new ArrayList<>();
        slugs.forEach(slug -> mentions.add(new ArrayList<>()));
        CoOccurrenceCounter together = new CoOccurrenceCounter(slugs.toArray(String[]::new));
        for (int s = 0; s < speeches.size(); s++) {
            String slugOfSpeech = speeches.get(s).slug();
            int unit = -1;
            for (Found f : found.get(s)) {
                int theme = themeOf[f.term()];
                if (theme < 0) {
                    continue;
                }
                if (f.unit() != unit) { // a speech's matches come in the order of its units
                    together.endUnit();
                    unit = f.unit();
                }
                mentions.get(theme).add(new Mention(slugs.get(theme), slugOfSpeech, f.unit(), f.anchor(), f.start(), f.end(),
                        f.text(), f.position()));
                together.add(theme);
            }
            together.endSpeech();
        }
        List<List<CoOccurrence>> related = together.result();
        List<Theme> themes = new ArrayList<>();
        for (ThemeSpec spec : specs) {
            int n = numbers.get(spec.slug());
            themes.add(new Theme(spec.slug(), spec.name(), spec.aliases(), spec.parent(), spec.origin(),
                    spec.descriptionHtml(), mentions.get(n), related.get(n)));
        }
        return themes;
    }

    /**
     * Every resolved match of one speech, curated terms first and then candidates, longest first in each; the
     * normalized texts of its units go to {@code normalized} when it is not null.
     */
    private static List<Found> scan(List<TextUnit> units, TermTrie trie, Map<Integer, String> curatedOwner,
                                    List<String> normalized) {
        List<Found> out = new ArrayList<>();
        int total = Math.max(1, units.stream().mapToInt(u -> u.text().length()).sum());
        int offset = 0;
        for (TextUnit unit : units) {
            NormalizedText n = NormalizedText.of(unit.text());
            if (normalized != null) {
                normalized.add(n.text());
            }
            List<TermTrie.Match> all = trie.findAll(n.text());
            if (!all.isEmpty()) {
                List<TermTrie.Match> chosen = new ArrayList<>(TermTrie.longestFirst(all, curatedOwner::containsKey));
                List<TermTrie.Match> rest = new ArrayList<>();
                for (TermTrie.Match m : all) {
                    if (!curatedOwner.containsKey(m.term()) && !TermTrie.overlapsAny(m, chosen)) {
                        rest.add(m);
                    }
                }
                chosen.addAll(TermTrie.longestFirst(rest, id -> true));
                chosen.sort(Comparator.comparingInt(TermTrie.Match::start));
                for (TermTrie.Match m : chosen) {
                    int start = n.sourceStart(m.start());
                    int end = n.sourceEnd(m.end());
                    double position = Math.round(1000.0 * (offset + start) / total) / 1000.0;
                    out.add(new Found(unit.index(), unit.anchor(), start, end, m.term(), unit.text().substring(start, end), position));
                }
            }
            offset += unit.text().length();
        }
        return out;
    }

    /** A candidate adds nothing where a curated theme's term contains it or is contained in it. */
    private static boolean coveredByCurated(String candidate, List<ThemeSpec> curated) {
        for (ThemeSpec spec : curated) {
            for (String t : spec.terms()) {
                if (t.contains(candidate) || candidate.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Discovered themes have no ASCII name to slug; a hash of the term is stable from build to build. */
    static String discoveredSlug(String term) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(term.getBytes(StandardCharsets.UTF_8));
            return "t-" + HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
