package wengao.themes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
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

    /** A resolved match in a speech, in source characters of its unit; {@code position} is where in the speech. */
    private record Found(int unit, String anchor, int start, int end, int term, String text, double position) {
    }

    public static ThemeMap detect(Corpus corpus) {
        List<Problem> problems = new ArrayList<>();
        List<ThemeSpec> curated = ThemeRegistry.build(corpus.themeDefinitions(), problems);
        List<Speech> speeches = corpus.speeches();
        List<List<TextUnit>> units = speeches.stream().map(Speech::textUnits).toList();

        // One term table: curated terms first, then discovery's candidates that no curated theme covers.
        List<String> terms = new ArrayList<>();
        Map<String, Integer> termIds = new HashMap<>();
        Map<Integer, String> curatedOwner = new HashMap<>();
        for (ThemeSpec spec : curated) {
            for (String t : spec.terms()) {
                int id = termIds.computeIfAbsent(t, k -> {
                    terms.add(k);
                    return terms.size() - 1;
                });
                curatedOwner.putIfAbsent(id, spec.slug());
            }
        }
        Map<String, ThemeDiscovery.Candidate> candidates = ThemeDiscovery.candidates(units);
        Set<String> stop = new HashSet<>(ThemeDiscovery.BUILT_IN_STOP);
        corpus.stopTerms().forEach(t -> stop.add(TextNormalizer.normalize(t)));
        Map<String, String> candidateStatus = new HashMap<>();
        for (String c : candidates.keySet()) {
            if (coveredByCurated(c, curated)) {
                candidateStatus.put(c, "curated");
            } else if (stop.contains(c)) {
                candidateStatus.put(c, "stop");
            } else {
                termIds.computeIfAbsent(c, k -> {
                    terms.add(k);
                    return terms.size() - 1;
                });
            }
        }
        TermTrie trie = new TermTrie();
        for (int i = 0; i < terms.size(); i++) {
            trie.add(terms.get(i), i);
        }

        // The one scan of the corpus, a speech at a time.
        List<List<Found>> found = IntStream.range(0, speeches.size()).parallel()
                .mapToObj(s -> scan(units.get(s), trie, curatedOwner)).toList();

        int[] termMentions = new int[terms.size()];
        int[] termSpeeches = new int[terms.size()];
        for (List<Found> inSpeech : found) {
            Set<Integer> seen = new HashSet<>();
            for (Found f : inSpeech) {
                termMentions[f.term()]++;
                if (seen.add(f.term())) {
                    termSpeeches[f.term()]++;
                }
            }
        }

        // Discovery's decision, from the resolved counts.
        int minSpeeches = ThemeDiscovery.minSpeeches(speeches.size());
        Map<Integer, ThemeSpec> discovered = new HashMap<>();
        List<ThemeCandidate> candidateList = new ArrayList<>();
        for (ThemeDiscovery.Candidate c : candidates.values()) {
            Integer id = termIds.get(c.term);
            int mentions = id == null ? 0 : termMentions[id];
            int inSpeeches = id == null ? 0 : termSpeeches[id];
            String status = candidateStatus.get(c.term);
            if (status == null) {
                status = c.qualifies(mentions, inSpeeches, minSpeeches) ? "theme" : "rare";
            }
            if (status.equals("theme")) {
                discovered.put(id, new ThemeSpec(discoveredSlug(c.term), c.name(), List.of(), null, c.origin, null, List.of(c.term)));
            }
            candidateList.add(new ThemeCandidate(c.term, c.origin, mentions, inSpeeches, status));
        }
        candidateList.sort(Comparator.comparing((ThemeCandidate c) -> -c.speeches()).thenComparing(c -> -c.mentions())
                .thenComparing(ThemeCandidate::term));

        // Mentions of the terms that are themes, in reading order; co-occurrence per unit and per speech.
        Map<String, List<Mention>> mentionsByTheme = new HashMap<>();
        CoOccurrenceCounter together = new CoOccurrenceCounter();
        for (int s = 0; s < speeches.size(); s++) {
            String slugOfSpeech = speeches.get(s).slug();
            Map<Integer, Set<String>> byUnit = new LinkedHashMap<>();
            for (Found f : found.get(s)) {
                String slug = curatedOwner.containsKey(f.term()) ? curatedOwner.get(f.term())
                        : discovered.containsKey(f.term()) ? discovered.get(f.term()).slug() : null;
                if (slug == null) {
                    continue;
                }
                mentionsByTheme.computeIfAbsent(slug, k -> new ArrayList<>())
                        .add(new Mention(slug, slugOfSpeech, f.unit(), f.anchor(), f.start(), f.end(), f.text(), f.position()));
                byUnit.computeIfAbsent(f.unit(), k -> new HashSet<>()).add(slug);
            }
            together.addSpeech(byUnit.values());
        }

        List<ThemeSpec> all = new ArrayList<>(curated);
        List<ThemeSpec> fromDiscovery = new ArrayList<>(discovered.values());
        fromDiscovery.sort(Comparator.comparing(ThemeSpec::slug));
        all.addAll(fromDiscovery);
        Map<String, List<CoOccurrence>> related = together.result();
        List<Theme> themes = new ArrayList<>();
        for (ThemeSpec spec : all) {
            themes.add(new Theme(spec.slug(), spec.name(), spec.aliases(), spec.parent(), spec.curated(), spec.origin(),
                    spec.descriptionHtml(), mentionsByTheme.getOrDefault(spec.slug(), List.of()),
                    related.getOrDefault(spec.slug(), List.of())));
        }
        return new ThemeMap(themes, candidateList, problems);
    }

    /** Every resolved match of one speech, curated terms first and then candidates, longest first in each. */
    private static List<Found> scan(List<TextUnit> units, TermTrie trie, Map<Integer, String> curatedOwner) {
        List<Found> out = new ArrayList<>();
        int total = Math.max(1, units.stream().mapToInt(u -> u.text().length()).sum());
        int offset = 0;
        for (TextUnit unit : units) {
            NormalizedText n = NormalizedText.of(unit.text());
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
