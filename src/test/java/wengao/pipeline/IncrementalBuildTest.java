package wengao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;

/**
 * Incremental builds are correct by construction: after any sequence of edits, the site an incremental build
 * leaves is byte for byte the site a clean build of the same content makes (in a folder of its own, with a cache
 * of its own). The edits are drawn at random, from a fixed seed, over every kind an editor makes.
 */
class IncrementalBuildTest {

    @TempDir
    Path tmp;
    Path content;
    Path templates;
    Path site;
    List<Path> pool;

    @BeforeEach
    void corpus() throws IOException {
        content = tmp.resolve("work/content");
        templates = tmp.resolve("work/templates");
        site = tmp.resolve("work/site");
        Files.createDirectories(content.resolve("speeches"));
        Files.createDirectories(content.resolve("themes"));
        Files.createDirectories(templates);
        pool = new ArrayList<>(TestFiles.files(TestFiles.resource("corpus-extra/xi-speeches-2013-2014")));
        pool.sort(null);
        for (Path seed : TestFiles.files(TestFiles.seeds())) {
            Files.copy(seed, content.resolve("speeches").resolve(seed.getFileName()));
        }
        for (int i = 0; i < 4; i++) {
            Path p = pool.remove(0);
            Files.copy(p, content.resolve("speeches").resolve(p.getFileName()));
        }
        Files.writeString(content.resolve("themes/si-zhong-xing-tai.md"), "---\nname: 四种形态\naliases: [监督执纪四种形态]\n---\n"
                + "监督执纪“四种形态”。\n");
    }

    private BuildReport incremental() {
        return SiteBuilder.build(new BuildOptions(content, templates, site, false, true));
    }

    /** A clean build of a copy of the content, with its own cache. */
    private Map<String, byte[]> clean(int step) throws IOException {
        Path root = tmp.resolve("clean-" + step);
        copyTree(content, root.resolve("content"));
        copyTree(templates, root.resolve("templates"));
        BuildReport report = SiteBuilder.build(new BuildOptions(root.resolve("content"), root.resolve("templates"),
                root.resolve("site"), false, true));
        assertTrue(report.isPublished(), report.problems()::toString);
        Map<String, byte[]> files = SiteCheck.files(root.resolve("site"));
        BuildCache.deleteTree(root); // each clean build holds a whole site
        return files;
    }

    @Test
    void randomEditsLeaveTheSiteACleanBuildMakes() throws IOException {
        HeapRoom.judge = () -> true; // the index update beside the rest, as where the heap has room
        try {
            randomEdits(20261201, List.of("add", "change", "delete", "rename", "theme", "stoplist",
                    "template", "change", "add", "none", "change", "date"));
        } finally {
            HeapRoom.judge = HeapRoom::measured;
        }
    }

    @Test
    void editsBuiltInTurnLeaveTheSiteACleanBuildMakes() throws IOException {
        HeapRoom.judge = () -> false; // the index update after passages and related speeches, as in a full heap
        try {
            for (BuildReport r : randomEdits(20261202, List.of("change", "add", "delete", "rename"))) {
                List<String> stages = new ArrayList<>(r.stageMillis().keySet());
                assertTrue(stages.indexOf("search index") > stages.indexOf("citations"),
                        "the index was updated after the passages and citations: " + stages);
            }
        } finally {
            HeapRoom.judge = HeapRoom::measured;
        }
    }

    /** Applies the edits in a random order, each followed by a build compared with a clean one; the builds' reports. */
    private List<BuildReport> randomEdits(long seed, List<String> edits) throws IOException {
        BuildReport first = incremental();
        assertTrue(first.isPublished(), first.problems()::toString);
        Random random = new Random(seed);
        List<String> kinds = new ArrayList<>(edits);
        java.util.Collections.shuffle(kinds, random);
        List<String> done = new ArrayList<>();
        List<BuildReport> reports = new ArrayList<>();
        for (int step = 0; step < kinds.size(); step++) {
            String what = edit(kinds.get(step), random);
            done.add(what);
            BuildReport report = incremental();
            reports.add(report);
            assertTrue(report.isPublished(), what + ": " + report.problems());
            Map<String, byte[]> expected = clean(step);
            assertSameSite(expected, SiteCheck.files(site), "after " + done);
        }
        return reports;
    }

