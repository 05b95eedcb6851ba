package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.Corpus;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;
import wengao.model.Speech;
import wengao.model.TextUnit;
import wengao.model.ThemeMap;
import wengao.passages.PassageFinder;
import wengao.themes.ThemeDetector;

/**
 * The "亦见于" markers are what counting the other places of a paragraph's passages one by one gives: on real
 * reports, which share many long passages, so that most marked paragraphs hold several of them at once.
 */
class SeeAlsoMarkersTest {

    @Test
    void everyMarkerIsThePlainCountOfTheOtherPlaces() {
        Corpus corpus = CorpusReader.read(TestFiles.resource("corpus-extra/gov-reports-national-gbk"));
        ThemeMap themes = ThemeDetector.detect(corpus);
        PassageMap passages = PassageFinder.find(corpus, themes);
        Map<String, Speech> bySlug = new LinkedHashMap<>();
        Map<String, List<TextUnit>> units = new LinkedHashMap<>();
        for (Speech s : corpus.speeches()) {
            bySlug.put(s.slug(), s);
            units.put(s.slug(), s.textUnits());
        }
        SeeAlso seeAlso = new SeeAlso(passages, bySlug, units);
        Reference reference = new Reference(passages.passages(), bySlug);
        int markers = 0;
        int ofSeveral = 0;
        for (Speech s : corpus.speeches()) {
            Map<String, Map<String, Object>> expected = new TreeMap<>();
            for (Map.Entry<String, List<Integer>> e : reference.held(s.slug()).entrySet()) {
                Map<String, Object> m = reference.marker(s.slug(), e.getKey(), e.getValue());
                if (m != null) {
                    expected.put(e.getKey(), m);
                    ofSeveral += e.getValue().size() > 1 ? 1 : 0;
                }
            }
            Map<String, Map<String, Object>> shown = new TreeMap<>();
            seeAlso.markers(s.slug()).forEach((anchor, m) -> shown.put(anchor, m.shown()));
            assertEquals(expected, shown, s.slug());
            markers += expected.size();
        }
        assertTrue(markers > 100 && ofSeveral > 50, markers + " markers, " + ofSeveral + " of several passages");
    }

    @Test
    void aListedPlaceIsDescribedByEverythingTheShardShowsOfIt() {
        Corpus corpus = CorpusReader.read(TestFiles.resource("corpus-extra/gov-reports-national-gbk"));
        ThemeMap themes = ThemeDetector.detect(corpus);
        PassageMap passages = PassageFinder.find(corpus, themes);
        Map<String, Speech> bySlug = new LinkedHashMap<>();
        Map<String, List<TextUnit>> units = new LinkedHashMap<>();
        for (Speech s : corpus.speeches()) {
            bySlug.put(s.slug(), s);
            units.put(s.slug(), s.textUnits());
        }
        SeeAlso seeAlso = new SeeAlso(passages, bySlug, units);
        // Every occurrence of the corpus, and each with its context cut otherwise: one description, one place shown.
        Map<String, Map<String, Object>> shownBy = new HashMap<>();
        int occurrences = 0;
        for (SharedPassage p : passages.passages()) {
            for (PassageOccurrence o : p.occurrences()) {
                String text = units.get(o.speech()).get(o.unit()).text();
                List<PassageOccurrence> variants = List.of(o,
                        new PassageOccurrence(o.speech(), o.unit(), o.anchor(), Math.max(0, o.start() - 1), o.end(),
                                text.substring(Math.max(0, o.start() - 1), o.end())),
                        new PassageOccurrence(o.speech(), o.unit(), o.anchor() + "x", o.start(), o.end(), o.text()));
                for (PassageOccurrence v : variants) {
                    wengao.text.Fingerprint f = new wengao.text.Fingerprint();
                    seeAlso.describe(f, v);
                    Map<String, Object> shown = seeAlso.item(v);
                    Map<String, Object> before = shownBy.putIfAbsent(f.hex(), shown);
                    assertEquals(before == null ? shown : before, shown, "one description, two places shown: " + v);
                    occurrences++;
                }
            }
        }
        // The same places in another build, where speeches were retitled or lost their dates: what shows changed,
        // and with it the description.
        Map<String, Speech> retitled = new LinkedHashMap<>();
        int k = 0;
        for (Speech s : corpus.speeches()) {
            boolean title = k % 2 == 0;
            boolean date = k++ % 3 == 0;
            retitled.put(s.slug(), new Speech(s.slug(), s.sourcePath(), s.format(), title ? s.title() + "（修订）" : s.title(),
                    s.headline(), s.titleLines(), date ? null : s.date(), s.speaker(), s.venue(), s.tags(), s.preamble(),
                    s.salutation(), s.body(), s.closing(), s.backMatter(), s.dropped(), s.length()));
        }
        SeeAlso other = new SeeAlso(passages, retitled, units);
        int changed = 0;
        for (SharedPassage p : passages.passages()) {
            for (PassageOccurrence o : p.occurrences()) {
                wengao.text.Fingerprint a = new wengao.text.Fingerprint();
                wengao.text.Fingerprint b = new wengao.text.Fingerprint();
                seeAlso.describe(a, o);
                other.describe(b, o);
                boolean same = seeAlso.item(o).equals(other.item(o));
                assertEquals(same, a.hex().equals(b.hex()), "shown alike exactly when described alike: " + o);
                changed += same ? 0 : 1;
            }
        }
        assertTrue(changed > 100, changed + " places shown otherwise");
        wengao.text.Fingerprint f = new wengao.text.Fingerprint();
        seeAlso.describe(f, null);
        assertEquals(null, shownBy.get(f.hex()), "a place no marker lists is told from every listed one");
        long distinctShown = shownBy.values().stream().distinct().count();
        assertTrue(occurrences > 1000 && distinctShown > 1000, occurrences + " occurrences, " + distinctShown + " shown");
    }

