package wengao.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of many terms in one scan of a normalized text: a character trie walked from each
 * position. Matching is exact; overlaps are all reported, and the caller decides which wins.
 */
final class TermTrie {

    record Match(int start, int end, int term) {
        int length() {
            return end - start;
        }
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        int term = -1;
    }

    private final Node root = new Node();

    void add(String term, int id) {
        Node n = root;
        for (int i = 0; i < term.length(); i++) {
            n = n.next.computeIfAbsent(term.charAt(i), c -> new Node());
        }
        n.term = id;
    }

    List<Match> findAll(String text) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Node n = root;
            for (int j = i; j < text.length(); j++) {
                n = n.next.get(text.charAt(j));
                if (n == null) {
                    break;
                }
                if (n.term >= 0) {
                    out.add(new Match(i, j + 1, n.term));
                }
            }
        }
        return out;
    }

    /** The matches that survive when overlapping candidates resolve to the longest (then the leftmost). */
    static List<Match> longestFirst(List<Match> all, java.util.function.IntPredicate allowed) {
        List<Match> candidates = new ArrayList<>();
        for (Match m : all) {
            if (allowed.test(m.term())) {
                candidates.add(m);
            }
        }
        candidates.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length()) : Integer.compare(a.start(), b.start()));
        List<Match> chosen = new ArrayList<>();
        for (Match m : candidates) {
            boolean free = true;
            for (Match c : chosen) {
                if (m.start() < c.end() && c.start() < m.end()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(m);
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return chosen;
    }
}
