package wengao.ingest;

import java.util.List;
import java.util.regex.Pattern;
import wengao.model.DroppedLine;

/**
 * The credit line news sites print under a speech (——习近平在莫斯科国际关系学院的演讲) is the speech's own subtitle,
 * not its last paragraph: it joins the title block, or is dropped as a repeat when the title block already says it.
 */
final class ClosingCredit {

    private static final Pattern CREDIT = Pattern.compile(
            "(——|――)\\s*(?:\\p{IsHan}{2,4})?(?:在|同|与).{2,60}(演讲|讲话|致辞|发言|主旨讲话|开幕辞|闭幕辞|贺词|报告)[）)]?");

    private ClosingCredit() {
    }

    /**
     * Takes the credit off the end of {@code body}: added to {@code titleLines}, or to {@code dropped} when a title
     * line says the same. Returns whether it took one.
     */
    static boolean take(List<SourceLine> body, List<String> titleLines, List<DroppedLine> dropped) {
        int at = body.size() - 1;
        while (at >= 0 && body.get(at).isBlank()) {
            at--;
        }
        if (at < 0 || !CREDIT.matcher(body.get(at).text()).matches()) {
            return false;
        }
        SourceLine last = body.remove(at);
        String key = occasion(last.text());
        if (titleLines.stream().anyMatch(t -> occasion(t).equals(key))) {
            dropped.add(new DroppedLine(last.number(), last.raw(), Boilerplate.REPEATED_TITLE));
        } else {
            titleLines.add(last.text());
        }
        return true;
    }

    /** What the line says, from 在/同/与 on: ——习近平在…的演讲 and ——在…的演讲 say the same. */
    private static String occasion(String line) {
        String k = HeadlineRule.key(line);
        int at = k.indexOf('在');
        return at >= 0 ? k.substring(at) : k;
    }
}
