package wengao.render;

/** HTML escaping for text from content: every speech character is text, never markup. */
final class Html {

    private Html() {
    }

    static String escape(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escapeInto(out, s, 0, s.length());
        return out.toString();
    }

    static void escapeInto(StringBuilder out, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
