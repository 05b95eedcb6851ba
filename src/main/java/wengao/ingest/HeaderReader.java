package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import wengao.model.DroppedLine;
import wengao.model.Problem;
import wengao.model.SpeechDate;

/**
 * Reads the head of a plain-text speech. News furniture goes first ({@link NewsHead}); then the salutation
 * (同志们：, 各位代表：, multi-line forms) is the landmark: the title is chosen among the lines before it
 * ({@link TitleChooser}), lines between are the title block (subtitle, date line, speaker), and what precedes the
 * title is the page's headline, boilerplate (advertising blocks, navigation, page furniture) or kept as preamble.
 * A speech without salutation has its title block at its start and its body from the first line that is none of it.
 */
final class HeaderReader {

    private static final int OPENING_CHARS = 80;

    static final String SUBTITLE_AS_TITLE = "subtitle read as the title (no title line)";

    private HeaderReader() {
    }

    static Header read(String path, List<SourceLine> lines) {
        return new HeaderReader.Run(path, lines).read();
    }

    private static final class Run {
        private final String path;
        private final List<SourceLine> lines;
        private final NewsHead.Result news;
        private final String[] text;
        private final boolean[] droppedAt;
        private final List<DroppedLine> dropped = new ArrayList<>();
        /** The index of the line each dropped entry came from, parallel to {@code dropped}. */
        private final List<Integer> droppedIndex = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> preamble = new ArrayList<>();
        private final List<String> titleLines = new ArrayList<>();
        private final List<String> subtitles = new ArrayList<>();
        private String speaker;

        Run(String path, List<SourceLine> lines) {
            this.path = path;
            this.lines = lines;
            this.news = NewsHead.read(lines);
            this.text = news.text();
            this.droppedAt = news.droppedAt();
            this.dropped.addAll(news.dropped());
            this.droppedIndex.addAll(news.droppedIndex());
        }

        Header read() {
            boolean[] chapter = chapterLines();
            SalutationFinder.Found salutation = SalutationFinder.find(text, droppedAt, chapter);
            int limit = salutation != null ? salutation.start() : firstBodyLike(chapter);
            markEdgeBoilerplate(limit);
            TitleChooser.Choice choice = TitleChooser.choose(text, droppedAt, limit, news.pasted());
            int title = choice == null ? -1 : choice.index();
            String titleText = choice == null ? null : choice.title();
            settlePastedName(title);
            if (title >= 0) {
                markAdBlocksAndNavigation(choice.headlineIndex() >= 0 ? Math.min(title, choice.headlineIndex()) : title);
                readLinesBeforeTitle(choice);
            }
            int bodyStart = readTitleBlock(title, limit, salutation != null, titleText);
            String salutationText = null;
            String firstBodyText = null;
            int firstBodyLine = 0;
            if (salutation != null) {
                StringBuilder s = new StringBuilder();
                for (int i = salutation.start(); i <= salutation.end(); i++) {
                    if (text[i].isEmpty() || droppedAt[i]) {
                        continue;
                    }
                    if (i == salutation.end()) {
                        s.append(text[i], 0, salutation.colon() + 1);
                        if (!salutation.rest().isEmpty()) {
                            firstBodyText = salutation.rest();
                            firstBodyLine = lines.get(i).number();
                        }
                    } else {
                        s.append(text[i]).append('\n');
                    }
                }
                salutationText = s.toString();
                bodyStart = salutation.end() + 1;
            }
            List<DroppedLine> head = new ArrayList<>();
            for (int k = 0; k < dropped.size(); k++) {
                if (droppedIndex.get(k) < bodyStart) {
                    head.add(dropped.get(k));
                }
            }
            head.sort(java.util.Comparator.comparingInt(DroppedLine::line));
            int titleLineNumber = title >= 0 ? lines.get(title).number() : 0;
            String headlineTitle = null;
            if (choice != null && choice.headlineIndex() == choice.index()) {
                // a headline (习近平在新加坡国立大学的演讲) only describes the speech the news lead names
                String named = titleInLead(bodyStart);
                if (named != null) {
                    headlineTitle = titleText;
                    titleText = named;
                }
            }
            if (titleText == null || OpeningTitle.isKind(titleText)) {
                String kind = titleText;
                if (kind != null) {
                    titleLines.add(0, kind);
                } else {
                    kind = kindInLeadIn(bodyStart);
                }
                String occasion = kind == null ? VenueReader.occasionTitle(subtitles) : null;
                if (occasion != null) {
                    titleLines.remove(subtitles.get(0));
                    for (int i = 0; i < bodyStart; i++) {
                        if (text[i].equals(subtitles.get(0)) && !droppedAt[i]) {
                            head.add(new DroppedLine(lines.get(i).number(), lines.get(i).raw(), SUBTITLE_AS_TITLE));
                            break;
                        }
                    }
                }
                titleText = occasion != null ? occasion : OpeningTitle.of(kind, salutationText, opening(firstBodyText, textAt(bodyStart)),
                        SlugAssigner.stem(path));
                problems.add(Problem.warning(path, 0, titleText == null ? "no title line found; the file name is used as the title"
                        : "no title line found; the title is made from the " + (occasion != null ? "subtitle" : "opening") + ": '"
                                + FrontMatterReader.abbreviate(titleText) + "'"));
            }
            SpeechDate date = dateFrom(limit, titleText);
            titleText = TitleBlockForms.withoutTitleMarks(titleText);
            String venue = VenueReader.venue(subtitles, titleText);
            if (venue == null && headlineTitle != null) {
                venue = VenueReader.venue(List.of(), headlineTitle);
            }
            if (venue == null) {
                venue = TitleBlockForms.place(titleLines);
            }
            OccasionLine.Read occasionLine = OccasionLine.read(subtitles);
            if (occasionLine != null) {
                venue = venue == null ? occasionLine.venue() : venue;
                speaker = speaker == null ? occasionLine.speaker() : speaker;
            }
            String headlineOrTitle = choice != null && choice.headline() != null ? choice.headline() : titleText;
            if (speaker == null && choice != null) {
                speaker = HeadlineRule.speakerOf(headlineOrTitle);
            }
            if (speaker == null && headlineOrTitle != null) {
                speaker = HeadlineRule.issuerOf(headlineOrTitle);
            }
            if (speaker == null && news.closingNote() != null) {
                speaker = news.closingNote().speaker();
            }
            if (news.authorsOffice() != null && TitleBlockForms.OFFICE_AT_END.matcher(news.authorsOffice()).find()) {
                // the byline names the author, the note under the text the office: 张三 and （作者系中共某某县委书记）
                speaker = speaker == null ? news.authorsOffice()
                        : TitleBlockForms.isNameOnly(speaker) ? news.authorsOffice() + " " + speaker : speaker;
            }
            if (venue == null && news.closingNote() != null) {
                venue = VenueReader.venue(List.of(news.closingNote().occasion()), null);
            }
            return new Header(titleText, choice == null ? null : choice.headline(), titleLineNumber, titleLines, preamble,
                    salutationText, bodyStart, firstBodyText, firstBodyLine, date, speaker, venue, head, problems);
        }

