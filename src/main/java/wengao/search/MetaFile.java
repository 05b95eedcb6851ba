package wengao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.model.Speech;

/**
 * {@code search/meta.js}, what every query needs first: {"version", "units", "speeches", "buckets", "themeGroups",
 * "unitBits" (the bits of a code of rows' first unit, {@link WireEncoder#rows}), "speechStart" (each speech's first unit, {@link WireEncoder#ascending}), "headings" (each speech's heading count,
 * {@link WireEncoder#plain}), "shards" (each text shard's first unit, ascending), "years" ([year, first speech,
 * speeches] for the speeches in reading order that share a year)}.
 */
final class MetaFile {

    static final int VERSION = 3;

    record YearSpan(int year, int firstSpeech, int speeches) {
    }

    record Meta(int units, int speeches, int buckets, int themeGroups, int[] speechStart, int[] headings,
                int[] shardStart, List<YearSpan> years, int unitBits) {
    }

    private MetaFile() {
    }

    /** Consecutive speeches with the same known year; speeches without a date are in none. */
    static List<YearSpan> years(List<Speech> speeches) {
        List<YearSpan> years = new ArrayList<>();
        for (int s = 0; s < speeches.size(); ) {
            int year = year(speeches.get(s));
            int end = s;
            while (end < speeches.size() && year(speeches.get(end)) == year) {
                end++;
            }
            if (year != 0) {
                years.add(new YearSpan(year, s, end - s));
            }
            s = end;
        }
        return years;
    }

    private static int year(Speech s) {
        return s.date() == null ? 0 : s.date().year();
    }

    static void write(ClientFiles files, Meta meta) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", VERSION);
        m.put("units", meta.units());
        m.put("speeches", meta.speeches());
        m.put("buckets", meta.buckets());
        m.put("themeGroups", meta.themeGroups());
        m.put("unitBits", meta.unitBits());
        m.put("speechStart", WireEncoder.ascending(meta.speechStart()));
        m.put("headings", WireEncoder.plain(meta.headings()));
        m.put("shards", WireEncoder.ascending(meta.shardStart()));
        List<Object> years = new ArrayList<>();
        for (YearSpan y : meta.years()) {
            years.add(List.of(y.year(), y.firstSpeech(), y.speeches()));
        }
        m.put("years", years);
        files.write("meta", m);
    }
}
