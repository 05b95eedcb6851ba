package wengao.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.DroppedLine;
import wengao.model.SpeechDate;

/**
 * The first pass over the head of a speech copied from a news site: drops the news furniture (publication lines,
 * datelines, captions, the news lead that introduces the speech: 新华社澳门12月19日电 国家主席习近平19日出席…致辞全文如下：),
 * cuts a dateline off the line it opens, and notes what dates the page: the dateline's day, the page's publication
 * date, and the date of a file name pasted as the first line (2013-03-29_共同谱写…); and from the last lines, a
 * closing dateline, the newspaper edition credited under the text, an editor's note of when the speech was given and
 * the date a report is signed with.
 */
final class NewsHead {

    private static final int CLOSING_REACH = 6;
    private static final int NOTE_REACH = 160;
    /** An editor's note that says what the text is: 这是…2020年6月29日在…时的讲话 (本文是…, also …讲话的一部分). */
    private static final Pattern SPEECH_NOTE = Pattern.compile("(?:这|本文|此文)(?:是|为|系)([^。！？]{0,16}?)((?:19|20)\\d{2})年"
            + "(\\d{1,2})月(\\d{1,2})日(在[^。！？]{2,80}?(?:讲话|致辞|演讲|报告|发言|谈话))[^。！？]{0,12}[。）)]?\\s*$");
    /** Who the note says spoke: 习近平总书记, 张三同志. */
    private static final Pattern NOTE_SPEAKER = Pattern.compile("(\\p{IsHan}{2,3}?)(?:总书记|同志|主席|总理|委员长|书记)");
    private static final Pattern AUTHORS_OFFICE = Pattern.compile("[（(]\\s*作者(?:系|为|是|：|:)\\s*([^（）()。！？]{2,40}?)\\s*[）)]\\s*$");
    private static final Pattern PASTED_NAME = Pattern.compile("((?:19|20)\\d{2}-\\d{2}-\\d{2})_(?:row\\d+_?)?(.*)");
    /**
     * A news report of the speech in the third person: 12月19日，国家主席习近平出席…晚宴并发表重要讲话。, also after a
     * dated sentence of what happened: 12月16日，第二届世界互联网大会在浙江省乌镇开幕。国家主席习近平出席开幕式并发表主旨演讲。
     */
    private static final Pattern REPORT = Pattern.compile(
            "(?:(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日[，,][^。！？]{2,60}。)?(?:\\d{1,2}月\\d{1,2}日[，,])?[^。！？]{0,40}?(国家主席|总书记|国务院总理|委员长|副主席|主席|总理)\\p{IsHan}{2,3}"
                    + "[^。！？]{0,120}(发表|致辞|出席|作了)[^。！？]{0,80}。");
    private static final Pattern STAMP = Pattern.compile("((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");

    /**
     * What the pass found; {@code text} holds each line with cut fragments removed, {@code droppedIndex} the index
     * of the line each dropped entry came from (line numbers do not tell: the pieces of a flattened line share one).
     */
    record Result(String[] text, boolean[] droppedAt, List<DroppedLine> dropped, List<Integer> droppedIndex, int pasted, String pastedPrefix,
                  SpeechDate pastedDate, int[] datelineDay, SpeechDate pageDate, int[] closingDay,
                  Note closingNote, SpeechDate signedDate, String authorsOffice) {
    }

    private NewsHead() {
    }