        /**
         * A book's chapter heading (十二、推动构建新型大国关系) above a speech's title and date line is not the speech's
         * first heading.
         */
        private boolean[] chapterLines() {
            boolean[] chapter = new boolean[text.length];
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < text.length && kept.size() < SalutationFinder.HEADER_SCAN_LIMIT; i++) {
                if (!text[i].isEmpty() && !droppedAt[i]) {
                    kept.add(i);
                }
            }
            for (int k = 0; k + 2 < kept.size(); k++) {
                HeadingLine h = HeadingLine.parse(text[kept.get(k)]);
                String next = text[kept.get(k + 1)];
                String after = text[kept.get(k + 2)];
                chapter[kept.get(k)] = h != null && h.level() == 1 && TitleBlockForms.isTitleLike(next)
                        && (TitleBlockForms.isDateLine(after) || after.startsWith("——"));
            }
            return chapter;
        }

        /** Without a salutation, the head ends where body text begins: a heading or a long sentence. */
        private int firstBodyLike(boolean[] chapter) {
            for (int i = 0; i < lines.size() && i < SalutationFinder.HEADER_SCAN_LIMIT; i++) {
                String t = text[i];
                if (t.isEmpty() || droppedAt[i] || chapter[i]) {
                    continue;
                }
                if (HeadingLine.parse(t) != null || t.length() > 60 && hasSentenceEnd(t)) {
                    return i;
                }
            }
            return Math.min(lines.size(), SalutationFinder.HEADER_SCAN_LIMIT);
        }

        private void markEdgeBoilerplate(int to) {
            for (int i = 0; i < to; i++) {
                String t = text[i];
                String reason = droppedAt[i] || i == news.pasted() ? null : Boilerplate.atEdge(t);
                if (reason == null && !droppedAt[i] && isCaption(t)) {
                    reason = Boilerplate.CAPTION;
                }
                if (reason != null) {
                    drop(i, reason);
                    if (Boilerplate.isEmptyLabel(t) && i + 1 < to && isShortValue(text[i + 1])) {
                        drop(++i, reason);
                    }
                }
            }
        }

