package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.text.ChineseNumber;

/**
 * Where the paragraphs of a flattened text began. Sure signs first: a paragraph indent ({@code 　　}), a note
 * ({@code ※}), a source note ({@code （…讲话）}), a photo caption. Then, where the indents are missing, the
 * genre's paragraph openers at a sentence end: headings, points, {@code ——} items, an address to the audience,
 * thanks. Runs still longer than any paragraph of the genre are split at sentence ends into even parts.
 */
final class ParagraphCuts {

    static final Pattern INNER_INDENT = Pattern.compile("[^\\s\u3000]\u3000{2,}");
    private static final Pattern INDENT = Pattern.compile("\u3000{2,}");
    /** Indents this dense are the paragraph breaks themselves: 1 in 500 characters or more. */
    private static final int TRUSTED_INDENT_SPACING = 500;
    /**
     * Paragraphs of this speaker's unflattened speeches (xi-speeches-2013-2014): median 125 characters, 9 in 10
     * under 240, the longest 563. A run over {@code MAX_RUN} is split into parts of about {@code TARGET}.
     */
    static final int MAX_RUN = 400;
    private static final int TARGET = 250;
    /** Points this far apart each had a paragraph; closer ones stood in one paragraph (一是…。二是…。). */
    private static final int POINT_PARAGRAPH_GAP = 80;
    private static final String SENTENCE_END = "。！？!?";
    private static final String CLOSE_QUOTES = "”’」』";
    private static final Pattern ADDRESS = Pattern.compile(
            "(同志们、朋友们|同志们，朋友们|同志们|朋友们|女士们、先生们|女士们，先生们|各位代表|各位委员|各位同事|主席先生|同学们|老师们"
                    + "|青年朋友们)[！!，,：:]");
    private static final Pattern THANKS = Pattern.compile("谢谢(大家|各位|你们)?[。！!]");
    private static final Pattern SOURCE_NOTE = Pattern.compile(
            "[（(][^（）()]{2,60}(电|版|讲话|发言|说明|报告|致辞|演讲|节选|文章)[）)]|《\\s*\\p{IsHan}{2,10}\\s*》\\s*[（(]");
    private static final Pattern CREDIT = Pattern.compile(
            "\\s(新华社记者|新华社发|本报记者|记者|摄影)\\s?[\\p{IsHan}·]{2,8}\\s?/?摄");
    private static final Pattern CAPTION_DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日(至\\d{1,2}日)?[，,]");
    /** A news credit closing a letter (（新华社北京6月7日电）) and a dateline opening the news report after it. */
    private static final Pattern AGENCY_NOTE = Pattern.compile("[（(]\\s*(新华社|中新社|本报)[^（）()。！？]{0,30}电\\s*[）)]");
    private static final Pattern NEWS_DATELINE = Pattern.compile("(新华社|新华网|中新社|本报)\\p{IsHan}{0,10}?\\d{1,2}月\\d{1,2}日电");
    /** A letter's signature and date: 习近平2020年6月7日, 中华人民共和国主席习近平　　2020年5月17日. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?:中华人民共和国主席|国家主席)?\\p{IsHan}{2,3}[\\s\u3000]*(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日(?=[\\s\u3000（(]|$)");
    /** Page furniture a flattened page runs into the text: …谢谢各位。标签：…(原标题：…), 来源：…手机看新闻原标题：…. */
    private static final Pattern FURNITURE_LABEL = Pattern.compile("[（(]?\\s*(?:原标题|责任编辑|责编|标签|关键词|视频)\\s*[：:]|手机看新闻");
    private static final Pattern DOCUMENT_FOLLOWS = Pattern.compile("(全文如下|内容如下|如下)[：:]");
    private static final int CAPTION_REACH = 300;
    private static final Pattern BARE_PART = Pattern.compile("([一二三四五六七八九十]{1,2})(?![一二三四五六七八九十〇零两百千万些切直定样般起同半种个次年天时位方道边项批])\\p{IsHan}");

    private ParagraphCuts() {
    }

    /** The rebuilt paragraphs of {@code text}, in order; together they hold every character but the indents. */
    static List<String> paragraphs(String text) {
        TreeSet<Integer> cuts = new TreeSet<>();
        Matcher indent = INDENT.matcher(text);
        int indents = 0;
        while (indent.find()) {
            cuts.add(indent.start());
            indents++;
        }
        boolean trusted = indents > 0 && text.length() / (indents + 1) <= TRUSTED_INDENT_SPACING;
        int[] depth = depths(text);
        List<Integer> ends = boundaries(text, depth);
        cuts.addAll(TitleBlockCuts.cuts(text));
        sureCuts(text, depth, ends, cuts);
        partNumberCuts(text, cuts);
        if (!trusted) {
            openerCuts(text, depth, ends, cuts);
        }
        longRunCuts(text, ends, cuts);
        return pieces(text, cuts);
    }

