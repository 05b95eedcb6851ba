package wengao.citations;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who is quoted from the words before an opening quotation mark: the clause that ends in a verb of saying
 * (强调, 指出, 说, 所说, 写道 …), less what is not the speaker: 正如 before it, adverbs (曾经, 多次, 深刻, 动情地),
 * and where or when it was said (在…上, 在…中, 参观之后). 习近平总书记在全国组织工作会议上强调： gives 习近平总书记; 正如毛泽东同志所说，
 * gives 毛泽东同志. Pronouns (他, 我们), connectives (可以说, 也就是说), narration (不少人学会了用汉语说) and phrases too
 * long to be a name give none.
 */
final class Attribution {

    static final int MAX_SPEAKER = 16;

    /** A verb of saying at the end of the words before the quote, and the punctuation after it (：，or none). */
    private static final Pattern VERB = Pattern.compile(
            "(所(?:说|讲|指出|强调|言)(?:的那样|的)?|(?:强调|深刻|明确|郑重|一针见血地)?指出|强调|说过|说道|说|讲过|讲道|讲|"
                    + "要求|写道|告诫|寄语|曾言|有言|云)\\s*([：:，,]?)\\s*$");
    private static final Pattern LEAD = Pattern.compile("^(?:确实|的确)?(?:正如|正像|诚如|恰如|就像|如同|同时|因此|所以|对此|为此|并且|而且|但是|"
            + "然而|此外|另外|其中|并|而|如)");
    private static final Pattern ADVERB = Pattern.compile("(?:曾经|曾|也|就|还|都|又|亦|均|多次|反复|一再|再三|深刻|明确|郑重|"
            + "特别|专门|先后|早就|早已|常常|经常|常|始终|一直|生前|当年|后来|更是|更|则|便|接着|评价|总结|感慨|感叹|回忆|补充|"
            + "[\\p{IsHan}]{2}(?:之后|以后)|一针见血地|[\\p{IsHan}]{2}地)$");
    private static final Pattern PLACE = Pattern.compile("在[^在]*(?:上|中|时|里|期间|之际|前后|以来)(?:的讲话中|的)?$");
    private static final Set<String> NOT_SPEAKERS = Set.of("他", "她", "它", "他们", "她们", "我", "我们", "你", "你们", "大家",
            "有人", "人们", "可以", "应该", "应当", "就是", "也就是", "这就是", "那就是", "比如", "比方", "换句话", "总的来",
            "一般来", "具体来", "简单", "通俗", "坦率", "老实", "再", "又", "还", "这", "那", "这样", "那样", "怎么", "所以");
    /** A clause that tells a story rather than names someone: 学会了用汉语, 在…演讲时用汉语, …研究我. */
    private static final Pattern NARRATION = Pattern.compile("^在|了|[我你他她它]$|[我你他她]们$");
    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{IsHan}\\p{L}\\p{N}·•・、〈〉《》（）()]+");

    /** Boundaries of the clause the speaker stands in; not 、, which joins speakers (市委书记、市长). */
    private static final String CLAUSE_ENDS = "。！？；，：:;,!?“”‘’\"（）()【】…—\n\t 　";

    private Attribution() {
    }

    /** The speaker of a quotation that opens right after {@code before}, or null when nobody is named. */
    static String speaker(String before) {
        Matcher verb = VERB.matcher(before);
        if (!verb.find()) {
            return null;
        }
        String clause = clauseBefore(before, verb.start());
        String s = LEAD.matcher(clause).replaceFirst("");
        s = PLACE.matcher(s).replaceFirst("");
        String previous;
        do {
            previous = s;
            s = ADVERB.matcher(s).replaceFirst("");
        } while (!s.equals(previous) && !s.isEmpty());
        s = PLACE.matcher(s).replaceFirst(""); // 曾在…上 has its adverb first
        if (s.isEmpty() || s.length() > MAX_SPEAKER || NOT_SPEAKERS.contains(s) || !NAME_CHARS.matcher(s).matches()
                || NARRATION.matcher(s).find()) {
            return null;
        }
        return s;
    }

    private static String clauseBefore(String text, int end) {
        int start = end;
        int bookDepth = 0;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (c == '》') {
                bookDepth++;
            } else if (c == '《') {
                bookDepth = Math.max(0, bookDepth - 1);
            } else if (bookDepth == 0 && CLAUSE_ENDS.indexOf(c) >= 0) {
                break;
            }
            start--;
        }
        return text.substring(start, end);
    }
}
