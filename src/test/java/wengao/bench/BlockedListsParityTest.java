package wengao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.TestFiles;
import wengao.pipeline.BuildOptions;
import wengao.pipeline.BuildReport;
import wengao.pipeline.SiteBuilder;

/**
 * On a corpus of real speeches and reports large enough that the postings of common characters and bigrams run to
 * several blocks (the client index's lists of units, about 1,024 units a block), the page in headless Chromium
 * finds the same hits in the same order as the command line. The seeds' site of {@link SearchParityTest} is too
 * small for more than one block.
 */
class BlockedListsParityTest {

    static final List<String> QUERIES = List.of("的", "发展", "人民", "改革", "党", "经济社会发展", "全面从严治党",
            "坚持 改革", "中国 -发展");

    @TempDir
    static Path tmp;
    static Path content;
    static Path site;
    static HeadlessChromium browser;

    @BeforeAll
    static void setUp() throws IOException {
        HeadlessChromium.assumeInstalled();
        content = tmp.resolve("content");
        Path speeches = Files.createDirectories(content.resolve("speeches"));
        for (String folder : List.of("xi-speeches-2013-2014", "gov-reports-national-gbk")) {
            for (Path f : TestFiles.files(TestFiles.resource("corpus-extra/" + folder))) {
                Files.copy(f, speeches.resolve(folder + "-" + f.getFileName()));
            }
        }
        site = tmp.resolve("site");
        // Not strict: real input as it comes, GBK files and all, has warnings.
        BuildReport report = SiteBuilder.build(new BuildOptions(content, tmp.resolve("none"), site, false));
        assertTrue(report.isPublished(), report.problems()::toString);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void listsOfManyBlocksAreReadInTheBrowserAsOnTheCommandLine() throws IOException {
        String base = site.toUri().toString();
        for (String q : QUERIES) {
            assertEquals(SearchParityTest.cli(content, q), SearchParityTest.page(browser, base, q, ""), "file:// " + q);
        }
        assertTrue(firstBlockHasMore("的"), "the commonest character's list has more than one block");
    }

    /**
     * Whether a one-character gram's list has more than one block: the first bit of its code, the top bit of its
     * first five digits in base 89. The code is found as the page finds it: in the bucket FNV-1a of the gram picks.
     */
    private static boolean firstBlockHasMore(String gram) throws IOException {
        String meta = Files.readString(site.resolve("search/meta.js"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"buckets\":(\\d+)").matcher(meta);
        assertTrue(m.find(), meta.substring(0, 200));
        int h = 0x811c9dc5;
        for (int i = 0; i < gram.length(); i++) {
            h ^= gram.charAt(i);
            h *= 16777619;
        }
        long bucket = Integer.toUnsignedLong(h) % Integer.parseInt(m.group(1));
        String js = Files.readString(site.resolve("search/p/" + Long.toHexString(bucket) + ".js"));
        String list = js.substring(js.indexOf("[\"") + 2, js.lastIndexOf("\"]"));
        String[] entries = list.substring(0, list.indexOf("\",\"")).split(" ");
        String[] codes = list.substring(list.indexOf("\",\"") + 3).split(" ");
        String code = null;
        for (int i = 0, c = 0; i < entries.length; i++) {
            int eq = entries[i].indexOf('=');
            if (eq < 0 && entries[i].equals(gram)) {
                code = codes[c];
            }
            c += eq < 0 ? 1 : entries[i].substring(eq + 1).codePointCount(0, entries[i].length() - eq - 1);
        }
        assertTrue(code != null, gram + " is in its bucket");
        StringBuilder digits = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            if ("\"\\<>&".indexOf(c) < 0) {
                digits.append(c);
            }
        }
        long v = 0;
        for (int i = 0; i < 5; i++) {
            v = v * 89 + digits.indexOf(String.valueOf(code.charAt(i)));
        }
        return (v >>> 31) == 1;
    }
}
