package wengao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.Paragraph;
import wengao.model.PointMark;
import wengao.model.Section;
import wengao.model.SectionKind;

/**
 * Builds the outline of a speech body from its lines: numbered headings by level, and the numbered points below
 * them. A point continues the innermost open sequence that expects its number (二 after 一) or, as 一, opens a new
 * sequence inside the innermost section in scope; so 一要…（一要…二要…三要…）二要… nests as the speaker meant.
 * A point that opens a paragraph owns the paragraphs after it; a point inside a paragraph owns none.
 * Trailing paragraphs addressed to the audience (同志们，…; 各位代表！…; 谢谢大家。) are the closing.
 */
final class OutlineParser {

    /**
     * A body line; {@code runIn} marks text that followed a heading on the heading's own line. {@code html} is
     * set for Markdown blocks, which flexmark has rendered already.
     */
    record Block(int line, String text, String html, HeadingLine heading, boolean runIn) {
        boolean isHeading() {
            return heading != null;
        }
    }

    /** {@code backMatter}: the attachments and glossary after the closing, each a section at the root's level. */
    record Result(Section root, List<Paragraph> closing, List<Section> backMatter) {
    }

    private static final Pattern ADDRESSED = Pattern.compile(
            "(同志们|各位代表|各位委员|各位领导|朋友们|同志们、朋友们|同志们，朋友们)[，,！!：:].*");
    private static final Pattern BARE_ADDRESS = Pattern.compile("(同志们|各位代表|各位委员|朋友们|同志们，朋友们)[！!，,]");
    private static final Pattern MARKED_HEADING = Pattern.compile("\\*\\*\\s*([^*]+?)\\s*\\*\\*|#{1,6}\\s+(\\S.*)");
    private static final Pattern THANKS = Pattern.compile("(谢谢大家|谢谢各位|谢谢)[。！!]?");
    private static final int MAX_LAST_CALLS = 2;
    private static final int LAST_CALL_CHARS = 120;

    private OutlineParser() {
    }

