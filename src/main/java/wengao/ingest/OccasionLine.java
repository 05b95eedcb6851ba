package wengao.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subtitle that names who spoke beside the occasion, as report editions print it: the speaker after the venue
 * ({@code 2025年1月14日在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇同志作政府工作报告}) or before it
 * ({@code ——2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告}, {@code ——…省长 李乐成在…会议上的讲话}).
 * The speaker is an office and a name, as a speaker line gives them ({@code 北京市市长 殷勇}, {@code 市长 龚正}).
 */
final class OccasionLine {

    record Read(String venue, String speaker) {
    }

    private static final String OPENING = "^(?:——|――|-{2,}|—|―|－－|﹣﹣)?\\s*(?:" + TitleBlockForms.DATE + ")?\\s*";
    private static final Pattern SPEAKER_AFTER = Pattern.compile(
            OPENING + "在(.{2,60}?)上[，,\\s\u3000]*(.{2,30}?)(?:同志)?\\s*作(?:了)?\\p{IsHan}{0,10}报告[。.]?$");
    private static final Pattern SPEAKER_BEFORE = Pattern.compile(
            OPENING + "([^在，,。\\d]{2,30}?)\\s*在(.{2,60}?)上?的\\p{IsHan}{0,10}(?:讲话|报告|发言|致辞|说明)[。.]?$");
    private static final Pattern OFFICE = Pattern.compile(TitleBlockForms.OFFICE);
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,5}");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000\u00a0]+");

    private OccasionLine() {
    }

    /** The venue and the speaker the first subtitle of this form names, or null. */
    static Read read(List<String> subtitles) {
        for (String s : subtitles) {
            String t = s.strip();
            Matcher after = SPEAKER_AFTER.matcher(t);
            if (after.matches()) {
                String who = speaker(after.group(after.groupCount()));
                if (who != null) {
                    return new Read(VenueReader.withoutSpacesInside(after.group(after.groupCount() - 1)), who);
                }
            }
            Matcher before = SPEAKER_BEFORE.matcher(t);
            if (before.matches()) {
                String who = speaker(before.group(before.groupCount() - 1));
                if (who != null) {
                    return new Read(VenueReader.withoutSpacesInside(before.group(before.groupCount())), who);
                }
            }
        }
        return null;
    }

    /** 北京市市长 殷勇, 山东省省长周乃翔 → 山东省省长 周乃翔, 龚正市长 → 市长 龚正; null unless an office and a name. */
    private static String speaker(String words) {
        String who = SPACES.matcher(words.strip()).replaceAll(" ");
        Matcher office = OFFICE.matcher(who);
        int end = -1;
        int start = -1;
        while (office.find()) {
            start = office.start();
            end = office.end();
        }
        if (end < 0) {
            return null;
        }
        String name = who.substring(end).strip();
        if (!name.isEmpty()) {
            return NAME.matcher(name).matches() ? who.substring(0, end).strip() + " " + name : null;
        }
        name = who.substring(0, start).strip();
        return NAME.matcher(name).matches() && name.length() <= 4 ? who.substring(start) + " " + name : null;
    }
}
