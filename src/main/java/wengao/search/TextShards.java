package wengao.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import wengao.json.JsonWriter;
import wengao.model.PageReuse;
import wengao.model.Speech;

/**
 * {@code search/t/<n>.js}: {@link #deflated} JSON of the text of a run of consecutive units, for drawing the hits shown, and slug, title and
 * date of the speeches those units belong to, so that drawing a hit needs this one file. Nothing in a shard's file
 * depends on where it stands (its speeches are counted from its first, and it registers without its name), so a
 * speech added or deleted before it leaves its bytes as they were under another number. A shard closes once its
 * text reaches the layout's byte size (so a long paragraph does not make its shard heavy for every hit in it);
 * meta.js lists each shard's first unit.
 */
final class TextShards {

    /** {@code id}: the speech's number less that of the shard's first speech (the speech of its first unit). */
    record ShardSpeech(int id, String slug, String title, String date) {
    }

    record ShardUnit(String anchor, String text) {
        /**
         * A number no unit has, between the last unit of a speech and the first of the next in the same shard
         * ({@link UnitTable#room}): written as 0, so that a unit is still found at its number less the shard's first.
         */
        static final ShardUnit SPARE = new ShardUnit("", "");
    }

    /**
     * {@code made}: the fingerprint of what the shard is made from, where every speech in it has its source's digest
     * (the speeches' digests, their numbers and first units and the units' numbers, each counted from the shard's
     * first): the JSON need not be made to tell a shard the last build had, also under another number. Null
     * otherwise.
     */
    record Shard(int number, int firstUnit, List<ShardSpeech> speeches, List<ShardUnit> units, String made) {

        /** {"speeches": {id: [slug, title, date]}, "units": [[anchor, text], …]} from the shard's first unit. */
        Object data() {
            Map<String, Object> bySpeech = new LinkedHashMap<>();
            for (ShardSpeech s : speeches) {
                bySpeech.put(Integer.toString(s.id()), List.of(s.slug(), s.title(), s.date()));
            }
            List<Object> list = new ArrayList<>();
            for (ShardUnit u : units) {
                list.add(u == ShardUnit.SPARE ? 0 : List.of(u.anchor(), u.text()));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("speeches", bySpeech);
            m.put("units", list);
            return m;
        }
    }

    private TextShards() {
    }

    /** Where each shard goes as soon as it closes: the shards are never all held at once. */
    interface Sink {
        void shard(Shard shard) throws IOException;
    }

    /**
     * The shards of the table's units, in order. Where a shard closes depends on its own speech only, so that an
     * edit to one speech changes the shards that hold it and no others (the build then takes the others' deflated
     * text from the last build, {@link DeflatedShards}): within a speech, a shard closes after each unit that
     * takes the speech's text past a multiple of {@code bytes}; at a speech's end, when the shard has half of
     * {@code bytes} or more. A shard so holds a speech's last part alone, or with the head of the next speech when
     * that part is short: between half and one and a half times {@code bytes} unless one unit is longer, near the
     * {@code bytes} of a cut at every {@code bytes} of the whole text, since the more text a shard holds the more
     * hits fetch it.
     */
    static void cut(UnitTable table, List<Speech> speeches, int bytes, Sink sink) throws IOException {
        cut(table, speeches, bytes, Map.of(), sink);
    }

    /** {@link #cut}, each shard with what it is made from where {@code sources} has its speeches. */
    static void cut(UnitTable table, List<Speech> speeches, int bytes, Map<String, String> sources, Sink sink)
            throws IOException {
        List<ShardUnit> units = new ArrayList<>();
        wengao.text.Fingerprint made = new wengao.text.Fingerprint();
        boolean described = true;
        Map<Integer, ShardSpeech> bySpeech = new LinkedHashMap<>();
        int number = 0;
        int first = 0;
        int firstSpeech = 0;
        int previous = -1;
        long size = 0;
        long within = 0;
        for (int i = 0; i < table.units.size(); i++) {
            UnitTable.Unit u = table.units.get(i);
            if (units.isEmpty()) {
                first = u.id();
                firstSpeech = u.speech();
            } else {
                for (int spare = previous + 1; spare < u.id(); spare++) {
                    units.add(ShardUnit.SPARE);
                }
            }
            previous = u.id();
            units.add(new ShardUnit(u.unit().anchor(), u.unit().text()));
            Speech s = speeches.get(u.speech());
            if (!bySpeech.containsKey(u.speech())) {
                bySpeech.put(u.speech(), new ShardSpeech(u.speech() - firstSpeech, s.slug(), s.title(),
                        s.date() == null ? "" : s.date().display()));
                String source = sources.get(s.slug());
                described &= source != null;
                if (source != null) {
                    made.add(-1L).add(u.speech() - firstSpeech).add(table.speechStart[u.speech()] - first)
                            .add(source.length()).add(source);
                }
            }
            made.add(u.id() - first);
            long length = utf8Length(u.unit().text());
            boolean endsSpeech = i + 1 == table.units.size() || table.units.get(i + 1).speech() != u.speech();
            boolean crossed = (within + length) / bytes > within / bytes;
            size += length;
            within = endsSpeech ? 0 : within + length;
            if (crossed || (endsSpeech && size * 2 >= bytes)) {
                sink.shard(new Shard(number++, first, List.copyOf(bySpeech.values()), List.copyOf(units),
                        described ? made.hex() : null));
                units.clear();
                bySpeech.clear();
                made = new wengao.text.Fingerprint();
                described = true;
                size = 0;
            }
        }
        if (!units.isEmpty()) {
            sink.shard(new Shard(number, first, List.copyOf(bySpeech.values()), List.copyOf(units),
                    described ? made.hex() : null));
        }
    }

    /** The length of {@code text} in UTF-8, as {@link String#getBytes} gives it, without encoding it. */
    static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++; // encoded as '?', as String.getBytes does
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * {@link WireEncoder#pack Packed} raw deflate (RFC 1951, no header: what the page's {@code DecompressionStream("deflate-raw")} reads)
     * of the UTF-8 text: Chinese text is three bytes a character in UTF-8, and deflate halves it.
     */
    static String deflated(String text) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return WireEncoder.pack(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    static String name(int shard) {
        return "t/" + shard;
    }

    /**
     * Cuts and writes the shards, each deflated unless {@code kept} has it from the last build, and not written at
     * all when {@code reuse} has the last build's file of the same name and contents; returns each one's first unit,
     * ascending, for meta.js.
     */
    static int[] write(ClientFiles files, UnitTable table, List<Speech> speeches, int bytes, DeflatedShards kept,
                       PageReuse reuse, Map<String, String> sources) throws IOException {
        java.util.stream.IntStream.Builder firsts = java.util.stream.IntStream.builder();
        cut(table, speeches, bytes, sources, s -> {
            String name = name(s.number());
            // A shard told by what it is made from is not written out as JSON unless it must be deflated again.
            String json = s.made() == null ? JsonWriter.compact(s.data()) : null;
            String key = json == null ? "made " + s.made() : wengao.text.Fingerprint.of(json);
            String described = reuse.remembers() ? DeflatedShards.describe(key) : null;
            // a speech added or deleted before the shard renumbers it: the last build's file, under its new number
            if (!files.reuse(name, reuse, described) && !files.reuseMoved(name, reuse, described)) {
                files.writeNameless(name, kept.deflated(() -> json != null ? json : JsonWriter.compact(s.data()), key));
            }
            firsts.add(s.firstUnit());
        });
        return firsts.build().toArray();
    }
}
