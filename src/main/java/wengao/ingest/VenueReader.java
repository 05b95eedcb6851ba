package wengao.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The occasion a title block names: the venue of a speech, and the title a subtitle gives a text without one. */
final class VenueReader {

    /** What an editor says of the text after its occasion: （摘要）, （节选）. */
    private static final String EXCERPT = "(?:[（(](?:摘要|节选|摘编|摘登|全文|要点)[）)])?";
    private static final Pattern VENUE_IN_SUBTITLE = Pattern.compile("在(.{2,60}?)(上|期间)(的\\p{IsHan}{0,4}?(讲话|发言|致辞|报告|演讲|党课|讲课))?[）)]?" + EXCERPT + "$");
    private static final Pattern VENUE_IN_TITLE = Pattern.compile("^在(.{2,60}?)上的.{0,8}$");
    /** ——在中阿合作论坛第六届部长级会议开幕式上的讲话: the occasion a title would name. */
    private static final Pattern OCCASION_SUBTITLE = Pattern.compile("^(?:——|――|--|—|―|－－|﹣﹣)\\s*(在.{2,60}的\\p{IsHan}{0,4}(讲话|演讲|致辞|发言|报告|贺词))$");

    private VenueReader() {
    }

    /** A space inside a name, where a line was set justified (青海省第十四届 人民代表大会): no part of it. */
    private static final Pattern SPACE_IN_NAME = Pattern.compile("(?<=\\p{IsHan})[\\s\u3000\u00a0]+(?=\\p{IsHan})");

    /** A venue as a name: without the spaces a justified line set inside it. */
    static String withoutSpacesInside(String venue) {
        return SPACE_IN_NAME.matcher(venue).replaceAll("");
    }

    static String venue(List<String> subtitles, String titleText) {
        for (String s : subtitles) {
            Matcher m = VENUE_IN_SUBTITLE.matcher(s);
            if (m.find()) {
                return withoutSpacesInside(m.group(1));
            }
        }
        if (titleText != null) {
            // 市委书记张三在…上的讲话: the occasion after the speaker the title names
            String speaker = HeadlineRule.speakerOf(titleText);
            int occasion = speaker == null ? 0 : titleText.indexOf('在', speaker.length());
            Matcher m = VENUE_IN_TITLE.matcher(occasion < 0 ? titleText : titleText.substring(occasion));
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * A text whose title line was lost but whose subtitle names the occasion (——在…上的讲话) is titled by the
     * occasion, as the genre titles speeches that have no title of their own (在…上的讲话); null otherwise.
     */
    static String occasionTitle(List<String> subtitles) {
        if (subtitles.isEmpty()) {
            return null;
        }
        Matcher m = OCCASION_SUBTITLE.matcher(subtitles.get(0).strip());
        return m.matches() ? m.group(1) : null;
    }
}