    static Result read(List<SourceLine> lines) {
        String[] text = new String[lines.size()];
        boolean[] droppedAt = new boolean[lines.size()];
        List<DroppedLine> dropped = new ArrayList<>();
        List<Integer> droppedIndex = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            text[i] = lines.get(i).text();
        }
        int pasted = -1;
        String prefix = null;
        SpeechDate pastedDate = null;
        int[] datelineDay = null;
        SpeechDate pageDate = null;
        int seen = 0;
        for (int i = 0; i < text.length && seen < SalutationFinder.HEADER_SCAN_LIMIT; i++) {
            String t = text[i];
            if (t.isEmpty()) {
                continue;
            }
            Matcher name = PASTED_NAME.matcher(t);
            if (seen++ == 0 && name.matches() && DateReader.frontMatterDate(name.group(1)) != null) {
                pasted = i;
                pastedDate = DateReader.frontMatterDate(name.group(1));
                prefix = t.substring(0, name.start(2));
                text[i] = SourceLine.trim(name.group(2));
                continue;
            }
            String reason = NewsFurniture.line(t);
            if (reason != null) {
                drop(lines, i, reason, droppedAt, dropped, droppedIndex);
                if (reason.equals(NewsFurniture.DATELINE) && datelineDay == null) {
                    datelineDay = NewsFurniture.datelineDay(t);
                } else if (reason.equals(Boilerplate.SOURCE) && pageDate == null) {
                    pageDate = stamp(t);
                }
                continue;
            }
            NewsFurniture.Cut cut = NewsFurniture.cut(t);
            if (!cut.fragments().isEmpty()) {
                for (NewsFurniture.Fragment f : cut.fragments()) {
                    if (f.reason().equals(NewsFurniture.DATELINE) && datelineDay == null) {
                        datelineDay = NewsFurniture.datelineDay(f.text());
                    }
                }
                boolean leadIn = cut.fragments().stream().anyMatch(f -> f.reason().equals(NewsFurniture.LEAD_IN));
                if (cut.kept().isEmpty()) {
                    drop(lines, i, cut.fragments().get(0).reason(), droppedAt, dropped, droppedIndex);
                    continue;
                }
                // each piece is reported for what it is: the dateline, the lead's report of the speech, 全文如下：
                for (NewsFurniture.Fragment f : cut.fragments()) {
                    dropped.add(new DroppedLine(lines.get(i).number(), f.text(), f.reason()));
                    droppedIndex.add(i);
                }
                if (leadIn || isReport(cut.kept())) {
                    droppedAt[i] = true;
                    dropped.add(new DroppedLine(lines.get(i).number(), cut.kept(), NewsFurniture.NEWS_LEAD));
                    droppedIndex.add(i);
                } else {
                    text[i] = cut.kept();
                }
                continue;
            }
            if (isReport(t)) {
                drop(lines, i, NewsFurniture.NEWS_LEAD, droppedAt, dropped, droppedIndex);
                continue;
            }
            if (t.length() > 60 && HeaderReader.hasSentenceEnd(t) || SalutationFinder.isSalutation(t)) {
                break;
            }
        }
        List<Closing> closing = closing(lines);
        if (pageDate == null) {
            pageDate = closingPage(closing);
        }
        return new Result(text, droppedAt, dropped, droppedIndex, pasted, prefix, pastedDate, datelineDay, pageDate,
                closingDay(closing), closingNote(closing), signedDate(closing), authorsOffice(closing));
    }

    /**
     * What an editor's note under the text says: when the speech was given, who gave it (null: unnamed) and where
     * (在全县作风建设大会上的讲话).
     */
    record Note(SpeechDate date, String speaker, String occasion) {
    }

    /** One of the text's last lines, with what it is as furniture (null: none) and the fragments cut from it. */
    private record Closing(String text, String reason, List<NewsFurniture.Fragment> fragments) {
    }

    /**
     * The text's last lines that are not empty, the last first: where a page's closing furniture and notes stand.
     * Each is looked at as furniture once, for the dateline and the credit alike.
     */
    private static List<Closing> closing(List<SourceLine> lines) {
        List<Closing> closing = new ArrayList<>(CLOSING_REACH);
        for (int i = lines.size() - 1; i >= 0 && closing.size() < CLOSING_REACH; i--) {
            String t = lines.get(i).text();
            if (!t.isEmpty()) {
                closing.add(new Closing(t, NewsFurniture.line(t), NewsFurniture.cut(t).fragments()));
            }
        }
        return closing;
    }

    /**
     * The date an editor's note under the text gives the speech (※这是习近平总书记2020年6月29日在十九届中央政治局第二十一次
     * 集体学习时的讲话。), among its last lines' last characters: a journal's reprint names when the speech was given.
     */
    private static Note closingNote(List<Closing> closing) {
        for (Closing c : closing) {
            String t = c.text();
            String end = Normalizer.normalize(t.substring(Math.max(0, t.length() - NOTE_REACH)), Normalizer.Form.NFKC);
            Matcher m = SPEECH_NOTE.matcher(end);
            if (m.find()) {
                Matcher who = NOTE_SPEAKER.matcher(m.group(1));
                return new Note(DateReader.frontMatterDate(m.group(2) + "-" + m.group(3) + "-" + m.group(4)),
                        who.matches() ? who.group(1) : null, m.group(5));
            }
        }
        return null;
    }

    /**
     * The date of the newspaper's edition credited under the text (《 人民日报 》（ 2020年09月20日 02 版）): like a
     * publication line, it dates the page, so it gives a dateline its year where the head has no publication line.
     */
    private static SpeechDate closingPage(List<Closing> closing) {
        for (Closing c : closing) {
            if (NewsFurniture.CREDIT.equals(c.reason())) {
                return stamp(c.text());
            }
            for (NewsFurniture.Fragment f : c.fragments()) {
                if (f.reason().equals(NewsFurniture.CREDIT)) {
                    return stamp(f.text());
                }
            }
        }
        return null;
    }

    /**
     * The date a report or a letter is signed with (its 落款: 李四 / 2024年1月10日): the text's last line that is not
     * furniture, when it is a date line alone.
     */
    private static SpeechDate signedDate(List<Closing> closing) {
        for (Closing c : closing) {
            if (c.reason() != null) {
                continue;
            }
            return TitleBlockForms.isDateLine(c.text()) ? DateReader.fullDate(c.text()) : null;
        }
        return null;
    }

    /** The office a newspaper's note under the text gives its author: （作者系中共某某县委书记） → 中共某某县委书记. */
    private static String authorsOffice(List<Closing> closing) {
        for (Closing c : closing) {
            Matcher m = AUTHORS_OFFICE.matcher(c.text());
            if (c.text().contains("作者") && m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** The day of a dateline that closes the text (（新华社北京5月18日电）), among its last lines. */
    private static int[] closingDay(List<Closing> closing) {
        for (Closing c : closing) {
            for (NewsFurniture.Fragment f : c.fragments()) {
                if (f.reason().equals(NewsFurniture.DATELINE)) {
                    return NewsFurniture.datelineDay(f.text());
                }
            }
            if (NewsFurniture.DATELINE.equals(c.reason())) {
                return NewsFurniture.datelineDay(c.text());
            }
        }
        return null;
    }

    private static boolean isReport(String t) {
        return t.length() <= 200 && REPORT.matcher(Normalizer.normalize(t, Normalizer.Form.NFKC)).matches();
    }

    private static SpeechDate stamp(String t) {
        Matcher m = STAMP.matcher(Normalizer.normalize(t, Normalizer.Form.NFKC));
        return m.find() ? DateReader.frontMatterDate(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : null;
    }

    private static void drop(List<SourceLine> lines, int i, String reason, boolean[] droppedAt, List<DroppedLine> dropped,
                             List<Integer> droppedIndex) {
        droppedAt[i] = true;
        dropped.add(new DroppedLine(lines.get(i).number(), lines.get(i).raw(), reason));
        droppedIndex.add(i);
    }
}
