package wengao.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wengao.json.JsonWriter;
import wengao.model.Mention;
import wengao.model.OutputFile;
import wengao.model.Speech;
import wengao.model.Theme;
import wengao.model.ThemeMap;

/** {@code data/themes.json}: every theme and every mention, for other tools; its field names are an interface. */
public final class ThemeDataJson {

    static final String PATH = "data/themes.json";

    private ThemeDataJson() {
    }

    /**
     * What every JSON-shaped view of a theme starts with ({@code themes.json}, {@code wengao themes --json}, the
     * lists of the theme pages), in this order; each adds its own counts. Mutable, for those additions.
     */
    public static Map<String, Object> fields(Theme t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("slug", t.slug());
        m.put("url", t.url());
        m.put("curated", t.curated());
        m.put("parent", t.parent());
        m.put("aliases", t.aliases());
        m.put("origin", t.origin().label());
        return m;
    }

    /**
     * Everything the file is written from, as {@link #of} reads it: each theme's fields and, of its mentions, what
     * the file shows. Not where a mention falls in its speech: that changes with every edit of the speech.
     */
    static String inputs(ThemeMap themes) {
        List<Object> parts = new ArrayList<>();
        for (Theme t : themes.themes()) {
            parts.add(fields(t));
            List<String> mentions = new ArrayList<>(t.mentions().size() * 3);
            for (Mention mention : t.mentions()) {
                mentions.add(mention.speech());
                mentions.add(mention.anchor());
                mentions.add(mention.text());
            }
            parts.add(mentions);
        }
        return PATH + "\n" + PageInputs.of(parts);
    }

    static OutputFile of(ThemeMap themes) {
        // One theme per line, as data/passages.json has its passages: indenting every mention doubled the file.
        StringBuilder out = new StringBuilder("[");
        String separator = "\n";
        List<Theme> sorted = new ArrayList<>(themes.themes());
        sorted.sort(java.util.Comparator.comparing(Theme::slug));
        for (Theme t : sorted) {
            Map<String, Object> m = fields(t);
            List<Object> mentions = new ArrayList<>();
            for (Mention mention : t.mentions()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("url", Speech.urlOf(mention.speech()));
                mm.put("anchor", mention.anchor());
                mm.put("text", mention.text());
                mentions.add(mm);
            }
            m.put("mentions", mentions);
            out.append(separator).append(JsonWriter.compact(m));
            separator = ",\n";
        }
        out.append("\n]\n");
        return new OutputFile(PATH, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
