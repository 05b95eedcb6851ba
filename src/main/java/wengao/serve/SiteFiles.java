package wengao.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the file a request path names in the site folder, and nothing outside it: a path with a {@code ..} or
 * {@code .} segment, a backslash, a colon or a NUL is refused before it touches the disk; what is left must lie in
 * the site folder once normalized, and once symbolic links are followed. Hidden names ({@code .wengao-site}) are
 * not served.
 */
final class SiteFiles {

    enum Kind { FILE, FOLDER_WITHOUT_SLASH, MISSING, REFUSED }

    record Found(Kind kind, Path file) {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private final Path root;

    SiteFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** {@code path} is the decoded path of the request URL, starting with {@code /}. */
    Found find(String path) {
        if (!path.startsWith("/")) {
            return new Found(Kind.REFUSED, null);
        }
        String relative = path.substring(1);
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.indexOf('\\') >= 0 || segment.indexOf(':') >= 0
                    || segment.indexOf('\0') >= 0) {
                return new Found(Kind.REFUSED, null);
            }
            if (segment.startsWith(".")) {
                return new Found(Kind.MISSING, null);
            }
        }
        Path file;
        try {
            file = root.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            return new Found(Kind.REFUSED, null);
        }
        if (!file.startsWith(root)) {
            return new Found(Kind.REFUSED, null);
        }
        if (Files.isDirectory(file)) {
            if (!relative.isEmpty() && !relative.endsWith("/")) {
                // relative links in the folder's index page need the slash
                return new Found(Kind.FOLDER_WITHOUT_SLASH, null);
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return new Found(Kind.MISSING, null);
        }
        try {
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                return new Found(Kind.REFUSED, null);
            }
        } catch (IOException e) {
            return new Found(Kind.MISSING, null);
        }
        return new Found(Kind.FILE, file);
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    static boolean isHtml(Path file) {
        return contentType(file).startsWith("text/html");
    }
}
