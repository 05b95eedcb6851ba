package wengao.citations;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of a text that someone is named as saying: a “…” that closes in the same paragraph, right
 * after an attribution ({@link Attribution}). Quotation marks inside it nest; a quote of a term (提出“两个维护”)
 * is not attributed words, so the words must be a sentence or a phrase of some length.
 */
final class QuotationMarks {

    /** How far back the attribution is looked for: a speaker and a place (在…会议上) fit. */
    static final int LOOK_BACK = 60;
    static final int MIN_WORDS = 6;

    record Found(String speaker, String text, int start, int end) {
    }

    private QuotationMarks() {
    }

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        int open = text.indexOf('“');
        while (open >= 0) {
            int close = closing(text, open);
            if (close < 0) {
                break;
            }
            String words = text.substring(open + 1, close);
            if (isWords(words) && (introduced(text, open) || isSentence(words))) {
                String speaker = Attribution.speaker(text.substring(Math.max(0, open - LOOK_BACK), open));
                if (speaker != null) {
                    out.add(new Found(speaker, words, open, close + 1));
                }
            }
            open = text.indexOf('“', close + 1);
        }
        return out;
    }

    /** The ” that closes the “ at {@code open}, counting the marks nested inside; -1 if it never closes. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                depth++;
            } else if (c == '”' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** 强调：“…” and 强调，“…” introduce words; 强调“…” with nothing between may mark a term instead. */
    private static boolean introduced(String text, int open) {
        int i = open - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && "：:，,".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isSentence(String words) {
        for (int i = 0; i < words.length(); i++) {
            if ("，。；！？".indexOf(words.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWords(String words) {
        int letters = 0;
        for (int i = 0; i < words.length(); i++) {
            if (Character.isLetterOrDigit(words.charAt(i))) {
                letters++;
            }
        }
        return letters >= MIN_WORDS;
    }
}