    @Test
    void anUnchangedBuildRedoesNothingAndAChangeRedoesLittle() throws IOException {
        BuildReport first = incremental();
        assertEquals(first.speeches(), first.speechesParsed(), "the first build parses everything");
        BuildReport again = incremental();
        assertTrue(again.isPublished());
        assertEquals(0, again.speechesParsed());
        assertEquals(0, again.pagesWritten());
        assertEquals(first.speeches(), again.unchanged());
        assertEquals(first.problems(), again.problems(), "an unchanged build reports what the last one found");
        Path one = speeches().get(0);
        Files.writeString(one, "\n这是新加的一段话，讲的是抓落实。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        BuildReport changed = incremental();
        assertEquals(1, changed.speechesParsed());
        assertTrue(changed.pagesWritten() < first.pagesWritten() / 2, "pages redone: " + changed.pagesWritten()
                + " of " + first.pagesWritten());
        BuildReport full = SiteBuilder.build(new BuildOptions(content, templates, site, false, true, true, null));
        assertEquals(full.speeches(), full.speechesParsed(), "--full parses everything again");
        assertEquals(full.pages(), full.pagesWritten(), "--full writes every page again");
    }

    /** Each text shard's file identity on disk: a file rewritten or moved in gets another. */
    private Map<String, Object> shardFiles() throws IOException {
        return fileKeys("search/t");
    }

    /** The file identity on disk of each file in {@code folder} of the site. */
    private Map<String, Object> fileKeys(String folder) throws IOException {
        Map<String, Object> keys = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(site.resolve(folder))) {
            for (Path p : s.toList()) {
                keys.put(p.getFileName().toString(), Files.readAttributes(p,
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    @Test
    void aChangeLeavesTheFilesItDoesNotTouchWhereTheyAre() throws IOException {
        incremental();
        Map<String, Object> before = shardFiles();
        Path one = speeches().get(0);
        Files.writeString(one, "\n这是新加的一段话，讲的是抓落实。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        BuildReport changed = incremental();
        assertTrue(changed.isPublished(), changed.problems()::toString);
        Map<String, Object> after = shardFiles();
        long same = after.entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey()))).count();
        assertTrue(same < after.size(), "the shard of the changed speech is new");
        assertTrue(same > after.size() / 2, "the other shards are the ones already there: " + same + " of " + after.size());
        assertSameSite(clean(97), SiteCheck.files(site), "after one change");
    }

    /**
     * A shard of the shared-passage markers is described by what it shows: a paragraph added at the end of a speech
     * changes no place a marker lists, so no shard is written again; nor are the assets, the same bytes as before.
     */
    @Test
    void aParagraphAddedAtTheEndRewritesNoPassageShardNorAsset() throws IOException {
        incremental();
        Map<String, Object> shards = fileKeys("passages/shards");
        Map<String, Object> assets = fileKeys("assets");
        assertTrue(!shards.isEmpty(), "the corpus has shards of markers");
        // A speech a shard lists a place of: describing the shard by the whole speech would make it again.
        String listed = Files.readString(site.resolve("passages/shards/0.js"), StandardCharsets.UTF_8);
        Path one = speeches().stream().filter(p -> listed.contains("speeches/"
                + p.getFileName().toString().replaceFirst("\\.[a-z]+$", "") + ".html")).findFirst().orElseThrow();
        Files.writeString(one, "\n这是新加的一段话，讲的是抓落实。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        BuildReport changed = incremental();
        assertTrue(changed.isPublished(), changed.problems()::toString);
        assertEquals(shards, fileKeys("passages/shards"));
        assertEquals(assets, fileKeys("assets"));
        assertSameSite(clean(95), SiteCheck.files(site), "after a paragraph added at the end");
    }

    /** An incremental build of the content as it is now, its notes put into {@code notes}; it publishes. */
    private BuildReport buildNoting(List<String> notes) {
        BuildReport report = SiteBuilder.build(new BuildOptions(content, templates, site, false, true), notes::add);
        assertTrue(report.isPublished(), report.problems()::toString);
        return report;
    }

    /** Flips {@code bits} of one byte of a file the last build kept: the byte {@code at} gives for its length. */
    private void damageKept(String name, java.util.function.IntUnaryOperator at, int bits) throws IOException {
        Path kept = tmp.resolve("work/.wengao-cache/content").resolve(name);
        byte[] bytes = Files.readAllBytes(kept);
        bytes[at.applyAsInt(bytes.length)] ^= (byte) bits;
        Files.write(kept, bytes);
    }

    @Test
    void damagedKeptTextShardsAreNotedAndDeflatedAgain() throws IOException {
        incremental();
        damageKept("text-shards.bin", length -> length - 30, 0x11); // in its index
        Files.writeString(speeches().get(2), "\n又加一段。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        List<String> notes = new ArrayList<>();
        buildNoting(notes);
        assertTrue(notes.stream().anyMatch(n -> n.contains("text shards") && n.contains("damaged")), notes::toString);
        assertSameSite(clean(96), SiteCheck.files(site), "after damaged kept text shards");
    }

    @Test
    void damagedKeptOutlineWordsAreNotedAndSegmentedAgain() throws IOException {
        incremental();
        damageKept("outline-words.bin", length -> length / 2, 0x08);
        Path one = speeches().get(3);
        List<String> lines = new ArrayList<>(Files.readAllLines(one, StandardCharsets.UTF_8));
        lines.add(Math.min(lines.size(), 4), "一、以巡察整改推动全面从严治党");
        Files.write(one, lines, StandardCharsets.UTF_8);
        List<String> notes = new ArrayList<>();
        buildNoting(notes);
        assertEquals(1, notes.stream().filter(n -> n.contains("outline words") && n.contains("damaged")).count(),
                notes::toString);
        assertSameSite(clean(95), SiteCheck.files(site), "after damaged kept outline words");
        notes.clear();
        Files.writeString(one, "\n又加一段。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        buildNoting(notes);
        assertTrue(notes.stream().noneMatch(n -> n.contains("outline words")), "kept again whole: " + notes);
        assertSameSite(clean(94), SiteCheck.files(site), "after the outline words were kept again");
    }

    @Test
    void aDamagedCacheIsNotedAndRebuilt() throws IOException {
        incremental();
        Path cache = tmp.resolve("work/.wengao-cache/content");
        for (String name : List.of(LastBuild.FILE, "parsed.bin")) {
            byte[] bytes = Files.readAllBytes(cache.resolve(name));
            Files.write(cache.resolve(name), Arrays.copyOf(bytes, bytes.length / 2));
        }
        Path one = speeches().get(1);
        Files.writeString(one, "\n再加一段。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        List<String> notes = new ArrayList<>();
        BuildReport report = buildNoting(notes);
        assertEquals(report.speeches(), report.speechesParsed(), "nothing taken from a damaged cache");
        assertTrue(notes.stream().anyMatch(n -> n.contains("damaged")), notes::toString);
        assertSameSite(clean(99), SiteCheck.files(site), "after a damaged cache");
    }

    @Test
    void aCacheOfAnotherVersionIsNotTrusted() throws IOException {
        incremental();
        Path state = tmp.resolve("work/.wengao-cache/content").resolve(LastBuild.FILE);
        List<String> notes = new ArrayList<>();
        assertTrue(LastBuild.read(state, CodeVersion.current(), notes::add).isPresent(), "this version's own cache");
        assertTrue(LastBuild.read(state, "another", notes::add).isEmpty(), "another version's cache");
        assertEquals(List.of("the build cache was written by another version of wengao: building in full"), notes);
    }

    @Test
    void aSiteChangedByHandIsRebuilt() throws IOException {
        incremental();
        Path page = site.resolve("index.html");
        Files.writeString(page, "changed by hand");
        BuildReport report = incremental();
        assertTrue(report.isPublished());
        assertSameSite(clean(98), SiteCheck.files(site), "after a page was edited in the site");
    }

    /**
     * The site is looked at once, at the start of a build; what the next build compares it with is that look patched
     * with the files moved in. A page edited, a page deleted and files added by hand beside a change of content are
     * all noticed, and what is kept for the next build is what a look at the site finds.
     */
    @Test
    void aSiteChangedByHandBesideAChangeOfContentIsRebuiltAndRecordedAsItIs() throws IOException {
        incremental();
        Path one = speeches().get(0);
        Files.writeString(one, "\n这是新加的一段话，讲的是抓落实。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        List<Path> pages;
        try (Stream<Path> s = Files.list(site.resolve("speeches"))) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Files.writeString(pages.get(pages.size() - 1), "changed by hand");
        Files.delete(pages.get(pages.size() - 2));
        Files.delete(site.resolve("themes/index.html"));
        Files.writeString(site.resolve("stray.html"), "added by hand");
        Files.createDirectories(site.resolve("stray/deeper"));
        Files.writeString(site.resolve("stray/deeper/note.txt"), "added by hand");
        BuildReport changed = incremental();
        assertTrue(changed.isPublished(), changed.problems()::toString);
        assertEquals(1, changed.speechesParsed());
        assertTrue(changed.pagesWritten() >= 3, "the pages changed by hand are made again: " + changed.pagesWritten());
        assertSameSite(clean(96), SiteCheck.files(site), "after a change of content and of the site by hand");
        LastBuild kept = BuildCache.of(content).lastBuild(CodeVersion.current(), note -> { }).orElseThrow();
        assertEquals(LastBuild.survey(site.toAbsolutePath().normalize()), kept.files(),
                "what the next build compares the site with is the site");
        BuildReport again = incremental();
        assertEquals(0, again.pagesWritten(), "nothing changed since: nothing is written");
    }

    private List<Path> speeches() throws IOException {
        try (Stream<Path> s = Files.list(content.resolve("speeches"))) {
            return s.sorted().toList();
        }
    }

    private String edit(String kind, Random random) throws IOException {
        List<Path> speeches = speeches();
        Path pick = speeches.get(random.nextInt(speeches.size()));
        switch (kind) {
            case "add" -> {
                Path p = pool.remove(random.nextInt(pool.size()));
                Files.copy(p, content.resolve("speeches").resolve(p.getFileName()));
                return "add " + p.getFileName();
            }
            case "change" -> {
                List<String> lines = new ArrayList<>(Files.readAllLines(pick, StandardCharsets.UTF_8));
                int at = Math.min(lines.size(), 3 + random.nextInt(Math.max(1, lines.size() - 3)));
                lines.add(at, "要坚持一岗双责，落实四种形态，做到两个维护。");
                Files.write(pick, lines, StandardCharsets.UTF_8);
                return "change " + pick.getFileName() + " at line " + at;
            }
            case "date" -> {
                String text = Files.readString(pick, StandardCharsets.UTF_8);
                Files.writeString(pick, text.replaceFirst("(\\d{4})年", "2009年"), StandardCharsets.UTF_8);
                return "redate " + pick.getFileName();
            }
            case "delete" -> {
                Files.delete(pick);
                return "delete " + pick.getFileName();
            }
            case "rename" -> {
                Path to = pick.resolveSibling("renamed-" + pick.getFileName());
                Files.move(pick, to);
                return "rename " + pick.getFileName();
            }
            case "theme" -> {
                Files.writeString(content.resolve("themes/yi-gang-shuang-ze.md"), "---\nname: 一岗双责\n---\n"
                        + "党政领导干部既抓业务工作，又抓党风廉政建设。\n");
                return "theme file";
            }
            case "stoplist" -> {
                Files.writeString(content.resolve("themes/stoplist.txt"), "两个维护\n");
                return "stop list";
            }
            case "template" -> {
                Files.writeString(templates.resolve("404.peb"), "{% extends \"layout.peb\" %}{% block title %}没有这一页 · {{ site.title }}{% endblock %}{% block content %}"
                        + "<p>没有这一页。</p>{% endblock %}\n");
                Files.createDirectories(templates.resolve("assets"));
                Files.writeString(templates.resolve("assets/extra.css"), "body { margin: 0 }\n");
                return "template";
            }
            default -> {
                return "nothing";
            }
        }
    }

    private static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files " + when);
        Map<String, String> differ = new TreeMap<>();
        expected.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, actual.get(path))) {
                differ.put(path, bytes.length + " vs " + actual.get(path).length + " bytes");
            }
        });
        assertEquals(Map.of(), differ, "files that differ " + when);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
