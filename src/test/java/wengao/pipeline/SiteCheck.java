package wengao.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a built site back for checks: its files, the text of a page, and every link in it. */
final class SiteCheck {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    private SiteCheck() {
    }

    static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(site.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** The visible text of a page: tags removed, entities decoded, whitespace removed. */
    static String text(Path page) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        html = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "");
        String text = html.replaceAll("<[^>]+>", "");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[\\s\u3000\u00a0]+", "");
    }

    /** Links that do not resolve inside the site, or that leave it, as "page: link" lines. */
    static List<String> brokenLinks(Path site) throws IOException {
        List<String> broken = new ArrayList<>();
        Map<String, byte[]> files = files(site);
        for (String page : files.keySet()) {
            if (!page.endsWith(".html")) {
                continue;
            }
            String html = new String(files.get(page), StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String link = m.group(1);
                if (link.matches("(?i)^([a-z][a-z0-9+.-]*:|//).*")) {
                    broken.add(page + ": leaves the site: " + link);
                    continue;
                }
                String path = link;
                String anchor = null;
                int hash = link.indexOf('#');
                if (hash >= 0) {
                    path = link.substring(0, hash);
                    anchor = link.substring(hash + 1);
                }
                String target = path.isEmpty() ? page : Path.of(page).resolveSibling(path).normalize().toString().replace('\\', '/');
                if (target.startsWith("..") || !files.containsKey(target)) {
                    broken.add(page + ": missing " + link);
                    continue;
                }
                if (anchor != null && !anchor.isEmpty() && !ids(files.get(target)).contains(anchor)) {
                    broken.add(page + ": no anchor " + link);
                }
            }
        }
        return broken;
    }

    private static Set<String> ids(byte[] html) {
        Set<String> ids = new HashSet<>();
        Matcher m = ID.matcher(new String(html, StandardCharsets.UTF_8));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
