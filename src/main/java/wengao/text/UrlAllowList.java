package wengao.text;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a URL written in content may become a live link: only {@code http}, {@code https},
 * {@code mailto} and relative URLs may. An allow-list, because a deny-list of bad schemes loses to every spelling
 * a browser still accepts. The scheme is read the way a browser would read it, and then some: character
 * references (with or without semicolon, in any case), percent-encoding, whitespace and control characters
 * anywhere, letter case. Reading more than a browser does can only turn a harmless link into text, never let
 * a script through.
 */
public final class UrlAllowList {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");
    /** The named references that spell ASCII punctuation or whitespace; no named reference spells a letter. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("colon", ":"), Map.entry("tab", "\t"), Map.entry("newline", "\n"), Map.entry("nbsp", " "),
            Map.entry("sol", "/"), Map.entry("bsol", "\\"), Map.entry("quest", "?"), Map.entry("num", "#"),
            Map.entry("percnt", "%"), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("lpar", "("), Map.entry("rpar", ")"),
            Map.entry("period", "."), Map.entry("comma", ","), Map.entry("excl", "!"), Map.entry("equals", "="),
            Map.entry("plus", "+"), Map.entry("semi", ";"), Map.entry("commat", "@"), Map.entry("hyphen", "-"),
            Map.entry("dash", "-"), Map.entry("lowbar", "_"));
    /** Numeric or named; the name may run on into letters (a browser stops at a known one, and so do we). */
    private static final Pattern REFERENCE = Pattern.compile("&(?:#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10})|("
            + String.join("|", NAMED.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList())
            + "));?", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ROUNDS = 8;

    private UrlAllowList() {
    }

    /** True when the URL may be a link's or an image's target. */
    public static boolean allows(CharSequence url) {
        String scheme = schemeOf(url);
        return scheme.isEmpty() || SCHEMES.contains(scheme);
    }

    /**
     * The scheme a URL names once decoded and folded ({@code javascript}), or "" for a relative URL. A colon
     * before the first {@code / ? #} names a scheme, whatever stands before it (even nothing).
     */
    public static String schemeOf(CharSequence url) {
        String s = decoded(url.toString());
        int colon = s.indexOf(':');
        if (colon < 0) {
            return "";
        }
        for (int i = 0; i < colon; i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return "";
            }
        }
        return colon == 0 ? ":" : s.substring(0, colon);
    }

    /** Decoded until nothing changes, invisible characters removed, lower case, backslashes read as slashes. */
    private static String decoded(String url) {
        String s = url;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = percentDecoded(referencesDecoded(s));
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !isInvisible(c)).forEach(out::appendCodePoint);
        return out.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return c <= 0x20 || Character.isWhitespace(c) || Character.isISOControl(c) || type == Character.FORMAT
                || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String referencesDecoded(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                String digits = m.group(1);
                long code = digits.charAt(0) == 'x' || digits.charAt(0) == 'X'
                        ? Long.parseLong(digits.substring(1), 16) : Long.parseLong(digits);
                replacement = code > 0 && code <= Character.MAX_CODE_POINT ? Character.toString((int) code) : "\ufffd";
            } else {
                replacement = NAMED.get(m.group(2).toLowerCase(Locale.ROOT));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        Matcher m = PERCENT.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
