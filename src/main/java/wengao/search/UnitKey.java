package wengao.search;

import java.util.Base64;
import java.util.Map;
import java.util.Set;
import wengao.model.Speech;
import wengao.text.Fingerprint;

/**
 * The digest of everything a unit's document holds ({@link LuceneIndexer#document}) but its numbers: speech,
 * title, anchor, outline path, year, tier, text and themes. Two builds that give a unit the same key index the same
 * document but for its numbers (its place in reading order, and its speech's), which are doc values that an update
 * sets in place; so an update keeps it. The format's number is part of it: a change to what documents hold must change it.
 */
final class UnitKey {

    private static final String FORMAT = "unit-key-3";

    private UnitKey() {
    }

    static String of(UnitTable.Unit u, Speech s, Map<String, String> paths, Set<String> themes) {
        Fingerprint f = new Fingerprint();
        for (String part : new String[] {FORMAT, s.slug(), s.title(), u.unit().anchor(),
            paths.getOrDefault(u.unit().anchor(), ""), Integer.toString(s.date() == null ? 0 : s.date().year()),
            String.valueOf(u.tier()), u.unit().text()}) {
            f.add(part.length()).add(part);
        }
        f.add(themes.size());
        for (String t : themes) {
            f.add(t.length()).add(t);
        }
        byte[] digest = java.util.HexFormat.of().parseHex(f.hex());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
