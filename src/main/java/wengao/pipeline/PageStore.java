package wengao.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import wengao.model.PageReuse;
import wengao.text.Fingerprint;

/**
 * The pages of the last build, for render to take unchanged: a page is named by the digest of its inputs (with
 * the code version and templates folder digest, which every page depends on), and taken when the digest is the
 * last build's and its file in the site is untouched (as the survey at the start of the build found it).
 */
final class PageStore implements PageReuse {

    private final Optional<LastBuild> last;
    private final Path out;
    private final String salt;
    /** The site's files as the build found them: a page is taken only when its file is as the last build left it. */
    private final Map<String, LastBuild.Stamp> site;
    private final Map<String, String> made = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private Map<String, List<String>> pathsByKey;

    PageStore(Optional<LastBuild> last, Path out, String salt, Map<String, LastBuild.Stamp> site) {
        this.out = out;
        this.salt = salt;
        // Looked up once for every file of the site: hashed, not searched in the sorted maps the build keeps.
        this.site = new java.util.HashMap<>(site);
        this.last = last.map(l -> new LastBuild(l.version(), l.inputs(), l.out(), new java.util.HashMap<>(l.files()),
                new java.util.HashMap<>(l.pages()), l.problems(), l.dropped(), l.speeches(), l.written()));
    }

    @Override
    public Path reuse(String path, String inputs) {
        String key = digest(inputs);
        made.put(path, key);
        if (last.isEmpty() || !key.equals(last.get().pages().get(path))) {
            return null;
        }
        Optional<Path> file = last.get().unchanged(out, path, site);
        if (file.isPresent() && path.endsWith(".html")) {
            reused.incrementAndGet();
        }
        return file.orElse(null);
    }

    @Override
    public Path moved(String path, String inputs) {
        String key = digest(inputs);
        made.put(path, key);
        if (last.isEmpty()) {
            return null;
        }
        for (String other : pathsByKey().getOrDefault(key, List.of())) {
            Optional<Path> file = last.get().unchanged(out, other, site);
            if (file.isPresent()) {
                return file.get();
            }
        }
        return null;
    }

    /** The last build's paths by their digest, in order: made once, when a file is first looked for by digest. */
    private synchronized Map<String, List<String>> pathsByKey() {
        if (pathsByKey == null) {
            pathsByKey = new java.util.HashMap<>();
            new TreeMap<>(last.get().pages()).forEach((path, key) ->
                    pathsByKey.computeIfAbsent(key, k -> new java.util.ArrayList<>(1)).add(path));
        }
        return pathsByKey;
    }

    @Override
    public Path intact(String path) {
        return last.isEmpty() ? null : last.get().unchanged(out, path, site).orElse(null);
    }

    @Override
    public Path kept(String path) {
        String key = last.isEmpty() ? null : last.get().pages().get(path);
        Path file = key == null ? null : last.get().unchanged(out, path, site).orElse(null);
        if (file != null) {
            made.put(path, key);
        }
        return file;
    }

    @Override
    public String digest(String inputs) {
        return new Fingerprint().add(salt.length()).add(salt).add(inputs).hex();
    }

    /** The digest of every page render asked about, for the next build. */
    Map<String, String> keys() {
        return new TreeMap<>(made);
    }

    /** Pages (not other files) taken unchanged. */
    int reusedPages() {
        return reused.get();
    }
}
