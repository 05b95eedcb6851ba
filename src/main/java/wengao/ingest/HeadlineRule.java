package wengao.ingest;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a web headline from a speech's own title. News sites head a speech with their own line: the speaker and
 * a colon (习近平：共圆中华民族伟大复兴的中国梦), the speaker and the occasion (习近平在…大会上的讲话), the occasion and the
 * title (在…会晤上的讲话：新起点 新愿景 新动力), often marked （全文）. A headline names the speech it heads, so the
 * title can be read out of it when the text has no title line of its own.
 */
final class HeadlineRule {

    private static final Pattern FULL_TEXT = Pattern.compile("[\\s\u3000]*[（(]\\s*全文\\s*[）)]\\s*$");
    private static final String SPEECH_WORD = "(讲话|演讲|致辞|辞|发言|贺词|贺信|说明|报告|谈话|答问|主旨演讲|署名文章)";
    /**
     * A personal name: two or three characters that do not end like a place, a body or an office, nor start like an
     * occasion (在欧美同学会…的讲话 is an occasion line, not 在欧美 speaking at 同学会).
     */
    private static final String NAME = "(?:国家主席|总书记|国务院总理|总理)?(?![在同与])\\p{IsHan}{1,2}[\\p{IsHan}&&[^市省县区局委会部厅院校司处镇村党团国组办长记任席理员官们]]";
    private static final String HONORIFIC = "(?:主席|总书记|总理|委员长|同志)?";
    private static final Pattern SPEAKER_COLON = Pattern.compile("^(?:" + NAME + HONORIFIC + ")[：:](.{4,})$");
    private static final Pattern SPEAKER_OCCASION = Pattern.compile("^" + NAME + HONORIFIC + "((?:在|同|与).{2,80}" + SPEECH_WORD + ")$");
    private static final Pattern OCCASION_COLON = Pattern.compile("^(.{2,60}?)[：:](.{4,})$");
    /** 时间：…, 地点：…: a labelled line of a title block, not a speaker and a colon. */
    private static final Pattern LABEL = Pattern.compile("(会议时间|会议地点|时间|日期|地点|来源|主题|作者|单位|主讲|主讲人|讲话人|发言人|宣讲人|述职人|述责人|述廉人|汇报人|授课人|主持|主持人|记录|记录人|报告人|出席|列席|参加|参会人员|范围|内容)\\s*[：:]");
    /** Who a headline or a title says is speaking: 张三同志在…的讲话, 市委书记张三在…的讲话, 习近平：在…的讲话. */
    private static final Pattern NAMED_OCCASION = Pattern.compile("^((?:.{0,20}?" + TitleBlockForms.OFFICE + ")?(?![在同与])\\p{IsHan}{2,3}?)"
            + "(?:同志|主席|总书记|总理|委员长)?[：:]?(?:在|同|与).{2,80}" + SPEECH_WORD + "$");
    /** 国家主席习近平发表二○一六年新年贺词, 习近平致…的贺信: a headline that names who issued a text and the text. */
    private static final Pattern ISSUED = Pattern.compile("^(国家主席|总书记|国务院总理|总理)?((?![在同与])\\p{IsHan}{1,2}"
            + "[\\p{IsHan}&&[^市省县区局委会部厅院校司处镇村党团国组办长记任席理员官们社报网台]])(?:发表|致)[\\p{IsHan}《“].{1,80}?"
            + "(?:贺词|贺信|贺电|致辞|讲话|署名文章|信)$");
    private static final Pattern VENUE = Pattern.compile("^(?:在|同|与).{2,80}" + SPEECH_WORD + "$");

    private HeadlineRule() {
    }

    /** Whether a title-block line has one of the forms of a web headline. */
    static boolean isHeadline(String line) {
        return !titleOf(line).equals(line.strip());
    }

    /** The title a headline names (the line itself when it is not a headline). */
    static String titleOf(String line) {
        String t = FULL_TEXT.matcher(line.strip()).replaceFirst("");
        if (LABEL.matcher(t).lookingAt()) {
            return t;
        }
        Matcher m = SPEAKER_COLON.matcher(t);
        if (m.matches() && !TitleBlockForms.isDateLine(m.group(1))) {
            return m.group(1).strip();
        }
        m = OCCASION_COLON.matcher(t);
        if (m.matches() && (isVenue(m.group(1)) || m.group(1).matches(".*" + SPEECH_WORD))) {
            return m.group(2).strip();
        }
        m = SPEAKER_OCCASION.matcher(t);
        if (m.matches()) {
            return m.group(1);
        }
        return t;
    }

    /**
     * The speaker a headline or a title line names before the occasion (张三同志在…的讲话 → 张三, 市委书记张三在…的讲话 →
     * 市委书记张三, 习近平：在…的讲话 → 习近平), or null: a name alone must not end like a place, a body or an office.
     */
    static String speakerOf(String line) {
        String t = FULL_TEXT.matcher(line.strip()).replaceFirst("");
        Matcher m = NAMED_OCCASION.matcher(t);
        if (!m.matches() || LABEL.matcher(t).lookingAt()) {
            return null;
        }
        String who = m.group(1);
        boolean office = m.group(2) != null;
        return office || who.matches(NAME) ? who : null;
    }

    /**
     * Who a news headline says issued the text (国家主席习近平发表二○一六年新年贺词 → 国家主席 习近平,
     * 习近平致…的贺信 → 习近平), or null: a name alone must not end like a place, a body or an office.
     */
    static String issuerOf(String line) {
        Matcher m = ISSUED.matcher(FULL_TEXT.matcher(line.strip()).replaceFirst(""));
        if (!m.matches()) {
            return null;
        }
        return m.group(1) == null ? m.group(2) : m.group(1) + " " + m.group(2);
    }

    /** An occasion line: 在…的演讲, 同…座谈时的讲话. Under a title it is the subtitle; alone it is the title. */
    static boolean isVenue(String line) {
        return VENUE.matcher(line.strip()).matches();
    }

    /** Letters and digits only, NFKC: two spellings of one title compare equal (，or a space, “” or none). */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
