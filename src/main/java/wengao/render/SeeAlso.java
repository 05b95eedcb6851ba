package wengao.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;
import wengao.model.Speech;
import wengao.model.TextUnit;

/**
 * The "亦见于 N 篇" markers of speech pages: for a paragraph holding shared passages (stock phrases aside), the
 * other speeches that use them and, in reading order, the other occurrences with a little context. A marker
 * lists at most {@value #SHOWN} of them and links the passage's entry on the passages page for the rest.
 *
 * <p>The occurrences a marker lists are not in the page: a passage shared by k speeches would be written out in all
 * k pages, up to {@value #SHOWN} times each. The page names them ({@code refs}: shard.passage.place, the passage by
 * its {@link PassageKeys name}, or the place alone where the passage is the one before) and the
 * shards {@code passages/shards/N.js} hold each once, loaded with a script tag when the reader opens the marker.
 */
final class SeeAlso {

    static final int SHOWN = 4;
    static final int CONTEXT = 10;
    static final int LONGEST_SHOWN = 40;
    /** Passages per shard at most on average: the places markers list of a passage are ~0.5 KB, a shard some 60 KB. */
    static final int PER_SHARD = 128;
    static final String SHARDS = "passages/shards/";

    /** Per speech in reading order, per paragraph anchor: the indexes of the passages the paragraph holds. */
    private final List<Map<String, List<Integer>>> holders;
    /**
     * Per passage marked (null for the others), the place of each occurrence: its speech in reading order and its
     * text unit, {@code speech << 32 | unit}. Each speech is looked up once per occurrence, here, not again.
     */
    private final long[][] placeKeys;
    private final List<SharedPassage> passages;
    private final PassageKeys keys;
    private final Map<String, Speech> speeches;
    private final Map<String, List<TextUnit>> units;
    private final Map<String, Integer> order = new HashMap<>();
    private final java.util.concurrent.atomic.AtomicReferenceArray<Places> places;
    private final Map<List<Integer>, Union> unions = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per passage, which of its places some marker lists: only those go into the shards. */
    private final Map<Integer, java.util.BitSet> listed = new java.util.concurrent.ConcurrentHashMap<>();
    /** The speeches whose markers have been made (and their places recorded in {@link #listed}). */
    private final java.util.Set<String> marked = java.util.concurrent.ConcurrentHashMap.newKeySet();

