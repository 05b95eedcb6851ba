package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.DroppedLine;
import wengao.model.Problem;
import wengao.model.SpeechDate;

/**
 * Reads the head of a plain-text speech. The salutation (同志们：, 各位代表：, multi-line forms) is the landmark:
 * the title is the first line before it that reads like a title, lines between are the title block (subtitle,
 * date line, speaker), and what precedes the title is either boilerplate (advertising blocks, navigation, page
 * furniture) or kept as preamble. A speech without salutation has its title on its first line of text.
 */
final class HeaderReader {

    private static final int HEADER_SCAN_LIMIT = 60;
    private static final Pattern SALUTATION = Pattern.compile(
            "((?:尊敬的|各位|同志们|女士们|先生们|亲爱的|老师们|同学们|朋友们|在座的)[^：:。！？]{0,40}?)[：:](.*)");
    private static final Pattern ADDRESS_START = Pattern.compile("(尊敬的|各位|同志们|女士们|先生们|亲爱的|老师们|同学们|朋友们|在座的).*");
    private static final Pattern TITLE_WORDS = Pattern.compile(
            ".*(讲话|报告|发言|致辞|党课|讲稿|演讲|总结|纪要|提纲|辅导|体会|心得|讲座|主持词|述职|述责|述廉|汇报|动员|部署会).*");
    private static final Pattern SUBTITLE = Pattern.compile(
            "(——|――|--|—|―).*|[（(].{4,80}[）)]|(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日在.*|在.{2,60}上[）)]?");
    private static final Pattern DATE_LINE = Pattern.compile(
            "[（(]?\\s*(((19|20)\\d{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\\s*[）)]?");
    private static final Pattern SPEAKER = Pattern.compile(
            ".{0,24}?(书记|市长|省长|主席|总理|部长|局长|主任|县长|区长|厅长|处长|院长|校长|委员|行长|董事长|总经理|镇长|乡长|队长|政委|司令员|秘书长|主讲人|报告人)"
                    + "[\\s\u3000:：]*[\\p{IsHan}·•][\\p{IsHan}·•\\s\u3000]{0,12}");
    private static final Pattern NAME_ONLY = Pattern.compile("[\\p{IsHan}·]{2,5}");
    private static final Pattern VENUE_IN_SUBTITLE = Pattern.compile("在(.{2,60}?)(上|期间)(的(讲话|发言|致辞|报告))?[）)]?$");
    private static final Pattern VENUE_IN_TITLE = Pattern.compile("^在(.{2,60}?)上的.{0,8}$");

    private HeaderReader() {
    }

    static Header read(String path, List<SourceLine> lines) {
        return new HeaderReader.Run(path, lines).read();
    }

    private static final class Run {
        private final String path;
        private final List<SourceLine> lines;
        private final List<DroppedLine> dropped = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> preamble = new ArrayList<>();
        private final List<String> titleLines = new ArrayList<>();
        private final List<String> subtitles = new ArrayList<>();
        private String speaker;

        Run(String path, List<SourceLine> lines) {
            this.path = path;
            this.lines = lines;
        }

        Header read() {
            int salutationEnd = findSalutation();
            int salutationStart = salutationEnd >= 0 ? salutationStartFor(salutationEnd) : -1;
            int limit = salutationStart >= 0 ? salutationStart : firstBodyLike();
            boolean[] droppedAt = new boolean[lines.size()];
            markEdgeBoilerplate(0, limit, droppedAt);
            int title = findTitle(limit, droppedAt);
            if (title >= 0) {
                markAdBlocksAndNavigation(title, droppedAt);
                for (int i = 0; i < title; i++) {
                    if (!droppedAt[i] && !lines.get(i).isBlank()) {
                        preamble.add(lines.get(i).text());
                        problems.add(Problem.warning(path, lines.get(i).number(),
                                "kept a line before the title that is not recognised as boilerplate: '"
                                        + FrontMatterReader.abbreviate(lines.get(i).text()) + "'"));
                    }
                }
            }
            String titleText = title >= 0 ? lines.get(title).text() : null;
            int bodyStart = readTitleBlock(title, limit, salutationStart >= 0, titleText, droppedAt);
            String salutation = null;
            String firstBodyText = null;
            int firstBodyLine = 0;
            if (salutationStart >= 0) {
                StringBuilder s = new StringBuilder();
                for (int i = salutationStart; i <= salutationEnd; i++) {
                    if (lines.get(i).isBlank()) {
                        continue;
                    }
                    if (i == salutationEnd) {
                        Matcher m = SALUTATION.matcher(lines.get(i).text());
                        m.matches();
                        int colon = m.end(1) + 1;
                        s.append(lines.get(i).text(), 0, colon);
                        String rest = SourceLine.trim(m.group(2));
                        if (!rest.isEmpty()) {
                            firstBodyText = rest;
                            firstBodyLine = lines.get(i).number();
                        }
                    } else {
                        s.append(lines.get(i).text()).append('\n');
                    }
                }
                salutation = s.toString();
                bodyStart = salutationEnd + 1;
            }
            dropped.sort(java.util.Comparator.comparingInt(DroppedLine::line));
            int titleLineNumber = title >= 0 ? lines.get(title).number() : 0;
            SpeechDate date = dateFrom(titleLines);
            String venue = venueFrom(titleText);
            return new Header(titleText, titleLineNumber, titleLines, preamble, salutation, bodyStart, firstBodyText,
                    firstBodyLine, date, speaker, venue, dropped, problems);
        }

