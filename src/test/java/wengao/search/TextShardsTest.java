package wengao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wengao.ingest.CorpusReader;
import wengao.json.JsonWriter;
import wengao.model.Corpus;

/**
 * Where text shards close: every unit in exactly one shard, in order; sizes near the layout's; and an edit to one
 * speech changes only the shards that hold it, which is what lets a build take the others' deflated text.
 */
class TextShardsTest {

    @TempDir
    Path tmp;

    private static final int BYTES = 200;

    /** Twelve speeches of varied length, some shorter than a shard, some several shards long. */
    private static void corpus(Path dir, int edited, String extra) throws IOException {
        Files.createDirectories(dir);
        for (int s = 0; s < 12; s++) {
            StringBuilder text = new StringBuilder("---\ntitle: 第" + s + "篇讲话\ndate: 2021-03-" + (10 + s) + "\n---\n");
            int paragraphs = 1 + (s * 7) % 9;
            for (int p = 0; p < paragraphs; p++) {
                text.append("第").append(s).append("篇第").append(p).append("段，")
                        .append("全面从严治党永远在路上。".repeat(1 + (s + p) % 4)).append("\n\n");
            }
            if (s == edited) {
                text.append(extra).append("\n");
            }
            Files.writeString(dir.resolve(String.format("%02d.md", s)), text.toString());
        }
    }

    private List<String> shards(Corpus corpus) throws IOException {
        List<String> out = new ArrayList<>();
        UnitTable table = new UnitTable(corpus.speeches());
        TextShards.cut(table, corpus.speeches(), BYTES, s -> out.add(s.firstUnit() + " " + JsonWriter.compact(s.data())));
        return out;
    }

    @Test
    void everyUnitIsInOneShardInOrderAndShardsStayNearTheLayoutsSize() throws IOException {
        corpus(tmp.resolve("c"), -1, "");
        Corpus corpus = CorpusReader.read(tmp.resolve("c"));
        UnitTable table = new UnitTable(corpus.speeches());
        List<TextShards.Shard> shards = new ArrayList<>();
        TextShards.cut(table, corpus.speeches(), BYTES, shards::add);
        long longestUnit = table.units.stream().mapToLong(u -> u.unit().text().getBytes(StandardCharsets.UTF_8).length).max().orElse(0);
        int listed = 0;
        int nextId = 0;
        for (TextShards.Shard s : shards) {
            int first = table.units.get(listed).id();
            assertEquals(first, s.firstUnit(), "a shard starts at the unit after the last shard's");
            assertTrue(first >= nextId, "shards follow one another in order");
            long size = 0;
            for (int i = 0; i < s.units().size(); i++) {
                int id = first + i;
                if (listed < table.units.size() && table.units.get(listed).id() == id) {
                    UnitTable.Unit u = table.units.get(listed++);
                    assertEquals(u.unit().text(), s.units().get(i).text());
                    size += u.unit().text().getBytes(StandardCharsets.UTF_8).length;
                } else {
                    assertEquals(TextShards.ShardUnit.SPARE, s.units().get(i), "number " + id + " has no unit");
                }
            }
            assertTrue(size < 2L * BYTES + longestUnit, "shard " + s.number() + " holds " + size + " bytes");
            nextId = first + s.units().size();
        }
        assertEquals(table.units.size(), listed, "every unit is in a shard");
        assertTrue(shards.size() > 12, "the corpus makes many shards: " + shards.size());
    }

    @Test
    void anEditToOneSpeechChangesOnlyTheShardsThatHoldIt() throws IOException {
        corpus(tmp.resolve("before"), 5, "");
        corpus(tmp.resolve("after"), 5, "这是后来补上的一段话，比原来多了几十个字节的内容。");
        Corpus before = CorpusReader.read(tmp.resolve("before"));
        Corpus after = CorpusReader.read(tmp.resolve("after"));
        List<String> a = shards(before).stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList();
        List<String> b = shards(after).stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList();
        List<String> changed = b.stream().filter(s -> !a.contains(s)).toList();
        assertNotEquals(0, changed.size(), "the edited speech's shard changed");
        // The next speech is long: its first shard may begin elsewhere now that the edited one ends otherwise,
        // but its later shards begin inside it, where only its own text decides.
        assertTrue(changed.stream().filter(s -> !s.contains("第5篇")).count() <= 1,
                "only shards holding the edited speech change, and the next one: " + changed);
        // A cut at every BYTES of the whole text would move every later shard.
        assertTrue(b.size() - changed.size() > b.size() / 2, "most shards are the same: " + changed.size() + " of " + b.size());
    }

