package wengao.themes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.TextUnit;
import wengao.text.TextNormalizer;

/**
 * Proposes themes nobody curated: terms the speakers put in quotation marks, and the numbered formulas of the
 * genre (两个维护, 四种形态, 三会一课, 一岗双责). Whether a candidate becomes a theme is decided on its counts over
 * the whole corpus: it must recur in several speeches and not be on the stop list.
 */
final class ThemeDiscovery {

    static final String QUOTED = "quoted";
    static final String FORMULA = "formula";

    private static final Pattern QUOTED_TERM = Pattern.compile("[“「『‘\"]([^“”「」『』‘’\"\\n]{1,24})[”」』’\"]");
    private static final String NUM = "[两二三四五六七八九十]";
    /** A formula starts a number: 二十大精神 holds no formula 十大精神, 十九届二中全会 no 九届二中. */
    private static final String BEFORE = "(?<![一二两三四五六七八九十百千第〇零])";
    private static final String AFTER = "(?=$|[^\\p{IsHan}]|[的和与及等])";
    private static final Pattern COUNTED = Pattern.compile(BEFORE + "(?:" + NUM + "个\\p{IsHan}{2}|" + NUM + "[种项大条]\\p{IsHan}{2})" + AFTER);
    private static final Pattern PAIRED = Pattern.compile(BEFORE + "[一二两三四五六七八九十双][\\p{IsHan}&&[^一二两三四五六七八九十双届]][一二两三四五六七八九十双][\\p{IsHan}&&[^一二两三四五六七八九十双]]");
    private static final Pattern FORMULA_SHAPE = Pattern.compile(
            NUM + "个\\p{IsHan}{2,4}|" + NUM + "[种项大条]\\p{IsHan}{2,4}|" + PAIRED.pattern().substring(BEFORE.length()));

    /** Phrases with a number in them that are ordinary language, not formulas. */
    static final Set<String> BUILT_IN_STOP = Set.of(
            "一个时期", "一言一行", "一举一动", "一心一意", "一点一滴", "一朝一夕", "一时一事", "一年一度", "一模一样",
            "一草一木", "一针一线", "一生一世", "一问一答", "一字一句", "一张一弛", "一唱一和", "一来一往", "一上一下",
            "三心二意", "三番五次", "三令五申", "四面八方", "七嘴八舌", "七上八下", "五湖四海", "三言两语", "三三两两",
            "两个方面", "三个方面", "四个方面", "五个方面", "几个方面", "两个阶段", "三个阶段", "两个问题", "三个问题",
            "一线", "第一", "第二", "第三");
    private static final int MAX_TERM = 12;

    private ThemeDiscovery() {
    }

    /** Candidate terms (normalized) found in the corpus, each with its origin; formulas win over plain quotes. */
    static Map<String, String> candidates(List<List<TextUnit>> speeches) {
        Map<String, String> found = new TreeMap<>();
        for (List<TextUnit> units : speeches) {
            for (TextUnit unit : units) {
                Matcher q = QUOTED_TERM.matcher(unit.text());
                while (q.find()) {
                    String inner = q.group(1);
                    if (inner.matches(".*[。！？；：，,;:!?].*")) {
                        continue;
                    }
                    add(found, TextNormalizer.normalize(inner), isFormula(inner) ? FORMULA : QUOTED);
                }
                for (Pattern p : List.of(COUNTED, PAIRED)) {
                    Matcher f = p.matcher(unit.text());
                    while (f.find()) {
                        add(found, TextNormalizer.normalize(f.group()), FORMULA);
                    }
                }
            }
        }
        return found;
    }

    private static void add(Map<String, String> found, String term, String origin) {
        if (term.length() < 2 || term.length() > MAX_TERM || !term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return;
        }
        found.merge(term, origin, (a, b) -> a.equals(FORMULA) || b.equals(FORMULA) ? FORMULA : QUOTED);
    }

    static boolean isFormula(String text) {
        return FORMULA_SHAPE.matcher(TextNormalizer.normalize(text)).matches();
    }

    /** How many speeches a discovered theme must appear in: 2, or one in 200 speeches for a large corpus. */
    static int minSpeeches(int corpusSize) {
        return Math.max(2, (corpusSize + 199) / 200);
    }
}
