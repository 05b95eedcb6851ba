package wengao.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wengao.model.PassageMap;
import wengao.model.PassageOccurrence;
import wengao.model.SharedPassage;
import wengao.model.Speech;

/**
 * {@code passages/index.html}: the shared passages, most widely used first, each with the speeches that use it
 * (the first use, the earliest speech, marked); the stock phrases apart. A very large corpus lists the first
 * {@value #LISTED} passages here and all of them in {@code data/passages.json}.
 */
final class PassageIndexModel {

    static final String PATH = "passages/index.html";
    static final int LISTED = 3000;
    static final int USES_LISTED = 12;
    static final int STOCK_LISTED = 300;

    private PassageIndexModel() {
    }

    static Map<String, Object> variables(PassageMap map, Map<String, Speech> speeches, PassageKeys keys) {
        List<Map<String, Object>> shared = new ArrayList<>();
        List<Map<String, Object>> stock = new ArrayList<>();
        Listed listed = listed(map);
        for (int i : listed.indexes()) {
            SharedPassage p = map.passages().get(i);
            if (p.stock()) {
                stock.add(entry(keys.key(i), p, speeches, 0));
            } else {
                shared.add(entry(keys.key(i), p, speeches, USES_LISTED));
            }
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("passages", shared);
        vars.put("passageTotal", listed.sharedTotal());
        vars.put("stock", stock);
        vars.put("stockTotal", listed.stockTotal());
        vars.put("dataUrl", PassageDataJson.PATH);
        return vars;
    }

    /**
     * Everything the page is made from, without making its variables: the passages ({@code passages}, their
     * description as {@code data/passages.json} has it) and the title and date of every speech a listed passage
     * is used in, which is more than the page names and all that it does.
     */
    static String inputs(String passages, PassageMap map, Map<String, Speech> speeches) {
        Map<String, List<String>> shown = new java.util.HashMap<>();
        for (int i : listed(map).indexes()) {
            for (PassageOccurrence o : map.passages().get(i).occurrences()) {
                shown.computeIfAbsent(o.speech(), slug -> {
                    Speech s = speeches.get(slug);
                    return s == null ? null : java.util.Arrays.asList(s.title(), s.date() == null ? null : s.date().display());
                });
            }
        }
        return PageInputs.of(List.of(passages, shown));
    }

    /** The passages the page lists, by index, in order; and how many there are of each kind. */
    private record Listed(List<Integer> indexes, int sharedTotal, int stockTotal) {
    }

    private static Listed listed(PassageMap map) {
        List<Integer> indexes = new ArrayList<>();
        int sharedTotal = 0;
        int stockTotal = 0;
        List<SharedPassage> passages = map.passages();
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).stock() ? stockTotal++ < STOCK_LISTED : sharedTotal++ < LISTED) {
                indexes.add(i);
            }
        }
        return new Listed(indexes, sharedTotal, stockTotal);
    }

    /** A passage with the first occurrence in each speech that uses it, up to {@code usesListed}. */
    private static Map<String, Object> entry(String key, SharedPassage p, Map<String, Speech> speeches,
                                             int usesListed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", SeeAlso.entryId(key));
        m.put("text", p.text());
        m.put("speeches", p.speeches());
        m.put("variant", p.variant());
        List<Map<String, Object>> uses = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PassageOccurrence o : p.occurrences()) {
            if (uses.size() >= usesListed) {
                break;
            }
            if (seen.add(o.speech())) {
                Speech s = speeches.get(o.speech());
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("title", s.title());
                u.put("date", s.date() == null ? null : s.date().display());
                u.put("url", o.url());
                u.put("anchor", o.anchor());
                u.put("text", o.text());
                u.put("first", uses.isEmpty());
                uses.add(u);
            }
        }
        m.put("uses", uses);
        m.put("moreUses", p.speeches() - uses.size());
        return m;
    }
}