        /** A photo caption; a title that names a reporter (…报告会记者…) is not one unless it reads as a sentence. */
        private static boolean isCaption(String t) {
            return Boilerplate.isCaption(t) && (!TitleBlockForms.hasTitleWord(t) || hasSentenceEnd(t));
        }

        private static boolean isShortValue(String t) {
            return !t.isEmpty() && t.length() <= 20 && !hasSentenceEnd(t);
        }

        /** The pasted file name is cut down to its title when that is the title, and dropped as a whole otherwise. */
        private void settlePastedName(int title) {
            int p = news.pasted();
            if (p < 0) {
                return;
            }
            if (p == title) {
                dropped.add(new DroppedLine(lines.get(p).number(), news.pastedPrefix(), NewsFurniture.PASTED_NAME));
                droppedIndex.add(p);
            } else {
                drop(p, NewsFurniture.PASTED_NAME);
            }
        }

        /** Before the title: the headline, repeats of it or of the title, and lines kept (with a warning) as preamble. */
        private void readLinesBeforeTitle(TitleChooser.Choice choice) {
            String key = HeadlineRule.key(choice.title());
            String headlineKey = choice.headline() == null ? null : HeadlineRule.key(choice.headline());
            for (int i = 0; i < choice.index(); i++) {
                if (droppedAt[i] || text[i].isEmpty() || i == choice.headlineIndex()) {
                    continue;
                }
                if (HeadlineRule.key(text[i]).equals(key) || HeadlineRule.key(HeadlineRule.titleOf(text[i])).equals(key)
                        || HeadlineRule.key(text[i]).equals(headlineKey) || isShortenedHeadline(HeadlineRule.key(text[i]), headlineKey)) {
                    drop(i, Boilerplate.REPEATED_TITLE);
                    continue;
                }
                preamble.add(text[i]);
                problems.add(Problem.warning(path, lines.get(i).number(),
                        "kept a line before the title that is not recognised as boilerplate: '"
                                + FrontMatterReader.abbreviate(text[i]) + "'"));
            }
        }

        /**
         * A portal's second title line over a report: the headline with words left out (1960年政府工作报告 under
         * 1960年国务院政府工作报告), its letters in order, at least two thirds of them.
         */
        private static boolean isShortenedHeadline(String key, String headlineKey) {
            if (headlineKey == null || key.length() >= headlineKey.length() || key.length() * 3 < headlineKey.length() * 2
                    || !TitleBlockForms.hasTitleWord(key)) {
                return false;
            }
            int k = 0;
            for (int h = 0; h < headlineKey.length() && k < key.length(); h++) {
                if (headlineKey.charAt(h) == key.charAt(k)) {
                    k++;
                }
            }
            return k == key.length();
        }

