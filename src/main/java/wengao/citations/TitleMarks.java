package wengao.citations;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the 《…》 titles of a text, the marks included. Marks nest (《〈湘江评论〉创刊宣言》, and 《…《…》…》 where a
 * writer used 《 for the inner title too): the outermost pair is the title. An unclosed 《 is not a title, but a
 * title inside it still is; a span with a sentence end in it (。！？) or longer than any title is a pair of marks that
 * do not belong together.
 */
final class TitleMarks {

    static final int MAX_TITLE = 100;

    private TitleMarks() {
    }

    /** {@code [start, end)} of each title in {@code text}, marks included, in order. */
    static List<int[]> find(String text) {
        List<int[]> pairs = new ArrayList<>();
        int open = text.indexOf('《');
        if (open < 0) {
            return pairs;
        }
        List<Integer> stack = new ArrayList<>();
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                stack.add(i);
            } else if (c == '》' && !stack.isEmpty()) {
                int start = stack.remove(stack.size() - 1);
                // a pair inside another pair is part of that title, unless the outer one never closes
                while (!pairs.isEmpty() && pairs.get(pairs.size() - 1)[0] > start) {
                    pairs.remove(pairs.size() - 1);
                }
                pairs.add(new int[] {start, i + 1});
            }
        }
        pairs.removeIf(p -> !plausible(text, p[0] + 1, p[1] - 1));
        return pairs;
    }

    private static boolean plausible(String text, int from, int to) {
        if (to - from > MAX_TITLE || text.substring(from, to).isBlank()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n') {
                return false;
            }
        }
        return true;
    }
}
