package wengao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import wengao.model.Theme;
import wengao.model.ThemeMap;

/**
 * The theme filter: {@code search/themes.js} lists [slug, name, speeches] by speeches, most first (the menu);
 * {@code search/th/<group>.js} maps each slug of its group (FNV-1a of the slug modulo the group count in meta.js)
 * to the ascending ids of the speeches that mention the theme, read from the index's theme field. Groups, not a
 * file per theme: a corpus has hundreds of themes of a few dozen bytes each.
 */
final class ThemeShards {

    /** Themes per group file, about. */
    static final int GROUP = 32;

    record ThemeSpeeches(String slug, String name, int[] speeches) {
    }

    private ThemeShards() {
    }

    /** The themes that some live unit mentions, with the speeches that mention them. */
    static List<ThemeSpeeches> read(IndexView view, ThemeMap themes) throws IOException {
        List<ThemeSpeeches> out = new ArrayList<>();
        for (Theme t : themes.themes()) {
            PostingsEnum pe = MultiTerms.getTermPostingsEnum(view.reader, Fields.THEMES, new BytesRef(t.slug()), PostingsEnum.NONE);
            BitSet speeches = new BitSet();
            if (pe != null) {
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (view.isLive(d)) {
                        speeches.set(view.unitSpeech[view.docToUnit[d]]);
                    }
                }
            }
            if (!speeches.isEmpty()) {
                out.add(new ThemeSpeeches(t.slug(), t.name(), speeches.stream().toArray()));
            }
        }
        return out;
    }

    static int groups(int themes) {
        return Math.max(1, (themes + GROUP - 1) / GROUP);
    }

    static String name(int group) {
        return "th/" + Integer.toHexString(group);
    }

    /** Writes themes.js and the group files; returns the group count. */
    static int write(ClientFiles files, List<ThemeSpeeches> themes) throws IOException {
        int groups = groups(themes.size());
        List<Map<String, Object>> byGroup = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            byGroup.add(new LinkedHashMap<>());
        }
        for (ThemeSpeeches t : themes) {
            byGroup.get(PostingsBuckets.bucket(t.slug(), groups)).put(t.slug(), WireEncoder.ascending(t.speeches()));
        }
        for (int g = 0; g < groups; g++) {
            files.write(name(g), byGroup.get(g));
        }
        List<ThemeSpeeches> menu = new ArrayList<>(themes);
        menu.sort(Comparator.comparingInt((ThemeSpeeches t) -> -t.speeches().length));
        List<Object> list = new ArrayList<>();
        for (ThemeSpeeches t : menu) {
            list.add(List.of(t.slug(), t.name(), t.speeches().length));
        }
        files.write("themes", list);
        return groups;
    }
}
