package wengao.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.SpeechDate;

/**
 * The date a speech's head states, from the surest form to the weakest: a subtitle (——2014年9月9日在…), a date
 * line of the title block (（2015年9月28日，纽约）, （二〇一三年三月二十九日，布拉柴维尔）), a date line elsewhere in the head, a
 * news dateline (新华社北京9月9日电: its day and month, the year of the page's publication line), a bracketed date
 * near the start of text that lost its line breaks, the date of a file name pasted as the first line, an editor's note
 * under the text (这是…2020年6月29日在…时的讲话), the date a report is signed with (its last line: 2024年1月10日), a
 * dateline closing the text, and last a dateline no page gives a year, in the year of the title. The page's
 * publication date is when the page was made, not the speech: it only gives a dateline its year.
 * Dates in the body are history (1954年 in a 2014 speech), never the speech's date.
 */
final class SpeechDateRule {

    private static final int INLINE_REACH = 200;
    private static final Pattern INLINE = Pattern.compile(
            "[（(]\\s*((?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)[^（）()]{0,30}[）)]|——\\s*((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)在");

    /** What a title names when it greets a new year: 新年贺词, 新年致辞, 新年献词. */
    private static final Pattern NEW_YEAR = Pattern.compile("新年(贺词|致辞|献词)");

    private SpeechDateRule() {
    }

    static SpeechDate of(List<String> subtitles, List<String> titleLines, List<String> headLines, String firstLine,
                         NewsHead.Result news, String title) {
        for (String s : subtitles) {
            SpeechDate d = DateReader.fullDate(s);
            if (d != null) {
                return d;
            }
        }
        for (String s : titleLines) {
            if (TitleBlockForms.isDateLine(s) || s.startsWith("时间") || TitleBlockForms.datedSpeaker(s) != null) {
                SpeechDate d = DateReader.fullDate(s);
                if (d != null) {
                    return d;
                }
            }
        }
        for (String s : headLines) {
            if (TitleBlockForms.isDateLine(s)) {
                SpeechDate d = DateReader.fullDate(s);
                if (d != null) {
                    return d;
                }
            }
        }
        SpeechDate dateline = datelineDate(news.datelineDay(), news.pageDate());
        if (dateline != null) {
            return dateline;
        }
        if (firstLine != null) {
            String start = Normalizer.normalize(firstLine, Normalizer.Form.NFKC);
            Matcher m = INLINE.matcher(start.substring(0, Math.min(start.length(), INLINE_REACH)));
            if (m.find()) {
                return DateReader.fullDate(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        if (news.pastedDate() != null) {
            return news.pastedDate();
        }
        if (news.closingNote() != null && news.closingNote().date() != null) {
            return news.closingNote().date();
        }
        if (news.signedDate() != null) {
            return news.signedDate();
        }
        SpeechDate closing = datelineDate(news.closingDay(), news.pageDate());
        return closing != null ? closing : titleYearDate(news.datelineDay() != null ? news.datelineDay() : news.closingDay(), title);
    }

    /**
     * A dateline's day where the page gives it no year, in the year the title names when it names one only
     * (二○一六年新年贺词 over 新华社北京12月31日电): a new year's message is given in the December before the year it greets.
     */
    static SpeechDate titleYearDate(int[] monthDay, String title) {
        SpeechDate year = monthDay == null || title == null ? null : DateReader.soleYearOf(title);
        if (year == null) {
            return null;
        }
        int y = year.year() - (monthDay[0] == 12 && NEW_YEAR.matcher(title).find() ? 1 : 0);
        return DateReader.frontMatterDate(y + "-" + monthDay[0] + "-" + monthDay[1]);
    }

    /** A dateline's day in the year of the page; a day after the publication date is in the year before. */
    static SpeechDate datelineDate(int[] monthDay, SpeechDate page) {
        if (monthDay == null || page == null || !page.isFull()) {
            return null;
        }
        boolean after = monthDay[0] > page.month() || monthDay[0] == page.month() && monthDay[1] > page.day();
        return DateReader.frontMatterDate((page.year() - (after ? 1 : 0)) + "-" + monthDay[0] + "-" + monthDay[1]);
    }
}
