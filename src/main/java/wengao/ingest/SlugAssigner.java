package wengao.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import wengao.model.Problem;
import wengao.model.Speech;

/**
 * Gives every speech a stable ASCII slug: front matter {@code slug} if set, else the file name when it is ASCII,
 * else its ASCII part plus a short hash of the file's path (so 2026_上海市_报告.txt becomes 2026-3f9c2a1b).
 * Two speeches with one slug would share a page: that is an error naming both files.
 */
final class SlugAssigner {

    private SlugAssigner() {
    }

    static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String derive(String path) {
        String stem = stem(path);
        if (stem.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            return stem.toLowerCase(Locale.ROOT);
        }
        String ascii = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String hash = shortHash(Normalizer.normalize(path, Normalizer.Form.NFC));
        return (ascii.isEmpty() ? "speech" : ascii) + "-" + hash;
    }

    static List<Speech> assign(List<Speech> speeches, List<Problem> problems) {
        List<Speech> out = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (Speech s : speeches) {
            String slug = s.slug() != null ? s.slug() : derive(s.sourcePath());
            String previous = owner.putIfAbsent(slug, s.sourcePath());
            if (previous != null) {
                problems.add(Problem.error(s.sourcePath(), 0, "its URL " + Speech.urlOf(slug) + " is already taken by "
                        + previous + " (set a different 'slug' in the front matter of one of them)"));
                continue;
            }
            out.add(s.withSlug(slug));
        }
        return out;
    }

    private static String shortHash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