    static int sentenceEnds(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Nesting in quotation marks and brackets before each position: a sentence inside a quote ends no paragraph. */
    private static int[] depths(String text) {
        int[] depth = new int[text.length() + 1];
        int d = 0;
        for (int i = 0; i < text.length(); i++) {
            depth[i] = d;
            char c = text.charAt(i);
            if ("“‘「『（(《".indexOf(c) >= 0) {
                d++;
            } else if ("”’」』）)》".indexOf(c) >= 0 && d > 0) {
                d--;
            }
        }
        depth[text.length()] = d;
        return depth;
    }

    /** Positions where a sentence begins: after a sentence end and its closing quotes, outside quotes. */
    private static List<Integer> boundaries(String text, int[] depth) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                int j = i + 1;
                while (j < text.length() && (SENTENCE_END.indexOf(text.charAt(j)) >= 0 || CLOSE_QUOTES.indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
                // 。” that closes the quote ends the sentence too
                if (j < text.length() && depth[j] == 0) {
                    out.add(j);
                }
                i = j - 1;
            }
        }
        return out;
    }

    /** Notes, source notes, photo captions and a quoted document: paragraphs of their own in any text. */
    private static void sureCuts(String text, int[] depth, List<Integer> ends, TreeSet<Integer> cuts) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '※' && i > 0) {
                cuts.add(i);
            }
        }
        Matcher note = SOURCE_NOTE.matcher(text);
        while (note.find()) {
            int start = note.start();
            boolean atSentenceStart = start > 0 && (SENTENCE_END.indexOf(text.charAt(start - 1)) >= 0
                    || "）)".indexOf(text.charAt(start - 1)) >= 0) || cuts.contains(start);
            if (atSentenceStart && depth[start] == 0) {
                cuts.add(start);
                if (note.group(1) != null) {
                    cuts.add(note.end());
                }
            }
        }
        Matcher credit = CREDIT.matcher(text);
        while (credit.find()) {
            cuts.add(captionStart(text, ends, credit.start()));
            cuts.add(credit.end());
        }
        newsCuts(text, depth, ends, cuts);
        furnitureCuts(text, depth, cuts);
        Matcher follows = DOCUMENT_FOLLOWS.matcher(text);
        while (follows.find()) {
            if (depth[follows.start()] == 0) {
                cuts.add(follows.end());
            }
        }
    }

    /**
     * A letter printed by a newspaper ends with its signature and date, the agency's credit, and the news report
     * of the letter, which opens with its dateline: each starts a paragraph of its own wherever it stands.
     */
    private static void newsCuts(String text, int[] depth, List<Integer> ends, TreeSet<Integer> cuts) {
        Matcher note = AGENCY_NOTE.matcher(text);
        while (note.find()) {
            if (depth[note.start()] == 0) {
                cuts.add(note.start());
                cuts.add(note.end());
            }
        }
        Matcher dateline = NEWS_DATELINE.matcher(text);
        while (dateline.find()) {
            if (dateline.start() > 0 && depth[dateline.start()] == 0) {
                cuts.add(dateline.start());
            }
        }
        for (int b : ends) {
            Matcher sign = SIGN_OFF.matcher(text).region(skipSpace(text, b), text.length());
            if (sign.lookingAt()) {
                cuts.add(b);
                cuts.add(sign.end());
            }
        }
    }

    /** A furniture label starts a line where it follows a sentence, a bracket, a space or another label. */
    private static void furnitureCuts(String text, int[] depth, TreeSet<Integer> cuts) {
        if (text.indexOf('：') < 0 && text.indexOf(':') < 0 && !text.contains("手机看新闻")) {
            return;
        }
        Matcher label = FURNITURE_LABEL.matcher(text);
        int previousEnd = -1;
        while (label.find()) {
            int at = label.start();
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            if (at > 0 && depth[at] == 0 && (at == previousEnd || Character.isWhitespace(before) || before == '\u3000'
                    || (SENTENCE_END + CLOSE_QUOTES + "）)").indexOf(before) >= 0)) {
                cuts.add(at);
                previousEnd = label.end();
            }
        }
    }

    /**
     * Excerpts of several speeches number their parts with a bare 一, 二 on a line of their own; flattened, the
     * number sticks to the first word of its part (※习近平一当前，…; …的讲话）二确保…). Only numbers 1, 2, … that
     * stand at lines already cut, and are no point or heading, count.
     */
    private static void partNumberCuts(String text, TreeSet<Integer> cuts) {
        List<Integer> ends = new ArrayList<>();
        for (int cut : cuts) {
            int p = skipSpace(text, cut);
            Matcher m = BARE_PART.matcher(text).region(p, text.length());
            String head = text.substring(p, Math.min(text.length(), p + 80));
            if (m.lookingAt() && ChineseNumber.parse(m.group(1)) == ends.size() + 1
                    && HeadingLine.parse(head) == null && PointFinder.find(head).stream().noneMatch(c -> c.start() == 0)) {
                ends.add(m.end(1));
            }
        }
        if (ends.size() >= 2) {
            cuts.addAll(ends);
        }
    }

    /** A caption opens with its date (2020年2月10日，…) or with 这是…; else it is the credit's own sentence. */
    private static int captionStart(String text, List<Integer> ends, int creditStart) {
        int nearest = -1;
        int thisIs = -1;
        for (int k = ends.size() - 1; k >= 0; k--) {
            int b = ends.get(k);
            if (b > creditStart) {
                continue;
            }
            if (nearest < 0) {
                nearest = b;
            }
            if (creditStart - b > CAPTION_REACH) {
                break;
            }
            int p = skipSpace(text, b);
            if (CAPTION_DATE.matcher(text).region(p, text.length()).lookingAt()) {
                return b;
            }
            if (thisIs < 0 && text.startsWith("这是", p)) {
                thisIs = b;
            }
        }
        return thisIs >= 0 ? thisIs : Math.max(nearest, 0);
    }

    private static void openerCuts(String text, int[] depth, List<Integer> ends, TreeSet<Integer> cuts) {
        // sentence starts, true where a colon (not a sentence end) precedes: there only list items open paragraphs
        java.util.TreeMap<Integer, Boolean> starts = new java.util.TreeMap<>();
        for (int i = 0; i < text.length() - 1; i++) {
            if ((text.charAt(i) == '：' || text.charAt(i) == ':') && depth[i] == 0) {
                starts.put(i + 1, true);
            }
        }
        ends.forEach(e -> starts.put(e, false));
        cuts.forEach(c -> starts.put(c, false));
        List<PointOpener> points = new ArrayList<>();
        starts.forEach((s, afterColon) -> {
            int p = skipSpace(text, s);
            if (p >= text.length()) {
                return;
            }
            PointOpener point = PointOpener.at(text, s, p);
            if (point != null) {
                points.add(point);
            } else if (text.startsWith("——", p) || !afterColon && opensParagraph(text, p)) {
                cuts.add(s);
            }
        });
        for (List<PointOpener> chain : PointOpener.chains(points)) {
            int gap = (chain.get(chain.size() - 1).position() - chain.get(0).position()) / (chain.size() - 1);
            if (gap >= POINT_PARAGRAPH_GAP) {
                chain.forEach(o -> cuts.add(o.position()));
            }
        }
    }

    private static boolean opensParagraph(String text, int p) {
        String head = text.substring(p, Math.min(text.length(), p + 80));
        return HeadingLine.parse(head) != null || ADDRESS.matcher(head).lookingAt()
                || THANKS.matcher(head).lookingAt();
    }

    /** Splits each run longer than {@link #MAX_RUN} at the sentence ends nearest to even parts of {@link #TARGET}. */
    private static void longRunCuts(String text, List<Integer> ends, TreeSet<Integer> cuts) {
        List<Integer> bounds = new ArrayList<>(cuts);
        bounds.add(0, 0);
        bounds.add(text.length());
        for (int k = 0; k + 1 < bounds.size(); k++) {
            int from = bounds.get(k);
            int to = bounds.get(k + 1);
            int length = to - from;
            if (length <= MAX_RUN) {
                continue;
            }
            int parts = Math.max(2, Math.round((float) length / TARGET));
            int previous = from;
            for (int i = 1; i < parts; i++) {
                int ideal = from + (int) ((long) length * i / parts);
                int best = -1;
                for (int e : ends) {
                    if (e > previous && e < to && (best < 0 || Math.abs(e - ideal) < Math.abs(best - ideal))) {
                        best = e;
                    }
                }
                if (best > 0) {
                    cuts.add(best);
                    previous = best;
                }
            }
        }
    }

    private static List<String> pieces(String text, TreeSet<Integer> cuts) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from && cut < text.length()) {
                addPiece(out, text.substring(from, cut));
                from = cut;
            }
        }
        addPiece(out, text.substring(from));
        return out;
    }

    private static void addPiece(List<String> out, String piece) {
        if (!SourceLine.trim(piece).isEmpty()) {
            out.add(piece);
        }
    }

    static int skipSpace(String text, int p) {
        while (p < text.length() && SourceLine.isSpace(text.charAt(p))) {
            p++;
        }
        return p;
    }
}