    SeeAlso(PassageMap map, Map<String, Speech> speeches, Map<String, List<TextUnit>> units) {
        this.passages = map.passages();
        this.keys = PassageKeys.of(passages, PER_SHARD);
        this.places = new java.util.concurrent.atomic.AtomicReferenceArray<>(passages.size());
        this.speeches = speeches;
        this.units = units;
        for (String slug : speeches.keySet()) {
            order.put(slug, order.size());
        }
        this.holders = new ArrayList<>(java.util.Collections.nCopies(order.size(), null));
        this.placeKeys = new long[passages.size()][];
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).stock()) {
                continue;
            }
            List<PassageOccurrence> occurrences = passages.get(i).occurrences();
            long[] keys = new long[occurrences.size()];
            for (int k = 0; k < keys.length; k++) {
                PassageOccurrence o = occurrences.get(k);
                int speech = order.get(o.speech());
                keys[k] = (long) speech << 32 | o.unit();
                Map<String, List<Integer>> held = holders.get(speech);
                if (held == null) {
                    held = new HashMap<>();
                    holders.set(speech, held);
                }
                List<Integer> at = held.computeIfAbsent(o.anchor(), a -> new ArrayList<>());
                if (at.isEmpty() || at.get(at.size() - 1) != i) {
                    at.add(i);
                }
            }
            placeKeys[i] = keys;
        }
    }

    /** The anchor of a passage's entry on the passages page, by the passage's name. */
    static String entryId(String key) {
        return "p" + key;
    }

    /** The names of the passages, by index. */
    PassageKeys keys() {
        return keys;
    }

    /**
     * Per paragraph anchor of the speech, what its marker shows; paragraphs without shared passages are absent.
     * Sorted by anchor, so that the page's description takes them in their order as they are.
     */
    Map<String, Marker> markers(String slug) {
        Integer speech = order.get(slug);
        Map<String, List<Integer>> held = speech == null || holders.get(speech) == null ? Map.of() : holders.get(speech);
        Map<String, Marker> out = new java.util.TreeMap<>();
        held.forEach((anchor, indexes) -> {
            Marker m = marker(slug, anchor, indexes);
            if (m != null) {
                out.put(anchor, m);
            }
        });
        marked.add(slug);
        return out;
    }

    /**
     * The places (speech in reading order, text unit) of a passage's occurrences, sorted, with the occurrence at each
     * (the first of the longest where a passage stands twice in one paragraph). Built once per passage: a paragraph's
     * marker merges the arrays of the passages it holds instead of walking every occurrence through maps.
     */
    private record Places(long[] keys, PassageOccurrence[] at, int speeches) {
    }

    private Places places(int index) {
        Places kept = places.get(index);
        if (kept == null) {
            // Two threads may make one passage's places at once: they make the same, and either is kept.
            kept = placesOf(passages.get(index).occurrences(), placeKeys[index]);
            places.set(index, kept);
        }
        return kept;
    }

    /** The places of occurrences {@code occ}, whose own places are {@code of} (null: looked up). */
    private Places placesOf(List<PassageOccurrence> occ, long[] of) {
        long[] keys = new long[occ.size()];
        PassageOccurrence[] at = new PassageOccurrence[occ.size()];
        int n = 0;
        int speeches = 0;
        // The occurrences come in reading order, so their places mostly in order too: walked as they are, the
        // longest kept where one place has several; a sorted map only for occurrences out of order.
        for (int k = 0; k < occ.size(); k++) {
            PassageOccurrence o = occ.get(k);
            long key = of != null ? of[k] : placeOf(o);
            if (n > 0 && key < keys[n - 1]) {
                return sortedPlaces(occ);
            }
            if (n > 0 && key == keys[n - 1]) {
                if (o.text().length() > at[n - 1].text().length()) {
                    at[n - 1] = o;
                }
                continue;
            }
            if (n == 0 || key >>> 32 != keys[n - 1] >>> 32) {
                speeches++;
            }
            keys[n] = key;
            at[n++] = o;
        }
        return new Places(java.util.Arrays.copyOf(keys, n), java.util.Arrays.copyOf(at, n), speeches);
    }

    private Places sortedPlaces(List<PassageOccurrence> occ) {
        java.util.TreeMap<Long, PassageOccurrence> byPlace = new java.util.TreeMap<>();
        for (PassageOccurrence o : occ) {
            byPlace.merge(placeOf(o), o, (a, b) -> b.text().length() > a.text().length() ? b : a);
        }
        long[] keys = new long[byPlace.size()];
        PassageOccurrence[] at = new PassageOccurrence[byPlace.size()];
        int k = 0;
        int speeches = 0;
        for (Map.Entry<Long, PassageOccurrence> e : byPlace.entrySet()) {
            keys[k] = e.getKey();
            at[k] = e.getValue();
            if (k == 0 || keys[k] >>> 32 != keys[k - 1] >>> 32) {
                speeches++;
            }
            k++;
        }
        return new Places(keys, at, speeches);
    }

    private long placeOf(PassageOccurrence o) {
        return ((long) order.get(o.speech()) << 32) | o.unit();
    }

    /**
     * What a paragraph's marker shows: the other speeches' count, the places listed ({@code refs}), how many more
     * there are, and the passage whose entry it links ({@code main}, by name). A record, described by hand
     * (PageInputs) for every speech page of every build; the template gets it as {@link #shown}.
     */
    record Marker(String anchor, int count, String refs, int more, String main) {

        Map<String, Object> shown() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", "sa-" + anchor);
            m.put("count", count);
            m.put("refs", refs);
            m.put("more", more);
            m.put("entry", PassageIndexModel.PATH + "#" + entryId(main));
            return m;
        }
    }

    private Marker marker(String slug, String anchor, List<Integer> indexes) {
        // The other occurrences, once per paragraph (the longest passage there wins), in reading order.
        long self = (long) order.get(slug);
        Union union = indexes.size() == 1 ? null : union(indexes);
        int main = union == null ? indexes.get(0) : union.main();
        Seen seen = union == null ? seen(places(main).keys(), places(main).speeches(), self)
                : seen(union.keys(), union.speeches(), self);
        if (seen == null) {
            return null;
        }
        int distinctPlaces = seen.places();
        int otherSpeeches = seen.speeches();
        List<Integer> shown = seen.shown();
        StringBuilder refs = new StringBuilder();
        int previous = -1;
        for (int at : shown) {
            // The occurrence shown for a place: the longest among the paragraph's passages, the first on a tie.
            // Looked up for the few places shown, not for every place of the union.
            int passage = main;
            int place = at;
            if (union != null) {
                long key = union.keys()[at];
                int longest = -1;
                for (int i : indexes) {
                    Places p = places(i);
                    int k = java.util.Arrays.binarySearch(p.keys(), key);
                    if (k >= 0 && p.at()[k].text().length() > longest) {
                        longest = p.at()[k].text().length();
                        passage = i;
                        place = k;
                    }
                }
            }
            int listedPassage = passage;
            int listedPlace = place;
            listed.compute(listedPassage, (k, set) -> {
                java.util.BitSet b = set == null ? new java.util.BitSet() : set;
                b.set(listedPlace);
                return b;
            });
            refs.append(refs.isEmpty() ? "" : " ");
            if (passage != previous) {
                refs.append(keys.shard(passage)).append('.').append(keys.key(passage)).append('.');
            }
            refs.append(place);
            previous = passage;
        }
        return new Marker(anchor, otherSpeeches, refs.toString(), distinctPlaces - shown.size(), keys.key(main));
    }

    /**
     * What a marker counts of the other places: how many, in how many speeches, and where the first {@value #SHOWN}
     * stand among the places.
     */
    private record Seen(int places, int speeches, List<Integer> shown) {
    }

    /**
     * Of places (sorted, distinct, in {@code speeches} speeches) those not in speech {@code self}: the places of one
     * speech stand together, so only the first few are walked. Null when there are none.
     */
    private static Seen seen(long[] keys, int speeches, long self) {
        int from = lowerBound(keys, self << 32);
        int to = lowerBound(keys, (self + 1) << 32);
        int places = keys.length - (to - from);
        if (places == 0) {
            return null;
        }
        List<Integer> shown = new ArrayList<>(SHOWN);
        for (int k = 0; k < keys.length && shown.size() < SHOWN; k++) {
            if (k >= from && k < to) {
                k = to - 1;
                continue;
            }
            shown.add(k);
        }
        return new Seen(places, speeches - (to > from ? 1 : 0), shown);
    }

    /** The first index of {@code keys} whose key is {@code key} or more. */
    private static int lowerBound(long[] keys, long key) {
        int k = java.util.Arrays.binarySearch(keys, key);
        if (k >= 0) {
            while (k > 0 && keys[k - 1] == key) {
                k--;
            }
            return k;
        }
        return -k - 1;
    }

    /**
     * The places of several passages together, sorted, each once; the number of speeches they are in; and the
     * passage whose entry the marker links (the longest, the first on a tie). Which occurrence a marker shows at a
     * place is looked up for the places it shows only. Made once per set of passages: the paragraphs
     * that hold one set are many (a long shared text is many passages, and every speech that uses it holds most of
     * them), the sets few.
     */
    private Union union(List<Integer> indexes) {
        return unions.computeIfAbsent(indexes, key -> {
            long[][] sorted = new long[key.size()][];
            for (int k = 0; k < sorted.length; k++) {
                sorted[k] = places(key.get(k)).keys();
            }
            // Each passage's places are sorted and distinct: merged in pairs, not sorted again together.
            long[] keys = merged(sorted, 0, sorted.length);
            int speeches = 0;
            for (int k = 0; k < keys.length; k++) {
                if (k == 0 || keys[k] >>> 32 != keys[k - 1] >>> 32) {
                    speeches++;
                }
            }
            int main = key.get(0);
            for (int i : key) {
                if (passages.get(i).normalized().length() > passages.get(main).normalized().length()) {
                    main = i;
                }
            }
            return new Union(keys, speeches, main);
        });
    }

    private record Union(long[] keys, int speeches, int main) {
    }

    /** The sorted, distinct keys of {@code lists[from, to)}, each sorted and distinct: merged halves. */
    static long[] merged(long[][] lists, int from, int to) {
        if (to - from == 1) {
            return lists[from];
        }
        int middle = (from + to) >>> 1;
        long[] a = merged(lists, from, middle);
        long[] b = merged(lists, middle, to);
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            if (x < y) {
                out[n++] = x;
                i++;
            } else if (y < x) {
                out[n++] = y;
                j++;
            } else {
                out[n++] = x;
                i++;
                j++;
            }
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * The shards the markers name: per passage, the places some marker lists, each as [url, anchor, title, date,
     * before, passage, after] at its index among the passage's places (null for a place no marker lists); one script
     * per shard of {@link PassageKeys} that registers them with {@code wengao.load("passages/shards/N", {name:
     * [...]})}, by name. The markers of every speech count, also of pages not rendered in this run.
     */
    List<Shard> shards() {
        speeches.keySet().parallelStream().filter(slug -> !marked.contains(slug)).forEach(this::markers);
        int[][] members = keys.members(listed::containsKey);
        List<Shard> shards = new ArrayList<>();
        for (int s = 0; s < members.length; s++) {
            if (members[s].length > 0) {
                shards.add(new Shard(s, members[s]));
            }
        }
        return shards;
    }

    /** One shard of the places markers list, described or made on request. */
    final class Shard {

        private final int number;
        /** The passages of the shard that markers list, by name. */
        private final int[] members;

        private Shard(int number, int[] members) {
            this.number = number;
            this.members = members;
        }

        String path() {
            return SHARDS + number + ".js";
        }

        /**
         * What the shard shows, described without writing it: per passage the places listed, each by what it holds
         * ([url, anchor, title, date, before, passage, after]), so that a speech changed where no listed place is
         * (a paragraph added at its end) leaves the shard as it was.
         */
        String inputs() {
            wengao.text.Fingerprint f = new wengao.text.Fingerprint();
            forEachListed((i, at) -> {
                text(f, keys.key(i));
                f.add(at.size());
                for (PassageOccurrence o : at) {
                    describe(f, o);
                }
            });
            return f.hex();
        }

        wengao.model.OutputFile make() {
            Map<String, Object> shard = new LinkedHashMap<>();
            forEachListed((i, places) -> shard.put(keys.key(i), shown(places)));
            String name = SHARDS + number;
            String js = "wengao.load(" + wengao.json.JsonWriter.compact(name) + ","
                    + wengao.json.JsonWriter.compact(shard) + ");\n";
            return new wengao.model.OutputFile(path(), js.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /** The places as the shard holds them: each listed one as [url, anchor, title, date, before, passage, after]. */
        private List<Object> shown(List<PassageOccurrence> places) {
            List<Object> at = new ArrayList<>(places.size());
            for (PassageOccurrence o : places) {
                if (o == null) {
                    at.add(null);
                    continue;
                }
                Map<String, Object> it = item(o);
                at.add(java.util.Arrays.asList(it.get("url"), it.get("anchor"), it.get("title"), it.get("date"),
                        it.get("before"), it.get("passage"), it.get("after")));
            }
            return at;
        }

        /** Per passage of the shard that markers list, its places: the occurrence at each listed one, else null. */
        private void forEachListed(java.util.function.BiConsumer<Integer, List<PassageOccurrence>> each) {
            for (int i : members) {
                java.util.BitSet shown = listed.get(i);
                Places p = places(i);
                List<PassageOccurrence> at = new ArrayList<>(shown.length());
                for (int k = 0; k < shown.length(); k++) {
                    at.add(shown.get(k) ? p.at()[k] : null);
                }
                each.accept(i, at);
            }
        }
    }

    /** One other occurrence: where (speech, date, paragraph link) and the passage in a little of its context. */
    Map<String, Object> item(PassageOccurrence o) {
        Speech s = speeches.get(o.speech());
        String text = units.get(o.speech()).get(o.unit()).text();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("date", s.date() == null ? null : s.date().display());
        m.put("url", o.url());
        m.put("anchor", o.anchor());
        int from = Math.max(0, o.start() - CONTEXT);
        int to = Math.min(text.length(), o.end() + CONTEXT);
        m.put("before", (from > 0 ? "…" : "") + text.substring(from, o.start()));
        m.put("passage", shortened(o.text()));
        m.put("after", text.substring(o.end(), to) + (to < text.length() ? "…" : ""));
        return m;
    }

    /**
     * What {@link #item} shows of an occurrence, fed into {@code f} without making it: each field by what it is made
     * from (the speech's slug for its URL, the occurrence's text for the passage shortened, the context's characters
     * and whether it was cut), each text by its length first, a null by a number no length is.
     */
    void describe(wengao.text.Fingerprint f, PassageOccurrence o) {
        if (o == null) {
            f.add(-1L);
            return;
        }
        Speech s = speeches.get(o.speech());
        String text = units.get(o.speech()).get(o.unit()).text();
        text(f, o.speech());
        text(f, o.anchor());
        text(f, s.title());
        text(f, s.date() == null ? null : s.date().display());
        int from = Math.max(0, o.start() - CONTEXT);
        int to = Math.min(text.length(), o.end() + CONTEXT);
        f.add(from > 0 ? 1 : 0);
        text(f, text.substring(from, o.start()));
        text(f, o.text());
        text(f, text.substring(o.end(), to));
        f.add(to < text.length() ? 1 : 0);
    }

    private static void text(wengao.text.Fingerprint f, String s) {
        if (s == null) {
            f.add(-1L);
        } else {
            f.add(s.length()).add(s);
        }
    }

    /** A long passage shows its beginning and its end. */
    static String shortened(String passage) {
        if (passage.length() <= LONGEST_SHOWN) {
            return passage;
        }
        int half = LONGEST_SHOWN / 2;
        return passage.substring(0, half) + "……" + passage.substring(passage.length() - half);
    }
}
