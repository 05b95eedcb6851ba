package wengao.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import wengao.model.Section;
import wengao.model.SectionKind;
import wengao.model.Speech;

/**
 * The words of a speech's outline, as smartcn segments them: its title, headings and points (一是…), where a
 * speaker names what the speech is about. Only the outline: segmenting the whole text costs most of a build's time
 * (about 8 s of CPU at 2,000 speeches), the outline a twentieth of it. Words of one character, numbers and the
 * stock verbs of every heading (加强, 推进, 落实 …) are not words a speech is about. The words of a text the last
 * build segmented are taken from {@link OutlineWords}.
 */
final class OutlineTerms {

    private static final Set<String> STOCK = Set.of(
            "我们", "一个", "一些", "工作", "同志", "讲话", "会议", "今天", "这次", "方面", "问题", "关于", "以及", "主要", "报告", "全文", "回顾",
            "任务", "重点", "目标", "水平", "力度", "作用", "要求", "全市", "全省", "全县", "全区", "加强", "推进", "促进", "深化", "推动", "加快",
            "坚持", "持续", "强化", "扩大", "增强", "提高", "提升", "改善", "加大", "实施", "优化", "统筹", "完善", "构建", "保持", "突出", "实现",
            "巩固", "落实", "增进", "取得", "建立", "健全", "打造", "激发", "开展", "发挥", "继续", "抓好", "夯实", "聚焦", "注重", "进行", "做好",
            "抓住", "着力", "努力", "进一步", "全面", "扎实", "有效", "深入", "大力", "积极", "全力", "切实", "不断", "更加", "重要", "总体", "坚决",
            "坚定不移", "严格", "充分", "有力", "紧紧", "牢牢", "始终", "认真");

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final OutlineWords kept;

    OutlineTerms(OutlineWords kept) {
        this.kept = kept;
    }

    Map<String, Integer> of(Speech s) {
        Map<String, Integer> counts = new HashMap<>();
        add(s.title(), counts);
        add(s.body(), counts);
        s.backMatter().forEach(part -> add(part, counts));
        return counts;
    }

    private void add(Section section, Map<String, Integer> counts) {
        if (section.kind() != SectionKind.ROOT) {
            add(section.title(), counts);
        }
        for (Section child : section.sections()) {
            add(child, counts);
        }
    }

    private void add(String text, Map<String, Integer> counts) {
        for (String word : kept.of(text, this::words)) {
            counts.merge(word, 1, Integer::sum);
        }
    }

    /** The words of one text, in order: smartcn segments each text on its own, so they depend on it alone. */
    private String[] words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("outline", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String word = term.toString();
                if (isWord(word)) {
                    words.add(word);
                }
            }
            ts.end();
            return words.toArray(new String[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an analyzer over a String does no I/O
        }
    }

    static boolean isWord(String word) {
        if (word.codePointCount(0, word.length()) < 2 || STOCK.contains(word)) {
            return false;
        }
        return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
