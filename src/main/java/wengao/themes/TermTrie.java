package wengao.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds every occurrence of many terms in one scan of a normalized text: a character trie walked from each
 * position. Matching is exact; overlaps are all reported, and the caller decides which wins. Children are kept in
 * sorted arrays (no boxed keys), so a scan allocates nothing but its results; once built, the trie is read-only
 * and shared by the threads that scan speeches.
 */
final class TermTrie {

    record Match(int start, int end, int term) {
        int length() {
            return end - start;
        }
    }

    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        int term = -1;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node childOrNew(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] ch = new Node[children.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, ch, 0, at);
            k[at] = c;
            ch[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, ch, at + 1, children.length - at);
            keys = k;
            children = ch;
            return ch[at];
        }
    }

    private final Node root = new Node();

    void add(String term, int id) {
        Node n = root;
        for (int i = 0; i < term.length(); i++) {
            n = n.childOrNew(term.charAt(i));
        }
        n.term = id;
    }

    List<Match> findAll(String text) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Node n = root;
            for (int j = i; j < text.length(); j++) {
                n = n.child(text.charAt(j));
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
    static List<Match> longestFirst(List<Match> all, IntPredicate allowed) {
        List<Match> candidates = new ArrayList<>();
        for (Match m : all) {
            if (allowed.test(m.term())) {
                candidates.add(m);
            }
        }
        candidates.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length()) : Integer.compare(a.start(), b.start()));
        List<Match> chosen = new ArrayList<>();
        for (Match m : candidates) {
            if (!overlapsAny(m, chosen)) {
                chosen.add(m);
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return chosen;
    }

    static boolean overlapsAny(Match m, List<Match> chosen) {
        for (Match c : chosen) {
            if (m.start() < c.end() && c.start() < m.end()) {
                return true;
            }
        }
        return false;
    }
}