        /** Index of the line that ends the salutation, or -1. Searched before the first heading only. */
        private int findSalutation() {
            int seen = 0;
            for (int i = 0; i < lines.size() && seen < HEADER_SCAN_LIMIT; i++) {
                String t = lines.get(i).text();
                if (t.isEmpty()) {
                    continue;
                }
                seen++;
                if (HeadingLine.parse(t) != null && HeadingLine.parse(t).level() <= 2) {
                    return -1;
                }
                Matcher m = SALUTATION.matcher(t);
                if (m.matches() && m.group(1).length() <= 40) {
                    return i;
                }
            }
            return -1;
        }

        /** A salutation may run over several short lines (尊敬的…、/各位领导、/同志们：). */
        private int salutationStartFor(int end) {
            int start = end;
            for (int i = end - 1; i >= 0; i--) {
                String t = lines.get(i).text();
                if (t.isEmpty()) {
                    break;
                }
                if (t.length() <= 30 && ADDRESS_START.matcher(t).matches() && (t.endsWith("、") || t.endsWith("，") || t.endsWith(","))) {
                    start = i;
                } else {
                    break;
                }
            }
            return start;
        }

        /** Without a salutation, the head ends where body text begins: a heading or a long sentence. */
        private int firstBodyLike() {
            for (int i = 0; i < lines.size() && i < HEADER_SCAN_LIMIT; i++) {
                String t = lines.get(i).text();
                if (t.isEmpty()) {
                    continue;
                }
                if (HeadingLine.parse(t) != null || t.length() > 60 && hasSentenceEnd(t)) {
                    return i;
                }
            }
            return Math.min(lines.size(), HEADER_SCAN_LIMIT);
        }

        private void markEdgeBoilerplate(int from, int to, boolean[] droppedAt) {
            for (int i = from; i < to; i++) {
                String t = lines.get(i).text();
                String reason = Boilerplate.atEdge(t);
                if (reason == null && isCaption(t)) {
                    reason = Boilerplate.CAPTION;
                }
                if (reason != null) {
                    drop(i, reason, droppedAt);
                    if (Boilerplate.isEmptyLabel(t) && i + 1 < to && isShortValue(lines.get(i + 1).text())) {
                        drop(++i, reason, droppedAt);
                    }
                }
            }
        }

        /** A photo caption; a title that names a reporter (…报告会记者…) is not one unless it reads as a sentence. */
        private static boolean isCaption(String t) {
            return Boilerplate.isCaption(t) && (!TITLE_WORDS.matcher(t).matches() || hasSentenceEnd(t));
        }

        private static boolean isShortValue(String t) {
            return !t.isEmpty() && t.length() <= 20 && !hasSentenceEnd(t);
        }

        private int findTitle(int limit, boolean[] droppedAt) {
            int firstCandidate = -1;
            for (int i = 0; i < limit; i++) {
                String t = lines.get(i).text();
                if (droppedAt[i] || t.isEmpty() || !isTitleLike(t) || Boilerplate.hasAdSignal(t)) {
                    continue;
                }
                if (TITLE_WORDS.matcher(t).matches()) {
                    return i;
                }
                if (firstCandidate < 0 && !isNavigationWord(t)) {
                    firstCandidate = i;
                }
            }
            if (firstCandidate < 0) {
                problems.add(Problem.warning(path, 0, "no title line found; the file name is used as the title"));
            }
            return firstCandidate;
        }

        private boolean isTitleLike(String t) {
            return t.length() <= 80 && !hasSentenceEnd(t) && !SUBTITLE.matcher(t).matches() && !DATE_LINE.matcher(t).matches()
                    && !SPEAKER.matcher(t).matches() && HeadingLine.parse(t) == null;
        }

        private static boolean isNavigationWord(String t) {
            return t.equals(">") || t.equals("首页") || t.startsWith("您的位置") || t.startsWith("当前位置");
        }