    /** Splits body lines into blocks: a heading line becomes a heading block and, if it runs on, a paragraph. */
    static List<Block> blocks(List<SourceLine> lines) {
        List<Block> blocks = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            HeadingLine h = HeadingLine.parse(line.text());
            if (h == null) {
                // Markdown marks pasted into plain text: **三、加强作风建设** or ## 三、加强作风建设 is the heading
                Matcher marked = MARKED_HEADING.matcher(line.text());
                h = marked.matches() ? HeadingLine.parse(marked.group(1) != null ? marked.group(1) : marked.group(2)) : null;
            }
            if (h == null) {
                blocks.add(new Block(line.number(), line.text(), null, null, false));
            } else {
                blocks.add(new Block(line.number(), line.text(), null, h, false));
                if (h.hasBody()) {
                    blocks.add(new Block(line.number(), h.body(), null, null, true));
                }
            }
        }
        return blocks;
    }

    /** Builds the outline; {@code detectPoints} is off for Markdown, whose authors mark structure with headings. */
    static Result parse(List<Block> blocks, boolean detectPoints) {
        int backStart = backMatterStart(blocks);
        // the closing is the text's end, before the attachments and the glossary a report prints after it
        int closingStart = closingStart(blocks.subList(0, backStart));
        List<Block> body = blocks.subList(0, closingStart);
        boolean hasHeadings = body.stream().anyMatch(Block::isHeading);
        boolean hasParagraphPoints = !hasHeadings && body.stream().anyMatch(OutlineParser::opensWithPoint);
        boolean hasParts = body.stream().anyMatch(b -> b.isHeading() && b.heading().level() == 0);
        Builder builder = new Builder(hasHeadings, !hasParagraphPoints, detectPoints, hasParts ? 1 : 0);
        for (Block block : body) {
            if (block.isHeading()) {
                builder.heading(block);
            } else {
                builder.paragraph(block);
            }
        }
        List<Paragraph> closing = new ArrayList<>();
        for (Block block : blocks.subList(closingStart, backStart)) {
            closing.add(new Paragraph("end-p" + (closing.size() + 1), block.line(), block.text(), block.html(), List.of()));
        }
        int bodySections = builder.root.children.size();
        for (Block block : blocks.subList(backStart, blocks.size())) {
            if (block.isHeading()) {
                builder.heading(block);
            } else {
                builder.paragraph(block);
            }
        }
        Section all = builder.root.toSection();
        List<Section> sections = all.sections();
        Section root = new Section(all.anchor(), all.kind(), all.level(), all.label(), all.title(), all.terminator(),
                all.line(), all.runIn(), all.paragraphs(), sections.subList(0, bodySections));
        return new Result(root, closing, sections.subList(bodySections, sections.size()));
    }

    /** Index of the first back-matter heading ({@link BackMatter}), or {@code blocks.size()} when there is none. */
    private static int backMatterStart(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).isHeading() && BackMatter.isBackMatter(blocks.get(i).heading())) {
                return i;
            }
        }
        return blocks.size();
    }

    private static boolean opensWithPoint(Block block) {
        if (block.runIn()) {
            return false;
        }
        List<PointFinder.Candidate> found = PointFinder.find(block.text());
        return !found.isEmpty() && found.get(0).start() == 0;
    }

    /** Index of the first closing block, or {@code blocks.size()} when the speech has no closing. */
    static int closingStart(List<Block> blocks) {
        // 各位代表！…让我们更加紧密团结…, then 让我们沿着…向前进！: a last call after the address is the closing's too
        int calls = 0;
        while (calls < MAX_LAST_CALLS && calls < blocks.size() && isLastCall(blocks.get(blocks.size() - 1 - calls))) {
            calls++;
        }
        int start = closingFrom(blocks, blocks.size() - calls);
        return start < blocks.size() - calls ? start : closingFrom(blocks, blocks.size());
    }

    /** A short exclamation of its own after the closing address: 让我们…，加速跑、加油干、向前进！ */
    private static boolean isLastCall(Block b) {
        String t = b.text().strip();
        return !b.isHeading() && !b.runIn() && t.length() <= LAST_CALL_CHARS && (t.endsWith("！") || t.endsWith("!"));
    }

    /** The first of the addressed paragraphs that run up to {@code end}, or {@code end} when there are none. */
    private static int closingFrom(List<Block> blocks, int end) {
        int start = end;
        for (int i = end - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b.isHeading() || b.runIn()) {
                break;
            }
            String t = b.text();
            boolean addressed = ADDRESSED.matcher(t).matches() || THANKS.matcher(t).matches();
            boolean followsBareAddress = i > 0 && !blocks.get(i - 1).isHeading()
                    && BARE_ADDRESS.matcher(blocks.get(i - 1).text()).matches();
            if (addressed || followsBareAddress) {
                start = i;
            } else {
                break;
            }
        }
        return start;
    }

    /** Mutable outline node, turned into a {@link Section} record at the end. */
    private static final class Node {
        final SectionKind kind;
        final int level;
        final String label;
        final String title;
        final String terminator;
        final int line;
        final int ordinal;
        final int paragraphSerial;
        final String anchor;
        final boolean runIn;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(SectionKind kind, int level, String label, String title, String terminator, int line, int ordinal,
             int paragraphSerial, String anchor, boolean runIn) {
            this.kind = kind;
            this.level = level;
            this.label = label;
            this.title = title;
            this.terminator = terminator;
            this.line = line;
            this.ordinal = ordinal;
            this.paragraphSerial = paragraphSerial;
            this.anchor = anchor;
            this.runIn = runIn;
        }

        String childAnchor() {
            String base = kind == SectionKind.ROOT ? "s" : anchor + "-";
            return base + (children.size() + 1);
        }

        String nextParagraphAnchor() {
            return anchor + "-p" + (paragraphs.size() + 1);
        }

        boolean isPoint() {
            return kind == SectionKind.POINT || kind == SectionKind.INLINE_POINT;
        }

        Section toSection() {
            List<Section> sections = new ArrayList<>();
            for (Node child : children) {
                sections.add(child.toSection());
            }
            return new Section(anchor, kind, level, label, title, terminator, line, runIn, paragraphs, sections);
        }
    }

    private static final class Builder {
        final Node root = new Node(SectionKind.ROOT, 0, "", "", "", 0, 0, 0, "s0", false);
        final List<Node> stack = new ArrayList<>(List.of(root));
        final boolean hasHeadings;
        final boolean rootAcceptsInlinePoints;
        final boolean detectPoints;
        /** 1 when the speech is in parts (第一个问题, 第一部分): they are level 1 and 一、 moves down to level 2. */
        final int levelShift;
        boolean headingSeen;
        int paragraphSerial;
        /** Once back matter has begun: the number shapes its headings used, shallowest first. */
        java.util.TreeSet<Integer> backMatterLevels;

        Builder(boolean hasHeadings, boolean rootAcceptsInlinePoints, boolean detectPoints, int levelShift) {
            this.hasHeadings = hasHeadings;
            this.rootAcceptsInlinePoints = rootAcceptsInlinePoints;
            this.detectPoints = detectPoints;
            this.levelShift = levelShift;
        }

        Node top() {
            return stack.get(stack.size() - 1);
        }

        void heading(Block block) {
            HeadingLine h = block.heading();
            int level;
            if (BackMatter.isBackMatter(h)) {
                level = 1;
                backMatterLevels = new java.util.TreeSet<>();
            } else if (backMatterLevels != null) {
                // below an attachment or a glossary its own numbers nest from level 2, the gaps of the shapes closed
                backMatterLevels.add(h.level());
                level = 1 + backMatterLevels.headSet(h.level(), true).size();
            } else {
                level = h.level() + levelShift;
            }
            while (top().kind != SectionKind.ROOT && (top().isPoint() || top().level >= level)) {
                stack.remove(stack.size() - 1);
            }
            Node parent = top();
            Node node = new Node(SectionKind.HEADING, level, h.label(), h.title(), h.terminator(), block.line(),
                    h.ordinal(), -1, parent.childAnchor(), h.hasBody());
            parent.children.add(node);
            stack.add(node);
            headingSeen = true;
        }

        void paragraph(Block block) {
            paragraphSerial++;
            String text = block.text();
            boolean pointsHere = detectPoints && (!hasHeadings || headingSeen);
            List<PointFinder.Candidate> candidates = pointsHere ? PointFinder.find(text) : List.of();
            List<PointMark> marks = new ArrayList<>();
            Node owner = null;
            int first = 0;
            if (!candidates.isEmpty() && candidates.get(0).start() == 0 && !block.runIn()) {
                Node opened = point(candidates.get(0), block.line(), false);
                if (opened != null) {
                    owner = opened;
                    marks.add(mark(candidates.get(0), opened));
                }
                first = 1;
            }
            if (owner == null) {
                owner = innermostOwner();
            }
            String anchor = owner.nextParagraphAnchor();
            for (PointFinder.Candidate c : candidates.subList(first, candidates.size())) {
                Node opened = point(c, block.line(), true);
                if (opened != null) {
                    marks.add(mark(c, opened));
                }
            }
            owner.paragraphs.add(new Paragraph(anchor, block.line(), text, block.html(), marks));
        }

        private static PointMark mark(PointFinder.Candidate c, Node node) {
            return new PointMark(c.start(), c.spanEnd(), node.anchor);
        }

        private Node innermostOwner() {
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i).kind != SectionKind.INLINE_POINT) {
                    return stack.get(i);
                }
            }
            return root;
        }

        /** Places a point candidate in the outline, or returns null when its number fits no open sequence. */
        private Node point(PointFinder.Candidate c, int line, boolean inline) {
            int headingIndex = 0;
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (!stack.get(i).isPoint()) {
                    headingIndex = i;
                    break;
                }
            }
            if (c.ordinal() > 1) {
                for (int i = stack.size() - 1; i > headingIndex; i--) {
                    Node open = stack.get(i);
                    if (open.ordinal + 1 == c.ordinal()) {
                        Node parent = stack.get(i - 1);
                        if (!accepts(parent, inline)) {
                            return null;
                        }
                        truncate(i);
                        return push(parent, c, line, inline);
                    }
                }
                return null;
            }
            // 第一，opening a paragraph while a 第四，of its own shape is open starts a list beside that one, not
            // inside it: a speaker nests a list of another shape (第一，… 一是…), not 第一 in 第四
            for (int i = stack.size() - 1; i > headingIndex && !inline; i--) {
                Node open = stack.get(i);
                if (open.kind == SectionKind.POINT && PointFinder.family(open.label).equals(PointFinder.family(c.label()))) {
                    Node parent = stack.get(i - 1);
                    if (!accepts(parent, false)) {
                        return null;
                    }
                    truncate(i);
                    return push(parent, c, line, false);
                }
            }
            // 一 opens a sequence inside the innermost section in scope: inline points of earlier paragraphs are
            // closed to nesting, since they end with their paragraph.
            int parentIndex = stack.size() - 1;
            while (parentIndex > headingIndex) {
                Node open = stack.get(parentIndex);
                if (open.kind == SectionKind.INLINE_POINT && open.paragraphSerial != paragraphSerial) {
                    parentIndex--;
                } else {
                    break;
                }
            }
            Node parent = stack.get(parentIndex);
            if (!accepts(parent, inline)) {
                return null;
            }
            truncate(parentIndex + 1);
            return push(parent, c, line, inline);
        }

        private boolean accepts(Node parent, boolean inline) {
            return parent.kind != SectionKind.ROOT || !hasHeadings && (!inline || rootAcceptsInlinePoints);
        }

        private void truncate(int size) {
            while (stack.size() > size) {
                stack.remove(stack.size() - 1);
            }
        }

        private Node push(Node parent, PointFinder.Candidate c, int line, boolean inline) {
            Node node = new Node(inline ? SectionKind.INLINE_POINT : SectionKind.POINT, Math.max(parent.level, 3) + 1,
                    c.label(), c.title(), "", line, c.ordinal(), paragraphSerial, parent.childAnchor(), false);
            parent.children.add(node);
            stack.add(node);
            return node;
        }
    }
}