    /** The markers counted the plain way: every place of every passage of the paragraph, in a sorted set. */
    private static final class Reference {
        private final List<SharedPassage> passages;
        private final PassageKeys keys;
        private final Map<String, Integer> order = new HashMap<>();
        private final Map<String, Map<String, List<Integer>>> holders = new HashMap<>();

        Reference(List<SharedPassage> passages, Map<String, Speech> speeches) {
            this.passages = passages;
            this.keys = PassageKeys.of(passages, SeeAlso.PER_SHARD);
            speeches.keySet().forEach(slug -> order.put(slug, order.size()));
            for (int i = 0; i < passages.size(); i++) {
                if (passages.get(i).stock()) {
                    continue;
                }
                for (PassageOccurrence o : passages.get(i).occurrences()) {
                    List<Integer> at = holders.computeIfAbsent(o.speech(), k -> new TreeMap<>())
                            .computeIfAbsent(o.anchor(), k -> new ArrayList<>());
                    if (!at.contains(i)) {
                        at.add(i);
                    }
                }
            }
        }

        Map<String, List<Integer>> held(String slug) {
            return holders.getOrDefault(slug, Map.of());
        }

        /** Per place (speech in reading order, unit), the first of the longest occurrences there. */
        private TreeMap<Long, PassageOccurrence> places(int i) {
            TreeMap<Long, PassageOccurrence> byPlace = new TreeMap<>();
            for (PassageOccurrence o : passages.get(i).occurrences()) {
                long place = ((long) order.get(o.speech()) << 32) | o.unit();
                PassageOccurrence there = byPlace.get(place);
                if (there == null || o.text().length() > there.text().length()) {
                    byPlace.put(place, o);
                }
            }
            return byPlace;
        }

        Map<String, Object> marker(String slug, String anchor, List<Integer> indexes) {
            long self = order.get(slug);
            TreeSet<Long> others = new TreeSet<>();
            TreeSet<Long> speeches = new TreeSet<>();
            int main = indexes.get(0);
            for (int i : indexes) {
                if (passages.get(i).normalized().length() > passages.get(main).normalized().length()) {
                    main = i;
                }
                for (long place : places(i).keySet()) {
                    if (place >>> 32 != self) {
                        others.add(place);
                        speeches.add(place >>> 32);
                    }
                }
            }
            if (others.isEmpty()) {
                return null;
            }
            List<Long> shown = new ArrayList<>(others).subList(0, Math.min(SeeAlso.SHOWN, others.size()));
            List<String> refs = new ArrayList<>();
            int previous = -1;
            for (long place : shown) {
                int best = -1;
                int index = -1;
                int longest = -1;
                for (int i : indexes) {
                    TreeMap<Long, PassageOccurrence> p = places(i);
                    if (p.containsKey(place) && p.get(place).text().length() > longest) {
                        longest = p.get(place).text().length();
                        best = i;
                        index = p.headMap(place).size();
                    }
                }
                refs.add((best != previous ? keys.shard(best) + "." + keys.key(best) + "." : "") + index);
                previous = best;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", "sa-" + anchor);
            m.put("count", speeches.size());
            m.put("refs", String.join(" ", refs));
            m.put("more", others.size() - shown.size());
            m.put("entry", PassageIndexModel.PATH + "#" + SeeAlso.entryId(keys.key(main)));
            return m;
        }
    }
}