        /**
         * Before the title, a block of lines (between blank lines) that carries an advertising word is advertising
         * as a whole, and a run of short lines with a navigation marker (首页 > 要闻) is a breadcrumb trail.
         */
        private void markAdBlocksAndNavigation(int title, boolean[] droppedAt) {
            int blockStart = 0;
            for (int i = 0; i <= title; i++) {
                boolean blockEnds = i == title || lines.get(i).isBlank();
                if (!blockEnds) {
                    continue;
                }
                boolean ad = false;
                boolean nav = false;
                boolean allShort = true;
                for (int k = blockStart; k < i; k++) {
                    String t = lines.get(k).text();
                    ad |= Boilerplate.hasAdSignal(t);
                    nav |= isNavigationWord(t);
                    allShort &= t.length() <= 12 && !hasSentenceEnd(t);
                }
                for (int k = blockStart; k < i; k++) {
                    if (!droppedAt[k] && !lines.get(k).isBlank()) {
                        if (ad) {
                            drop(k, Boilerplate.ADVERTISING, droppedAt);
                        } else if (nav && allShort) {
                            drop(k, Boilerplate.NAVIGATION, droppedAt);
                        }
                    }
                }
                blockStart = i + 1;
            }
        }

        /**
         * Reads the lines after the title: subtitle, date line, speaker, captions and repeats of the title. With a
         * salutation ahead, every other line there is a kept note of the title block; without one, the body starts
         * at the first line that is none of these. Returns the index of the first line after the title block.
         */
        private int readTitleBlock(int title, int limit, boolean salutationAhead, String titleText, boolean[] droppedAt) {
            if (title < 0) {
                return salutationAhead ? limit : firstNonBoilerplate(limit, droppedAt);
            }
            int end = salutationAhead ? limit : lines.size();
            boolean previousWasOpenSubtitle = false;
            int i = title + 1;
            for (; i < end; i++) {
                SourceLine line = lines.get(i);
                String t = line.text();
                if (t.isEmpty() || droppedAt[i]) {
                    continue;
                }
                if (t.equals(titleText)) {
                    drop(i, Boilerplate.REPEATED_TITLE, droppedAt);
                    continue;
                }
                if (!salutationAhead) {
                    String reason = Boilerplate.atEdge(t);
                    if (reason != null) {
                        drop(i, reason, droppedAt);
                        continue;
                    }
                }
                if (previousWasOpenSubtitle && t.length() <= 40 && (t.endsWith("上") || t.endsWith("上）") || t.endsWith("上)"))) {
                    subtitles.set(subtitles.size() - 1, subtitles.get(subtitles.size() - 1) + t);
                    titleLines.add(t);
                    previousWasOpenSubtitle = false;
                    continue;
                }
                if (SUBTITLE.matcher(t).matches() || DATE_LINE.matcher(t).matches()) {
                    subtitles.add(t);
                    titleLines.add(t);
                    previousWasOpenSubtitle = t.startsWith("—") || t.startsWith("―") || t.startsWith("--");
                    previousWasOpenSubtitle &= !(t.endsWith("上") || t.endsWith("）") || t.endsWith(")"));
                    continue;
                }
                previousWasOpenSubtitle = false;
                if (speaker == null && (SPEAKER.matcher(t).matches() && !hasSentenceEnd(t) && !t.contains("，")
                        && !TITLE_WORDS.matcher(t).matches()
                        || salutationAhead && NAME_ONLY.matcher(t).matches() && !TITLE_WORDS.matcher(t).matches())) {
                    speaker = t.replaceAll("[\\s\u3000]+", " ");
                    titleLines.add(t);
                    continue;
                }
                if (salutationAhead) {
                    titleLines.add(t);
                    continue;
                }
                break;
            }
            return i;
        }

        private int firstNonBoilerplate(int limit, boolean[] droppedAt) {
            for (int i = 0; i < limit; i++) {
                if (!droppedAt[i] && !lines.get(i).isBlank()) {
                    return i;
                }
            }
            return limit;
        }

        private void drop(int i, String reason, boolean[] droppedAt) {
            if (!droppedAt[i]) {
                droppedAt[i] = true;
                dropped.add(new DroppedLine(lines.get(i).number(), lines.get(i).raw(), reason));
            }
        }

        private SpeechDate dateFrom(List<String> candidates) {
            for (String s : subtitles) {
                SpeechDate d = DateReader.fullDate(s);
                if (d != null) {
                    return d;
                }
            }
            for (String s : candidates) {
                if (DATE_LINE.matcher(s).matches() || s.startsWith("时间")) {
                    SpeechDate d = DateReader.fullDate(s);
                    if (d != null) {
                        return d;
                    }
                }
            }
            return null;
        }

        private String venueFrom(String titleText) {
            for (String s : subtitles) {
                Matcher m = VENUE_IN_SUBTITLE.matcher(s);
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (titleText != null) {
                Matcher m = VENUE_IN_TITLE.matcher(titleText);
                if (m.matches()) {
                    return m.group(1);
                }
            }
            return null;
        }
    }

    static boolean hasSentenceEnd(String t) {
        for (int i = 0; i < t.length(); i++) {
            if ("。！？!?".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
