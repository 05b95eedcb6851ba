package wengao.json;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON from maps, lists, strings, numbers, booleans and null. Map entries keep the caller's order (pass a
 * {@link java.util.LinkedHashMap} or a sorted map), so output is byte-identical from run to run.
 * Non-ASCII text is written as is (UTF-8 files stay readable); {@code <}, {@code >}, {@code &} and the line
 * separators are escaped so that JSON can sit inside a script element safely.
 */
public final class JsonWriter {

    private final boolean pretty;
    private final StringBuilder out;

    private JsonWriter(boolean pretty) {
        this(pretty, new StringBuilder());
    }

    private JsonWriter(boolean pretty, StringBuilder out) {
        this.pretty = pretty;
        this.out = out;
    }

    public static String compact(Object value) {
        JsonWriter w = new JsonWriter(false);
        w.value(value, 0);
        return w.out.toString();
    }

    /** {@link #compact} onto the end of {@code out}: a large value is then not copied once more. */
    public static void compact(Object value, StringBuilder out) {
        new JsonWriter(false, out).value(value, 0);
    }

    public static String pretty(Object value) {
        JsonWriter w = new JsonWriter(true);
        w.value(value, 0);
        return w.out.toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence s) {
            string(s);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            string(String.valueOf(e.getKey()));
            out.append(pretty ? ": " : ":");
            value(e.getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            value(list.get(i), depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    /** Characters written as they are: all but quotes, backslashes, controls, markup, line separators, surrogates. */
    private static boolean plain(char c) {
        return c < 0x80 ? PLAIN_ASCII[c] : (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) && c != '\u2028' && c != '\u2029';
    }

    private static final boolean[] PLAIN_ASCII = new boolean[0x80];

    static {
        for (char c = 0x20; c < 0x80; c++) {
            PLAIN_ASCII[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
        }
    }

    private void string(CharSequence text) {
        String s = text.toString(); // one kind of text to read: the calls below are then the string's own
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            // Runs of plain characters, most of a Chinese text, are copied at once.
            int run = i;
            while (run < n && plain(s.charAt(run))) {
                run++;
            }
            if (run > i) {
                out.append(s, i, run);
                i = run;
                if (i == n) {
                    break;
                }
            }
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    // A surrogate without its other half would turn into '?' in a UTF-8 file: keep it as an escape.
                    boolean lone = Character.isHighSurrogate(c) ? i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || lone) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
