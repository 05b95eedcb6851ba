package wengao.search;

import java.util.HashMap;
import java.util.Map;
import wengao.model.Paragraph;
import wengao.model.Section;
import wengao.model.Speech;

/** Where each anchor of a speech stands in its outline, as the numbers of the headings above it: 二、 › （一）. */
final class OutlinePaths {

    private OutlinePaths() {
    }

    static Map<String, String> of(Speech speech) {
        Map<String, String> paths = new HashMap<>();
        walk(speech.body(), "", paths);
        return paths;
    }

    private static void walk(Section s, String path, Map<String, String> paths) {
        String here = s.label().isEmpty() ? path : path.isEmpty() ? s.label() : path + " › " + s.label();
        paths.put(s.anchor(), here);
        for (Paragraph p : s.paragraphs()) {
            paths.put(p.anchor(), here);
        }
        for (Section child : s.sections()) {
            walk(child, here, paths);
        }
    }
}
