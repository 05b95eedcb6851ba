package wengao.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import wengao.model.Speech;

/**
 * The digest of everything a unit's document holds ({@link LuceneIndexer#document}) but its numbers: speech,
 * title, anchor, outline path, year, tier, text and themes. Two builds that give a unit the same key index the same
 * document but for its numbers (its place in reading order, and its speech's), which are doc values that an update
 * sets in place; so an update keeps it. The format's number is part of it: a change to what documents hold must change it.
 */
final class UnitKey {

    private static final String FORMAT = "unit-key-2";

    private UnitKey() {
    }

    static String of(UnitTable.Unit u, Speech s, Map<String, String> paths, Set<String> themes) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder b = new StringBuilder(u.unit().text().length() + 200);
        b.append(FORMAT).append('\u0000').append(s.slug()).append('\u0000').append(s.title()).append('\u0000').append(u.unit().anchor())
                .append('\u0000').append(paths.getOrDefault(u.unit().anchor(), "")).append('\u0000')
                .append(s.date() == null ? 0 : s.date().year()).append('\u0000').append(u.tier()).append('\u0000')
                .append(u.unit().text()).append('\u0000').append(String.join("\u0001", themes));
        byte[] digest = sha.digest(b.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }
}
