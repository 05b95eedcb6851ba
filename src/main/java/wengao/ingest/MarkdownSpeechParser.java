package wengao.ingest;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import wengao.model.Problem;
import wengao.model.SourceFile;
import wengao.model.Speech;
import wengao.model.SpeechDate;

/**
 * Parses a Markdown speech with flexmark: front matter for metadata, {@code #} for the title, {@code ##} to
 * {@code ####} for the outline. Blocks are rendered by flexmark with raw HTML escaped, so markup written in a
 * speech shows as text; links, images and the rest that carry a URL go through {@link MarkdownLinks}.
 */
final class MarkdownSpeechParser {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .toImmutable();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .nodeRendererFactory(options -> new MarkdownLinks()).build();
    private static final Pattern SALUTATION = Pattern.compile(
            "(尊敬的|各位|同志们|女士们|先生们|亲爱的|老师们|同学们|朋友们)[^：:。！？]{0,40}[：:]");

    /** Text without Markdown's inline markup: what it shows is what it says. */
    private static final Pattern PLAIN = Pattern.compile("[^*_`\\[\\]<>!\\\\&]*");

    private MarkdownSpeechParser() {
    }

    static ParsedSpeech parse(SourceFile file) {
        List<Problem> problems = new ArrayList<>();
        List<SourceLine> lines = SourceLine.split(file.text(), 1);
        FrontMatterReader.Result fm = FrontMatterReader.read(file.path(), lines, Set.of());
        problems.addAll(fm.problems());
        FrontMatterValues values = FrontMatterValues.read(file.path(), fm.frontMatter(), problems);

        Document document = PARSER.parse(file.text());
        MarkdownLinks.check(file.path(), document, 0, problems);
        String title = values.title();
        String salutation = null;
        boolean contentSeen = false;
        List<OutlineParser.Block> blocks = new ArrayList<>();
        List<String> titleLines = new ArrayList<>();
        List<Node> topLevel = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            topLevel.add(node);
        }
        // without ## headings the author marked the outline as in plain text, with numbers (一、 （一）) alone on a line
        boolean numbered = topLevel.stream().noneMatch(n -> n instanceof Heading h && h.getLevel() > 1);
        for (Node node : topLevel) {
            if (node instanceof YamlFrontMatterBlock || node instanceof Reference ref && !MarkdownLinks.isShown(ref)) {
                // front matter is metadata; a link reference definition only serves the links that use it
                continue;
            }
            int line = node.getStartLineNumber() + 1;
            String text = new TextCollectingVisitor().collectAndGetText(node).strip();
            if (text.isEmpty()) {
                // Raw HTML blocks carry no text nodes; their source is the text, shown escaped.
                text = node.getChars().toString().strip();
            }
            if (node instanceof Heading heading) {
                if (heading.getLevel() == 1 && !contentSeen && (title == null || title.equals(text))) {
                    title = text;
                    continue;
                }
                // ## 附件 or ## 名词解释 after the text is back matter, as in plain text
                HeadingLine back = contentSeen ? BackMatter.heading(text) : null;
                blocks.add(new OutlineParser.Block(line, text, null, back != null ? back : headingOf(heading.getLevel(), text), false));
                contentSeen = true;
                continue;
            }
            if (text.isEmpty()) {
                continue;
            }
            if (!contentSeen && salutation == null && title != null && node instanceof Paragraph && isTitleBlockLine(text)) {
                // 县委书记 李四, （2024年1月15日）, ——在…会议上 under the # title, as a converted Word document has them
                titleLines.add(text);
                continue;
            }
            if (salutation == null && !contentSeen && node instanceof Paragraph && SALUTATION.matcher(text).matches()) {
                salutation = text;
                contentSeen = true;
                continue;
            }
            if (numbered && node instanceof Paragraph && numberedHeading(file.path(), node, line, blocks)) {
                contentSeen = true;
                continue;
            }
            blocks.add(new OutlineParser.Block(line, text, renderBlock(document, node), null, false));
            contentSeen = true;
        }
        if (title == null) {
            title = SlugAssigner.stem(file.path());
            problems.add(Problem.warning(file.path(), 0, "no title (front matter 'title' or a # heading); the file name is used"));
        }
        OutlineParser.Result outline = OutlineParser.parse(blocks, false);
        SpeechDate stated = null;
        String speaker = values.speaker();
        List<String> subtitles = new ArrayList<>();
        for (String t : titleLines) {
            if (stated == null && TitleBlockForms.isDateLine(t) || stated == null && TitleBlockForms.isSubtitle(t)) {
                stated = DateReader.fullDate(t);
            }
            if (TitleBlockForms.isSubtitle(t) || TitleBlockForms.isDateLine(t)) {
                subtitles.add(t);
            } else if (speaker == null) {
                String wrapped = TitleBlockForms.wrappedSpeaker(t);
                speaker = wrapped != null ? wrapped : TitleBlockForms.speakerOf(t);
            }
        }
        SpeechDate date = DateReader.chosen(values.date(), DateReader.fileNameDate(SlugAssigner.stem(file.path())),
                stated != null ? stated : DateReader.yearOf(title));
        String venue = values.venue() != null ? values.venue() : VenueReader.venue(subtitles, title);
        Speech speech = new Speech(values.slug(), file.path(), "md", title, null, titleLines, date, speaker,
                venue, values.tags(), List.of(), salutation, outline.root(), outline.closing(), outline.backMatter(),
                List.of(), SpeechParser.lengthOf(outline));
        return new ParsedSpeech(speech, problems);
    }

    /** A line of the title block: a subtitle, a date line or a speaker line, in plain text (no markup). */
    private static boolean isTitleBlockLine(String text) {
        return text.length() <= 80 && PLAIN.matcher(text).matches() && !text.contains("\n")
                && (TitleBlockForms.isSubtitle(text) || TitleBlockForms.isDateLine(text)
                        || TitleBlockForms.wrappedSpeaker(text) != null || TitleBlockForms.isSpeakerUnderTitle(text));
    }

    /**
     * One block's HTML. flexmark drops the links of a node rendered on its own, so the block is moved into a
     * document of its own, which keeps the original's data (link references resolve).
     */
    private static String renderBlock(Document original, Node block) {
        Document single = new Document(original, original.getChars());
        block.unlink();
        single.appendChild(block);
        return RENDERER.render(single).strip();
    }

    /**
     * Renders Markdown as wengao does everywhere: raw HTML escaped, images as links, URLs checked (a warning for
     * each shown as text; {@code firstLine} is the line of the file the Markdown starts on).
     */
    static String toHtml(String file, String markdown, int firstLine, List<Problem> problems) {
        Document document = PARSER.parse(markdown);
        MarkdownLinks.check(file, document, firstLine - 1, problems);
        return RENDERER.render(document).strip();
    }

    /**
     * A paragraph with lines that are an outline number and a title alone (一、提高认识, its body on the next lines or
     * in the next paragraph): a heading block for each, and the lines between them, rendered on their own, paragraphs
     * around them. A line with markup in it (a link, emphasis) is no heading: its text is not its source.
     */
    private static boolean numberedHeading(String path, Node node, int line, List<OutlineParser.Block> blocks) {
        String[] lines = node.getChars().toString().split("\n", -1);
        List<OutlineParser.Block> found = new ArrayList<>();
        StringBuilder between = new StringBuilder();
        int betweenLine = line;
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            String t = SourceLine.trim(lines[i]);
            HeadingLine h = PLAIN.matcher(t).matches() ? HeadingLine.parse(t) : null;
            if (h == null || h.hasBody()) {
                if (between.isEmpty()) {
                    betweenLine = line + i;
                }
                between.append(lines[i]).append('\n');
                continue;
            }
            any = true;
            paragraph(path, between, betweenLine, found);
            found.add(new OutlineParser.Block(line + i, t, null, h, false));
        }
        if (!any) {
            return false;
        }
        paragraph(path, between, betweenLine, found);
        blocks.addAll(found);
        return true;
    }

    /** The Markdown gathered in {@code source} as a paragraph block of its own (none when blank); then empties it. */
    private static void paragraph(String path, StringBuilder source, int line, List<OutlineParser.Block> blocks) {
        String markdown = source.toString().strip();
        source.setLength(0);
        if (markdown.isEmpty()) {
            return;
        }
        String text = new TextCollectingVisitor().collectAndGetText(PARSER.parse(markdown)).strip();
        // its links were checked with the whole file's (and reported once): a second report here would repeat them
        blocks.add(new OutlineParser.Block(line, text, toHtml(path, markdown, line, new ArrayList<>()), null, false));
    }

    /** ## is the outline's first level; a number written in the heading (一、) is kept as its label. */
    private static HeadingLine headingOf(int markdownLevel, String text) {
        int level = Math.min(Math.max(markdownLevel - 1, 1), 3);
        HeadingLine numbered = HeadingLine.parse(text);
        if (numbered != null) {
            return new HeadingLine(level, numbered.ordinal(), numbered.label(), text.substring(numbered.label().length()).strip(), "", "");
        }
        return new HeadingLine(level, 0, "", text, "", "");
    }
}
