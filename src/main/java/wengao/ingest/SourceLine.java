package wengao.ingest;

import java.util.ArrayList;
import java.util.List;

/** One line of a source file: its 1-based number, the line as written, and the line without surrounding space. */
record SourceLine(int number, String raw, String text) {

    static List<SourceLine> split(String content, int firstLine) {
        List<SourceLine> lines = new ArrayList<>();
        String[] parts = content.split("\n", -1);
        int count = parts.length;
        if (count > 0 && parts[count - 1].isEmpty()) {
            count--;
        }
        for (int i = 0; i < count; i++) {
            lines.add(new SourceLine(firstLine + i, parts[i], trim(parts[i])));
        }
        return lines;
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    /** Trims ASCII and Unicode space: full-width indentation (U+3000), no-break spaces, a stray BOM. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