    /** Each shard's JSON by what it is made from, for shards told by it. */
    private static java.util.Map<String, String> madeOf(Corpus corpus) throws IOException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        UnitTable table = new UnitTable(corpus.speeches());
        TextShards.cut(table, corpus.speeches(), BYTES, corpus.sources(), s -> {
            assertNotNull(s.made(), "a corpus read from files has every speech's source");
            out.put(s.made(), JsonWriter.compact(s.data()));
        });
        return out;
    }

    @Test
    void aShardToldByWhatItIsMadeFromHasTheSameJsonWheneverItIsToldSo() throws IOException {
        corpus(tmp.resolve("made-before"), 5, "");
        corpus(tmp.resolve("made-after"), 5, "这是后来补上的一段话，比原来多了几十个字节的内容。");
        corpus(tmp.resolve("made-first"), 0, "开头的一篇多了一段话，后面每篇的编号都变了。");
        java.util.Map<String, String> before = madeOf(CorpusReader.read(tmp.resolve("made-before")));
        int same = 0;
        for (String other : List.of("made-after", "made-first")) {
            java.util.Map<String, String> after = madeOf(CorpusReader.read(tmp.resolve(other)));
            for (java.util.Map.Entry<String, String> e : after.entrySet()) {
                // Told apart with the same JSON is allowed (an unchanged part of an edited speech): deflated again.
                if (before.containsKey(e.getKey())) {
                    assertEquals(before.get(e.getKey()), e.getValue(), "told the same, made the same");
                    same++;
                }
            }
        }
        assertTrue(same > 12, "unchanged shards are told the same: " + same);
    }

    @Test
    void aSpeechAddedBeforeOthersLeavesTheirShardsAsTheyWereUnderNewNumbers() throws IOException {
        corpus(tmp.resolve("without"), -1, "");
        corpus(tmp.resolve("with"), -1, "");
        Files.writeString(tmp.resolve("with/00-first.md"), "---\ntitle: 新来的一篇\ndate: 2021-03-01\n---\n"
                + "新来的一篇讲话，排在所有讲话之前。\n\n" + "全面从严治党永远在路上。".repeat(30) + "\n");
        java.util.Map<String, String> before = madeOf(CorpusReader.read(tmp.resolve("without")));
        Corpus with = CorpusReader.read(tmp.resolve("with"));
        UnitTable table = new UnitTable(with.speeches());
        List<String> told = new ArrayList<>();
        List<String> notTold = new ArrayList<>();
        TextShards.cut(table, with.speeches(), BYTES, with.sources(), shard -> {
            if (shard.speeches().stream().anyMatch(sp -> sp.slug().equals("00-first"))) {
                return;
            }
            assertTrue(shard.number() > 0 && shard.firstUnit() > 0, "the new speech comes first");
            if (before.containsKey(shard.made())) {
                assertEquals(before.get(shard.made()), JsonWriter.compact(shard.data()), "told the same, made the same");
                told.add(shard.made());
            } else {
                notTold.add(JsonWriter.compact(shard.data()));
            }
        });
        assertEquals(List.of(), notTold, "every shard after the new speech is one the last corpus had");
        assertEquals(before.size(), told.size(), "and every one of those is there");
    }

    @Test
    void utf8LengthIsTheEncodedLength() {
        for (String s : List.of("", "abc", "全面从严治党", "é ü", "𠀀汉字𠀁", "a\uD800b", "\uDC00")) {
            assertEquals(s.getBytes(StandardCharsets.UTF_8).length, TextShards.utf8Length(s), s);
        }
    }
}