        /**
         * Before the title, a block of lines (between blank lines) that carries an advertising word is advertising
         * as a whole, and a run of short lines with a navigation marker (首页 > 要闻) is a breadcrumb trail.
         */
        private void markAdBlocksAndNavigation(int title) {
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
                    String t = text[k];
                    ad |= Boilerplate.hasAdSignal(t);
                    nav |= TitleChooser.isNavigationWord(t);
                    allShort &= t.length() <= 12 && !hasSentenceEnd(t);
                }
                for (int k = blockStart; k < i; k++) {
                    if (!droppedAt[k] && !lines.get(k).isBlank()) {
                        if (ad) {
                            drop(k, Boilerplate.ADVERTISING);
                        } else if (nav && allShort) {
                            drop(k, Boilerplate.NAVIGATION);
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
        private int readTitleBlock(int title, int limit, boolean salutationAhead, String titleText) {
            if (title < 0 && !salutationAhead) {
                return firstNonBoilerplate(limit);
            }
            // without a title line, what stands before the salutation is still the title block: kept, never lost
            String titleKey = title < 0 ? null : HeadlineRule.key(titleText);
            int end = salutationAhead ? limit : lines.size();
            boolean previousWasOpenSubtitle = false;
            int i = title + 1;
            for (; i < end; i++) {
                String t = text[i];
                if (t.isEmpty() || droppedAt[i]) {
                    continue;
                }
                if (titleKey != null && (HeadlineRule.key(t).equals(titleKey) || HeadlineRule.key(HeadlineRule.titleOf(t)).equals(titleKey))) {
                    drop(i, Boilerplate.REPEATED_TITLE);
                    continue;
                }
                if (!salutationAhead) {
                    String reason = Boilerplate.atEdge(t);
                    if (reason != null) {
                        drop(i, reason);
                        continue;
                    }
                }
                if (previousWasOpenSubtitle && t.length() <= 40 && (t.endsWith("上") || t.endsWith("上）") || t.endsWith("上)"))) {
                    subtitles.set(subtitles.size() - 1, subtitles.get(subtitles.size() - 1) + t);
                    titleLines.add(t);
                    previousWasOpenSubtitle = false;
                    continue;
                }
                String wrapped = speaker == null ? TitleBlockForms.wrappedSpeaker(t) : null;
                if (wrapped != null) {
                    speaker = wrapped;
                    titleLines.add(t);
                    continue;
                }
                if (TitleBlockForms.isSubtitle(t) || TitleBlockForms.isDateLine(t)
                        || subtitles.isEmpty() && titleLines.isEmpty() && HeadlineRule.isVenue(t) && t.length() <= 80) {
                    subtitles.add(t);
                    titleLines.add(t);
                    previousWasOpenSubtitle = TitleBlockForms.isOpenDashSubtitle(t);
                    continue;
                }
                previousWasOpenSubtitle = false;
                if (subtitles.isEmpty() && titleLines.isEmpty() && t.length() <= 80 && HeadlineRule.isVenue(HeadlineRule.titleOf(t))
                        && HeadlineRule.speakerOf(t) != null) {
                    // the speaker and the occasion under the title: 习近平在金砖国家领导人第八次会晤大范围会议上的讲话
                    speaker = speaker == null ? HeadlineRule.speakerOf(t) : speaker;
                    subtitles.add(t);
                    titleLines.add(t);
                    continue;
                }
                String dated = speaker == null ? TitleBlockForms.datedSpeaker(t) : null;
                if (dated != null) {
                    speaker = dated;
                    titleLines.add(t);
                    continue;
                }
                if (speaker == null && (TitleBlockForms.isOfficeAndName(t) || salutationAhead && TitleBlockForms.isNameOnly(t)
                        || TitleBlockForms.isSpeakerUnderTitle(t) && !hasSentenceEnd(t))) {
                    speaker = TitleBlockForms.speakerOf(t);
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

        /** The title the news lead gives the speech (发表题为《…》的重要演讲), or null. */
        private String titleInLead(int bodyStart) {
            return readDroppedInHead(NewsFurniture.NEWS_LEAD, bodyStart, NewsFurniture::titleInLead);
        }

        /** The kind a news lead-in names (回信全文如下：, 贺信如下：), or null. */
        private String kindInLeadIn(int bodyStart) {
            return readDroppedInHead(NewsFurniture.LEAD_IN, bodyStart, t -> {
                String kind = t.strip().replaceFirst("(?:全文)?如下[：:]$", "");
                return OpeningTitle.isKind(kind) ? kind : null;
            });
        }

        /** What {@code read} finds first in the head's lines dropped for {@code reason}, or null. */
        private String readDroppedInHead(String reason, int bodyStart, java.util.function.Function<String, String> read) {
            for (int k = 0; k < dropped.size(); k++) {
                if (droppedIndex.get(k) < bodyStart && dropped.get(k).reason().equals(reason)) {
                    String found = read.apply(dropped.get(k).text());
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        private static String opening(String sharedWithSalutation, String after) {
            return sharedWithSalutation == null ? after : after == null ? sharedWithSalutation : sharedWithSalutation + after;
        }

        /** The kept text from line {@code from} on, enough of it for a sentence (a greeting may stand alone), or null. */
        private String textAt(int from) {
            StringBuilder out = new StringBuilder();
            for (int i = from; i < text.length && out.length() < OPENING_CHARS; i++) {
                if (!droppedAt[i] && !text[i].isEmpty()) {
                    out.append(text[i]);
                }
            }
            return out.isEmpty() ? null : out.toString();
        }

        private int firstNonBoilerplate(int limit) {
            for (int i = 0; i < limit; i++) {
                if (!droppedAt[i] && !lines.get(i).isBlank()) {
                    return i;
                }
            }
            return limit;
        }

        private void drop(int i, String reason) {
            if (!droppedAt[i]) {
                droppedAt[i] = true;
                dropped.add(new DroppedLine(lines.get(i).number(), lines.get(i).raw(), reason));
                droppedIndex.add(i);
            }
        }

        /** The date the head states; see {@link SpeechDateRule} for the order of the forms. */
        private SpeechDate dateFrom(int limit, String title) {
            List<String> headLines = new ArrayList<>();
            for (int i = 0; i < limit && i < text.length; i++) {
                if (!droppedAt[i] && !text[i].isEmpty()) {
                    headLines.add(text[i]);
                }
            }
            String firstLine = null;
            for (int i = 0; i < text.length && firstLine == null; i++) {
                firstLine = droppedAt[i] || text[i].isEmpty() ? null : text[i];
            }
            return SpeechDateRule.of(subtitles, titleLines, headLines, firstLine, news, title);
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
