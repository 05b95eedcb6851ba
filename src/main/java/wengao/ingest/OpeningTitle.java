package wengao.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a text that has no title line of its own, made the way editors title such texts: a letter by its
 * kind and addressee (回信 to 乡亲们： is 给乡亲们的回信) or occasion (贺信 值此…大会召开之际 is 致…大会的贺信); else the
 * file name when it reads as a title once a pasted date and row number are taken off; else the occasion its
 * first sentences name (今天，我们召开企业家座谈会 is 在企业家座谈会上的讲话; 今天，我们在这里隆重集会，纪念… is 在纪念…大会上的讲话;
 * 值此…年会开幕之际 is 在…年会开幕式上的致辞;
 * 我就《…》…作说明 is 关于《…》的说明); else the opening words of the speech.
 */
final class OpeningTitle {

    /** A document kind: on a line of its own it names what the text is, not which one. */
    static final Pattern KIND = Pattern.compile("贺信|回信|贺电|唁电|贺词|致信|复信");
    private static final Pattern OCCASION_OF_GREETING = Pattern.compile(
            "值此(.{2,60}?)(?:隆重)?(?:召开|开幕|举办|举行|成立)?之际");
    private static final String MEETING_WORD = "(?:座谈会|会议|大会|年会|论坛|峰会|研讨会|茶话会)";
    /** 今天，我们召开企业家座谈会，… / 很高兴出席今天的气候雄心峰会。: the meeting the speech was given at. */
    private static final Pattern MEETING = Pattern.compile(
            "(?:^|(?<=[。！？]))(?:今天，(?:我们)?(?:在这里)?(?:隆重)?(?:召开|举行)(?:一个|这次)?|(?:今天，)?(?:我)?很高兴(?:出席|参加|来到)(?:今天的|这次|本次)?)"
                    + "(\\p{IsHan}.{1,40}?" + MEETING_WORD + ")[，,。！]");
    /** 今天，我们在这里隆重集会，纪念…70周年。: a commemoration or celebration (在纪念…70周年大会上的讲话). */
    private static final Pattern GATHERING = Pattern.compile(
            "(?:^|(?<=[。！？]))今天，我们(?:在这里)?隆重集会，((?:纪念|庆祝)\\p{IsHan}[^，,。！？]{1,40}?)[，,。！]");
    /** How far into the opening a sentence that names the meeting is looked for: its first few sentences. */
    private static final int MEETING_REACH = 300;
    /** 值此…年会开幕之际: a speech opening a meeting is the opening address (在…开幕式上的致辞). */
    private static final Pattern OPENING_OF = Pattern.compile("^值此(\\p{IsHan}.{1,60}?" + MEETING_WORD + ")开幕之际");
    /** 我就《…》起草的有关情况向全会作说明: the explanation of a document (关于《…》的说明). */
    private static final Pattern EXPLANATION = Pattern.compile("我就(《[^》]{2,100}》)[^。！？]{0,20}作(说明|报告)");
    private static final Pattern FILE_NAME_PARTS = Pattern.compile("^(?:19|20)\\d{2}-\\d{2}-\\d{2}[_\\s-]*|row\\d+[_\\s-]*");
    private static final int INCIPIT = 30;
    private static final Pattern GREETING_OR_ADDRESS = Pattern.compile(
            "[^。！？，,]{1,6}[！!]|(?:尊敬的|各位|亲爱的)[^。！？，,：:]{1,40}[，,]|(?:女士们|先生们|朋友们)[，,、]|(?:首先|同时|此外)[，,]");

    private OpeningTitle() {
    }

    static boolean isKind(String line) {
        return line != null && KIND.matcher(line.strip()).matches();
    }

    /**
     * The title for a text with the given kind line (or null), salutation (or null), first body sentence (or
     * null) and file name stem; null when there is nothing to make one from.
     */
    static String of(String kind, String salutation, String opening, String stem) {
        String addressee = salutation == null ? null : SourceLine.trim(salutation.replace('\n', ' ')).replaceAll("[：:]$", "");
        if (kind != null) {
            String k = kind.strip();
            if ((k.equals("回信") || k.equals("复信")) && addressee != null) {
                return "给" + addressee + "的回信";
            }
            if (k.equals("致信") && addressee != null) {
                return "致" + addressee + "的信";
            }
            Matcher m = opening == null ? null : OCCASION_OF_GREETING.matcher(opening);
            if (m != null && m.find()) {
                return "致" + m.group(1) + "的" + k;
            }
            if (addressee != null) {
                return "致" + addressee + "的" + k;
            }
        }
        String name = FILE_NAME_PARTS.matcher(stem).replaceAll("").strip();
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && TitleBlockForms.isTitleLike(name)) {
            return name;
        }
        if (opening == null || opening.isBlank()) {
            return null;
        }
        String t = withoutLead(opening);
        String head = t.substring(0, Math.min(t.length(), MEETING_REACH));
        Matcher m = MEETING.matcher(head);
        if (m.find()) {
            return "在" + m.group(1) + "上的讲话";
        }
        m = GATHERING.matcher(head);
        if (m.find()) {
            return "在" + m.group(1) + "大会上的讲话";
        }
        m = OPENING_OF.matcher(t);
        if (m.find()) {
            return "在" + m.group(1) + "开幕式上的致辞";
        }
        m = EXPLANATION.matcher(t);
        if (m.find()) {
            return "关于" + m.group(1) + "的" + m.group(2);
        }
        return incipit(t);
    }

    /** The opening without the greeting (大家好！, 敏格拉巴！), addressees (尊敬的…总统，) and 首先， before its first sentence. */
    private static String withoutLead(String opening) {
        String t = opening.strip();
        Matcher lead = GREETING_OR_ADDRESS.matcher(t);
        while (lead.lookingAt() && lead.end() < t.length()) {
            t = t.substring(lead.end()).strip();
            lead = GREETING_OR_ADDRESS.matcher(t);
        }
        return t;
    }

    /** The first sentence, cut at a clause end before {@value #INCIPIT} characters when longer, marked …. */
    private static String incipit(String t) {
        int end = 0;
        while (end < t.length() && "。！？!?".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        String sentence = t.substring(0, end);
        if (sentence.isEmpty()) {
            return null;
        }
        if (sentence.length() <= INCIPIT) {
            return sentence;
        }
        int cut = -1;
        for (int i = INCIPIT; i > INCIPIT / 3; i--) {
            if ("，、；：,;:".indexOf(sentence.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        return (cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, INCIPIT)) + "…";
    }
}
