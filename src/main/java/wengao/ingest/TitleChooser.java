package wengao.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the title among the lines of a head. The speech's own title is the line its title block hangs from: a
 * subtitle (——在…), a date line or a speaker line follows it, or an occasion line (在…的演讲) and then a date or
 * speaker line. Failing that, the title is read out of the web headline, then the first line with a title word
 * (讲话, 报告…), then the first line that reads like a title. A file name pasted as the first line is the title only
 * where its title part stands in a title's place or nothing else is left.
 */
final class TitleChooser {

    /** The title's line, its text (read out of a headline, or the line), and the page's headline (or null, -1). */
    record Choice(int index, String title, String headline, int headlineIndex) {
    }

    private final String[] text;
    private final boolean[] droppedAt;
    private final int pasted;
    private final List<Integer> kept = new ArrayList<>();

    private TitleChooser(String[] text, boolean[] droppedAt, int limit, int pasted) {
        this.text = text;
        this.droppedAt = droppedAt;
        this.pasted = pasted;
        for (int i = 0; i < limit; i++) {
            if (!droppedAt[i] && !text[i].isEmpty()) {
                kept.add(i);
            }
        }
    }

    /** The choice, or null when no line of the head reads like a title. */
    static Choice choose(String[] text, boolean[] droppedAt, int limit, int pasted) {
        return new TitleChooser(text, droppedAt, limit, pasted).choose();
    }

    private Choice choose() {
        for (int k = 0; k < kept.size(); k++) {
            if (isCandidate(kept.get(k)) && titleBlockFollows(k)) {
                return choice(kept.get(k));
            }
        }
        for (int i : kept) {
            if (i != pasted && isCandidate(i) && HeadlineRule.isHeadline(text[i])) {
                return choice(i);
            }
        }
        int first = -1;
        for (int i : kept) {
            if (i == pasted || !isCandidate(i)) {
                continue;
            }
            if (TitleBlockForms.hasTitleWord(text[i])) {
                return choice(i);
            }
            if (first < 0 && !isNavigationWord(text[i])) {
                first = i;
            }
        }
        if (first < 0 && pasted >= 0 && !text[pasted].isEmpty() && !droppedAt[pasted]) {
            first = pasted;
        }
        return first < 0 ? null : choice(first);
    }

    private boolean titleBlockFollows(int k) {
        if (k + 1 >= kept.size()) {
            return false;
        }
        int i = kept.get(k);
        String next = text[kept.get(k + 1)];
        if (TitleBlockForms.isSubtitle(next) || TitleBlockForms.isDateLine(next) || TitleBlockForms.isSpeakerUnderTitle(next)) {
            return true;
        }
        // page furniture between a title and its occasion line (buttons, a 来源 line) leaves the title block whole; a
        // news dateline starts the report, whose own head follows the page's headline (习近平：… / 新华网…电 / 在…的讲话)
        boolean adjacent = true;
        for (int j = i + 1; j < kept.get(k + 1); j++) {
            adjacent &= !droppedAt[j] || text[j].indexOf('电') < 0 || !NewsFurniture.DATELINE.equals(NewsFurniture.line(text[j]));
        }
        // a newspaper sets the speaker with the occasion under the title: 坚定信心 共谋发展 / 习近平在…会议上的讲话 / ——（…）
        boolean occasion = HeadlineRule.isVenue(next)
                || i != pasted && HeadlineRule.speakerOf(next) != null && HeadlineRule.isVenue(HeadlineRule.titleOf(next))
                        && !HeadlineRule.isHeadline(text[i]);
        if (adjacent && occasion && !HeadlineRule.isVenue(HeadlineRule.titleOf(text[i])) && k + 2 < kept.size()) {
            String after = text[kept.get(k + 2)];
            return TitleBlockForms.isDateLine(after) || TitleBlockForms.isSubtitle(after) || TitleBlockForms.isSpeakerUnderTitle(after);
        }
        return false;
    }

    /**
     * The title read from line {@code i}, with the page's headline: the line itself when it is a headline, else the
     * first headline above it, else the first line above it that names the title and more (2006年国务院政府工作报告
     * above 政府工作报告), else the first line above it that reads like a title and has a title word (a portal's
     * 1983年国务院政府工作报告 above the report's 1983年政府工作报告).
     */
    private Choice choice(int i) {
        String title = unspaced(HeadlineRule.titleOf(text[i]));
        if (!HeadlineRule.titleOf(text[i]).equals(text[i])) {
            return new Choice(i, title, text[i], i);
        }
        String key = HeadlineRule.key(title);
        int naming = -1;
        int titled = -1;
        for (int h : kept) {
            if (h >= i || h == pasted || !isCandidate(h)) {
                continue;
            }
            if (HeadlineRule.isHeadline(text[h])) {
                return new Choice(i, title, text[h], h);
            }
            String other = HeadlineRule.key(text[h]);
            if (naming < 0 && !key.isEmpty() && other.contains(key) && !other.equals(key)) {
                naming = h;
            }
            if (titled < 0 && !other.equals(key) && TitleBlockForms.hasTitleWord(text[h])) {
                titled = h;
            }
        }
        int headline = naming >= 0 ? naming : titled;
        return headline < 0 ? new Choice(i, title, null, -1) : new Choice(i, title, text[headline], headline);
    }

    /** A title set letter-spaced (政 府 工 作 报 告) is the title without its spaces. */
    private static String unspaced(String title) {
        return title.matches("(\\p{IsHan}[ \u3000]+)+\\p{IsHan}") ? title.replaceAll("[ \u3000]+", "") : title;
    }

    private boolean isCandidate(int i) {
        String t = text[i];
        return TitleBlockForms.isTitleLike(t) && !Boilerplate.hasAdSignal(t) && !SalutationFinder.isSalutation(t)
                && !t.endsWith("，") && !t.endsWith("、") && !t.endsWith(",");
    }

    static boolean isNavigationWord(String t) {
        return t.equals(">") || t.equals("首页") || t.startsWith("您的位置") || t.startsWith("当前位置");
    }
}
