package wengao.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.Corpus;
import wengao.model.Paragraph;
import wengao.model.Problem;
import wengao.model.Section;
import wengao.model.Speech;
import wengao.model.Theme;
import wengao.model.ThemeDefinition;
import wengao.model.ThemeMap;

/**
 * What only the whole corpus shows, checked by {@code build} and {@code check} alike: links from one Markdown speech
 * to another that lead nowhere, speeches that lists cannot tell apart, and curated themes no speech mentions.
 *
 * <p>Severities follow what an editor must act on. A link that leads nowhere is a warning. Two speeches with the
 * same title, date, speaker and venue are a warning (usually one speech twice); a title shared by speeches that
 * differ in date, speaker or venue is a note, since the genre repeats titles (政府工作报告 every year, in every
 * province). A curated theme that no speech mentions is a note: the shipped themes are many and a small corpus
 * mentions few of them.
 */
final class CorpusChecks {

    /** A link as flexmark writes it; an image is written as a link of class image-link. */
    private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]*)\"([^>]*)>");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern SPEECH_LINK = Pattern.compile("(?i).*\\.(html?|md|txt|docx)");
    private static final int NAMED = 5;

    private CorpusChecks() {
    }

    static List<Problem> of(Corpus corpus, ThemeMap themes) {
        List<Problem> problems = new ArrayList<>(links(corpus.speeches()));
        problems.addAll(sameTitles(corpus.speeches()));
        problems.addAll(unmentioned(corpus.themeDefinitions(), themes));
        return problems;
    }

    /**
     * Relative links of Markdown speeches whose file name says they lead to a speech ({@code .html}, {@code .md},
     * {@code .txt}, {@code .docx}). Read from the speech's page, as a browser does, such a link resolves when it
     * reaches a speech's page or one of its copies ({@code speeches/<slug>.html|.txt|.docx}); a link that leaves
     * {@code speeches/} for another page of the site ({@code ../themes/si-feng.html}) is no link to a speech. A
     * link written to a speech's source file ({@code other.md}) leads nowhere on the site, which has no .md
     * files: the warning names the page to link instead.
     */
    static List<Problem> links(List<Speech> speeches) {
        Set<String> siteFiles = new java.util.HashSet<>();
        Map<String, Speech> bySource = new HashMap<>();
        for (Speech s : speeches) {
            String stem = "speeches/" + s.slug();
            siteFiles.addAll(List.of(stem + ".html", stem + ".txt", stem + ".docx"));
            bySource.put(s.sourcePath(), s);
        }
        Set<Problem> problems = new LinkedHashSet<>();
        for (Speech s : speeches) {
            if (!"md".equals(s.format())) {
                continue;
            }
            for (Paragraph p : paragraphs(s)) {
                if (p.html() == null) {
                    continue;
                }
                Matcher m = HREF.matcher(p.html());
                while (m.find()) {
                    if (m.group(2).contains("image-link")) {
                        continue;
                    }
                    String href = unescape(m.group(1));
                    String path = pathOf(href);
                    if (path == null || !SPEECH_LINK.matcher(path).matches()) {
                        continue;
                    }
                    String fromPage = resolve(folderOf(s.url()), path);
                    if (fromPage != null && siteFiles.contains(fromPage)) {
                        continue;
                    }
                    String fromSource = resolve(folderOf(s.sourcePath()), path);
                    Speech source = fromSource == null ? null : bySource.get(fromSource);
                    if (source != null) {
                        problems.add(Problem.warning(s.sourcePath(), p.line(), "link to '" + href + "' names the "
                                + "source file of a speech, which the site does not have: link to its page '"
                                + source.slug() + ".html'"));
                    } else if (!isPage(path) || fromPage != null && fromPage.startsWith("speeches/")) {
                        problems.add(Problem.warning(s.sourcePath(), p.line(), "link to '" + href
                                + "' resolves to no speech"));
                    }
                }
            }
        }
        return List.copyOf(problems);
    }

    /**
     * Speeches of one title. Where title, date, speaker and venue are all the same, a list shows two identical
     * entries: a warning on each later file, naming the first. A title shared otherwise is one note for them all.
     */
    static List<Problem> sameTitles(List<Speech> speeches) {
        Map<String, List<Speech>> byTitle = new TreeMap<>();
        for (Speech s : speeches) {
            byTitle.computeIfAbsent(s.title(), k -> new ArrayList<>()).add(s);
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, List<Speech>> group : byTitle.entrySet()) {
            List<Speech> same = group.getValue();
            if (same.size() < 2) {
                continue;
            }
            same.sort(Comparator.comparing(Speech::sourcePath));
            Map<List<Object>, Speech> firstOfKind = new LinkedHashMap<>();
            List<String> distinct = new ArrayList<>();
            for (Speech s : same) {
                List<Object> kind = java.util.Arrays.asList(s.date(), s.speaker(), s.venue());
                Speech first = firstOfKind.putIfAbsent(kind, s);
                if (first != null) {
                    problems.add(Problem.warning(s.sourcePath(), 0, "same title, date, speaker and venue as "
                            + first.sourcePath() + " ('" + group.getKey() + "'): lists cannot tell the two apart; "
                            + "is it the same speech twice?"));
                } else {
                    distinct.add(s.sourcePath());
                }
            }
            if (distinct.size() > 1) {
                String named = String.join(", ", distinct.subList(0, Math.min(NAMED, distinct.size())))
                        + (distinct.size() > NAMED ? " and " + (distinct.size() - NAMED) + " more" : "");
                problems.add(Problem.note(distinct.get(0), 0, distinct.size() + " speeches share the title '"
                        + group.getKey() + "', told apart by date, speaker or venue: " + named));
            }
        }
        return problems;
    }

    /** A curated theme that neither it nor any of its parts is mentioned: its page says so, the index names it unlinked. */
    static List<Problem> unmentioned(List<ThemeDefinition> definitions, ThemeMap themes) {
        Map<String, Long> mentions = new HashMap<>();
        for (Theme t : themes.themes()) {
            mentions.merge(t.slug(), (long) t.mentions().size(), Long::sum);
            if (t.parent() != null) {
                mentions.merge(t.parent(), (long) t.mentions().size(), Long::sum);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Theme t : themes.themes()) {
            if (!t.curated() || mentions.getOrDefault(t.slug(), 0L) > 0) {
                continue;
            }
            String file = definitions.stream().filter(d -> d.slug().equals(t.slug())).map(ThemeDefinition::sourcePath)
                    .filter(Objects::nonNull).findFirst().orElse("themes/" + t.slug() + ".md");
            problems.add(Problem.note(file, 0, "no speech mentions the curated theme " + t.name()
                    + ": its page says so, and the theme index names it without a link"));
        }
        problems.sort(Comparator.comparing(Problem::file));
        return problems;
    }

    private static List<Paragraph> paragraphs(Speech s) {
        List<Paragraph> out = new ArrayList<>();
        addParagraphs(s.body(), out);
        out.addAll(s.closing());
        s.backMatter().forEach(part -> addParagraphs(part, out));
        return out;
    }

    /** A section's paragraphs and its children's, in reading order. */
    private static void addParagraphs(Section root, List<Paragraph> out) {
        Deque<Section> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Section section = todo.pop();
            out.addAll(section.paragraphs());
            List<Section> children = new ArrayList<>(section.sections());
            java.util.Collections.reverse(children);
            children.forEach(todo::push);
        }
    }

    /** The path of a relative link, without query and fragment, percent-decoded; null for any other link. */
    static String pathOf(String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#") || h.startsWith("/") || SCHEME.matcher(h).find()) {
            return null;
        }
        int end = h.length();
        for (char c : new char[] {'#', '?'}) {
            int at = h.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String path = percentDecoded(h.substring(0, end));
        return path.isEmpty() ? null : path;
    }

    /** {@code path} read from {@code folder} (both relative to one root); null when it climbs above the root. */
    static String resolve(String folder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (folder.isEmpty() ? path : folder + "/" + path).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** A page of the site rather than a file: outside {@code speeches/} it is another kind of page, not checked. */
    private static boolean isPage(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".html") || p.endsWith(".htm");
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** %XX sequences as UTF-8 bytes; a malformed one stays as written (unlike URLDecoder, + stays +). */
    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
