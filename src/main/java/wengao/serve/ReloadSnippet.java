package wengao.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The script tag {@code serve} adds to every HTML page it sends, before {@code </body>} (at the end when a page
 * has none). It is added to the response only: the files on disk are those of a normal build.
 */
final class ReloadSnippet {

    private static final String CLOSE_BODY = "</body>";

    private final String template;
    private final String run;

    ReloadSnippet(String run) {
        this.template = resource("snippet.html").strip();
        this.run = run;
    }

    byte[] inject(byte[] page, long version) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = template.replace("{{run}}", run).replace("{{version}}", Long.toString(version));
        int at = lastCloseBody(html);
        String out = at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static int lastCloseBody(String html) {
        for (int i = html.length() - CLOSE_BODY.length(); i >= 0; i--) {
            if (html.regionMatches(true, i, CLOSE_BODY, 0, CLOSE_BODY.length())) {
                return i;
            }
        }
        return -1;
    }

    static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = ReloadSnippet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("wengao.jar lacks wengao/serve/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
