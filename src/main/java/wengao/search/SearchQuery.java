package wengao.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import wengao.text.TextNormalizer;

/**
 * A parsed query. Terms are separated by white space; "double quotes" keep words with spaces together; a term
 * written -term excludes. Each term is normalized like the text (punctuation, spaces and case do not count), so
 * 酒杯一端丢了饭碗 finds 酒杯一端，丢了饭碗. The search page parses queries the same way in JavaScript.
 */
public record SearchQuery(String text, List<String> include, List<String> exclude) {

    /** White space as both implementations see it (JavaScript's \s differs from Java's, so it is spelled out). */
    static final String SPACE = "\t\n\u000B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    public static SearchQuery parse(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && SPACE.indexOf(c) >= 0) {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        Set<String> include = new LinkedHashSet<>();
        Set<String> exclude = new LinkedHashSet<>();
        for (String token : tokens) {
            boolean negative = token.length() > 1 && (token.charAt(0) == '-' || token.charAt(0) == '－');
            String term = TextNormalizer.normalize(negative ? token.substring(1) : token);
            if (!term.isEmpty()) {
                (negative ? exclude : include).add(term);
            }
        }
        exclude.removeAll(include);
        return new SearchQuery(text, List.copyOf(include), List.copyOf(exclude));
    }

    public boolean isEmpty() {
        return include.isEmpty();
    }
}
