package wengao.render;

import java.util.ArrayList;
import java.util.List;
import wengao.model.Speech;

/**
 * Who spoke, where and when, as pages and citations name a speech. The venue is left out where the title already
 * says it: most venues are read from titles such as 在全市党风廉政建设会议上的讲话, and repeating them beside the title
 * tells the reader nothing.
 */
final class Attribution {

    private Attribution() {
    }

    /** The venue, or null when there is none or the title already contains it. */
    static String venue(Speech s) {
        String v = s.venue();
        if (v == null || v.isBlank() || s.title().contains(v.strip())) {
            return null;
        }
        return v.strip();
    }

    /** Speaker, venue and date, those that are known, in that order. */
    static List<String> parts(Speech s) {
        List<String> parts = new ArrayList<>(3);
        if (s.speaker() != null && !s.speaker().isBlank()) {
            parts.add(s.speaker().strip());
        }
        String venue = venue(s);
        if (venue != null) {
            parts.add(venue);
        }
        if (s.date() != null) {
            parts.add(s.date().display());
        }
        return parts;
    }

    /**
     * The head of a citation: 《title》（speaker，venue，date）, the bracket left out when nothing in it is known. The
     * page's script adds the place (第N段) and the address.
     */
    static String citation(Speech s) {
        List<String> parts = parts(s);
        return "《" + s.title() + "》" + (parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）");
    }
}
