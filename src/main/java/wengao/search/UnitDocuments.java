package wengao.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import wengao.model.Mention;
import wengao.model.Speech;
import wengao.model.Theme;
import wengao.model.ThemeMap;
import wengao.text.NormalizedText;

/**
 * The units of a corpus analysed for an index that cannot run wengao's analysis itself (a stock SolrCloud): the
 * numbering of {@link UnitTable}, the trigrams of {@link GramTokenStream} and the smartcn words the local index
 * gives titles, so that the remote index holds the very terms and positions of the local one.
 */
public final class UnitDocuments {

    private UnitDocuments() {
    }

    /** The unit numbers a speech of {@code units} units takes, in the local numbering ({@link UnitTable#room}). */
    public static int room(int units) {
        return UnitTable.room(units);
    }

    /** Each speech's units, speeches in reading order (the corpus order), keyed by slug. */
    public static Map<String, List<UnitDocument>> bySpeech(List<Speech> speeches, ThemeMap themes) {
        Map<String, Set<String>> unitThemes = new HashMap<>();
        for (Theme t : themes.themes()) {
            for (Mention m : t.mentions()) {
                unitThemes.computeIfAbsent(m.speech() + "#" + m.unit(), k -> new TreeSet<>()).add(t.slug());
            }
        }
        UnitTable table = new UnitTable(speeches);
        Map<String, List<UnitDocument>> out = new LinkedHashMap<>();
        try (Analyzer smartcn = new SmartChineseAnalyzer()) {
            for (int s = 0; s < speeches.size(); s++) {
                Speech speech = speeches.get(s);
                Map<String, String> paths = OutlinePaths.of(speech);
                String order = ReadingOrderKey.of(speech);
                int year = speech.date() == null ? 0 : speech.date().year();
                List<UnitDocument> docs = new ArrayList<>();
                for (UnitTable.Unit u : table.of(s)) {
                    String text = u.unit().text();
                    docs.add(new UnitDocument(speech.slug(), order, u.id() - table.speechStart[s], u.tier(),
                            speech.title(), u.unit().anchor(), paths.getOrDefault(u.unit().anchor(), ""), year,
                            List.copyOf(unitThemes.getOrDefault(speech.slug() + "#" + u.unit().index(), Set.of())),
                            text, grams(NormalizedText.of(text).text()),
                            u.tier() == 0 ? words(smartcn, text) : List.of()));
                }
                out.put(speech.slug(), docs);
            }
        }
        return out;
    }

    /** The trigrams of a normalized text, one per character offset, as the local index has them. */
    static List<String> grams(String normalized) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = new GramTokenStream(normalized)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The consecutive trigrams that say "this term, here" to a phrase query over the gram field, for a normalized
     * term of three characters or more; a shorter term is a prefix of trigrams and has none.
     */
    public static List<String> queryGrams(String term) {
        int[] cps = term.codePoints().toArray();
        List<String> out = new ArrayList<>();
        for (int o = 0; o + 3 <= cps.length; o++) {
            out.add(new String(cps, o, 3));
        }
        return out;
    }

    private static List<UnitDocument.Word> words(Analyzer smartcn, String text) {
        List<UnitDocument.Word> out = new ArrayList<>();
        try (TokenStream ts = smartcn.tokenStream(Fields.ZH, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new UnitDocument.Word(term.toString(), offset.startOffset(), offset.endOffset(),
                        increment.getPositionIncrement()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
