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
import java.util.TreeMap;
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
 * The themes stage: finds every mention of every theme. Curated and candidate terms go into one trie and the
 * corpus is scanned once; discovery decides from those counts which candidates become themes; then each text
 * unit keeps, among overlapping matches, the longest. Matching is exact over normalized text, so quotation
 * marks or punctuation inside a term in the text do not hide it, and no match spans two paragraphs.
 */
public final class ThemeDetector {

    private ThemeDetector() {
    }

    public static ThemeMap detect(Corpus corpus) {
        List<Problem> problems = new ArrayList<>();
        List<ThemeSpec> curated = ThemeRegistry.build(corpus.themeDefinitions(), problems);
        List<Speech> speeches = corpus.speeches();
        List<List<TextUnit>> units = new ArrayList<>();
        for (Speech s : speeches) {
            units.add(s.textUnits());
        }

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
        Map<String, String> candidateStatus = new TreeMap<>();
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

        // The one scan of the corpus: every occurrence of every term, then per text unit the matches that win.
        // Curated terms are resolved first; candidates then compete, longest first, for the spans left, so a
        // longer candidate (四不两直) keeps a shorter one (四不) from counting inside it even if it is too rare
        // to become a theme itself.
        int candidateCount = terms.size();
        List<List<List<TermTrie.Match>>> resolved = new ArrayList<>();
        List<List<NormalizedText>> normalized = new ArrayList<>();
        int[] termMentions = new int[candidateCount];
        List<Set<Integer>> termSpeeches = new ArrayList<>();
        for (int i = 0; i < candidateCount; i++) {
            termSpeeches.add(new HashSet<>());
        }
        for (int s = 0; s < speeches.size(); s++) {
            List<NormalizedText> ns = new ArrayList<>();
            List<List<TermTrie.Match>> rs = new ArrayList<>();
            for (TextUnit unit : units.get(s)) {
                NormalizedText n = NormalizedText.of(unit.text());
                List<TermTrie.Match> all = trie.findAll(n.text());
                List<TermTrie.Match> chosen = new ArrayList<>(TermTrie.longestFirst(all, curatedOwner::containsKey));
                List<TermTrie.Match> rest = new ArrayList<>();
                for (TermTrie.Match m : all) {
                    if (!curatedOwner.containsKey(m.term()) && chosen.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())) {
                        rest.add(m);
                    }
                }
                chosen.addAll(TermTrie.longestFirst(rest, id -> true));
                chosen.sort(java.util.Comparator.comparingInt(TermTrie.Match::start));
                for (TermTrie.Match m : chosen) {
                    termMentions[m.term()]++;
                    termSpeeches.get(m.term()).add(s);
                }
                ns.add(n);
                rs.add(chosen);
            }
            normalized.add(ns);
            resolved.add(rs);
        }

        // Discovery's decision, from the resolved counts.
        int minSpeeches = ThemeDiscovery.minSpeeches(speeches.size());
        Map<Integer, ThemeSpec> discovered = new HashMap<>();
        List<ThemeCandidate> candidateList = new ArrayList<>();
        for (ThemeDiscovery.Candidate c : candidates.values()) {
            String term = c.term;
            Integer id = termIds.get(term);
            int mentions = id == null ? 0 : termMentions[id];
            int inSpeeches = id == null ? 0 : termSpeeches.get(id).size();
            String status = candidateStatus.get(term);
            if (status == null) {
                status = c.qualifies(mentions, inSpeeches, minSpeeches) ? "theme" : "rare";
            }
            if (status.equals("theme")) {
                discovered.put(id, new ThemeSpec(discoveredSlug(term), c.name(), List.of(), null, c.origin, null, List.of(term)));
            }
            candidateList.add(new ThemeCandidate(term, c.origin, mentions, inSpeeches, status));
        }
        candidateList.sort(Comparator.comparing((ThemeCandidate c) -> -c.speeches()).thenComparing(c -> -c.mentions())
                .thenComparing(ThemeCandidate::term));

        // Mentions of the terms that are themes.
        Map<String, List<Mention>> mentionsByTheme = new LinkedHashMap<>();
        List<Map<String, Integer>> unitThemes = new ArrayList<>();
        List<Set<String>> speechThemes = new ArrayList<>();
        for (int s = 0; s < speeches.size(); s++) {
            Speech speech = speeches.get(s);
            List<TextUnit> su = units.get(s);
            int total = Math.max(1, su.stream().mapToInt(u -> u.text().length()).sum());
            int offset = 0;
            Set<String> inSpeech = new HashSet<>();
            for (int u = 0; u < su.size(); u++) {
                TextUnit unit = su.get(u);
                NormalizedText n = normalized.get(s).get(u);
                Map<String, Integer> inUnit = new HashMap<>();
                for (TermTrie.Match m : resolved.get(s).get(u)) {
                    String slug = curatedOwner.containsKey(m.term()) ? curatedOwner.get(m.term())
                            : discovered.containsKey(m.term()) ? discovered.get(m.term()).slug() : null;
                    if (slug == null) {
                        continue;
                    }
                    int start = n.sourceStart(m.start());
                    int end = n.sourceEnd(m.end());
                    String text = unit.text().substring(start, end);
                    double position = Math.round(1000.0 * (offset + start) / total) / 1000.0;
                    mentionsByTheme.computeIfAbsent(slug, k -> new ArrayList<>())
                            .add(new Mention(slug, speech.slug(), unit.index(), unit.anchor(), start, end, text, position));
                    inUnit.merge(slug, 1, Integer::sum);
                    inSpeech.add(slug);
                }
                if (!inUnit.isEmpty()) {
                    unitThemes.add(inUnit);
                }
                offset += unit.text().length();
            }
            speechThemes.add(inSpeech);
        }

        List<ThemeSpec> all = new ArrayList<>(curated);
        List<ThemeSpec> found = new ArrayList<>(discovered.values());
        found.sort(Comparator.comparing(ThemeSpec::slug));
        all.addAll(found);
        Map<String, List<CoOccurrence>> related = CoOccurrenceCounter.count(unitThemes, speechThemes);
        List<Theme> themes = new ArrayList<>();
        for (ThemeSpec spec : all) {
            themes.add(new Theme(spec.slug(), spec.name(), spec.aliases(), spec.parent(), spec.curated(), spec.origin(),
                    spec.descriptionHtml(), mentionsByTheme.getOrDefault(spec.slug(), List.of()),
                    related.getOrDefault(spec.slug(), List.of())));
        }
        return new ThemeMap(themes, candidateList, problems);
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
