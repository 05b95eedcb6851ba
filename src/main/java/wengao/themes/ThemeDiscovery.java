package wengao.themes;

import static wengao.model.ThemeOrigin.FORMULA;
import static wengao.model.ThemeOrigin.QUOTED;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wengao.model.TextUnit;
import wengao.model.ThemeOrigin;
import wengao.text.TextNormalizer;

/**
 * Proposes themes nobody curated: terms the speakers put in quotation marks, and the numbered formulas of the
 * genre (两个维护, 四种形态, 三会一课, 一岗双责). Whether a candidate becomes a theme is decided on its counts over
 * the whole corpus: it must recur in several speeches and not be on the stop list.
 */
final class ThemeDiscovery {

    private static final String NUM = "[两二三四五六七八九十]";
    private static final Pattern NOT_A_TERM = Pattern.compile(".*[。！？；：，,;:!?].*");
    private static final Pattern FORMULA_SHAPE = Pattern.compile(
            NUM + "个\\p{IsHan}{2,4}|" + NUM + "[种项大条]\\p{IsHan}{2,4}|"
                    + "[一二两三四五六七八九十双][\\p{IsHan}&&[^一二两三四五六七八九十双]][一二两三四五六七八九十双][\\p{IsHan}&&[^一二两三四五六七八九十双]]");

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

    /** A candidate term (normalized) with where discovery saw it and how it was written there. */
    static final class Candidate {
        final String term;
        ThemeOrigin origin;
        /** How many speeches quote it, and how many times they do. */
        int quotingSpeeches;
        int quoted;
        final Map<String, Integer> surfaces = new TreeMap<>();

        Candidate(String term, ThemeOrigin origin) {
            this.term = term;
            this.origin = origin;
        }

        Candidate merge(Candidate other) {
            if (other.origin == FORMULA) {
                origin = FORMULA;
            }
            quotingSpeeches += other.quotingSpeeches;
            quoted += other.quoted;
            other.surfaces.forEach((k, v) -> surfaces.merge(k, v, Integer::sum));
            return this;
        }

        /** As the speakers most often wrote it, quotes aside (两手抓、两手都要硬, not 两手抓两手都要硬). */
        String name() {
            return surfaces.entrySet().stream()
                    .max(java.util.Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                            .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(term);
        }

        /**
         * A quoted term is a theme when speakers mark it as a term: quoted in several speeches and in at least a
         * tenth of its uses (so a common word quoted twice, 人民, stays a word). A formula needs only to recur.
         */
        boolean qualifies(int mentions, int speeches, int minSpeeches) {
            if (speeches < minSpeeches || mentions < minSpeeches) {
                return false;
            }
            return origin == FORMULA || quotingSpeeches >= minSpeeches && quoted * 10 >= mentions;
        }
    }

    /** Candidate terms found in the corpus, by normalized term. */
    static Map<String, Candidate> candidates(List<List<TextUnit>> speeches) {
        // Each speech is scanned on its own (in parallel); the per-speech finds merge in speech order.
        return merge(speeches.parallelStream().map(ThemeDiscovery::candidatesOf).toList());
    }

    /**
     * The corpus's candidates from each speech's own: what a speech contributes depends on its text alone, so a
     * build can keep it. The speeches' candidates are left as they were (they may be kept for the next build).
     */
    static Map<String, Candidate> merge(List<Map<String, Candidate>> perSpeech) {
        Map<String, Candidate> found = new java.util.HashMap<>();
        for (Map<String, Candidate> m : perSpeech) {
            m.forEach((term, c) -> found.computeIfAbsent(term, t -> new Candidate(t, c.origin)).merge(c));
        }
        return new TreeMap<>(found);
    }

    /** One speech's candidates, by normalized term. */
    static Map<String, Candidate> candidatesOf(List<TextUnit> units) {
        Map<String, Candidate> found = new java.util.HashMap<>();
        for (TextUnit unit : units) {
            for (String inner : quoted(unit.text())) {
                if (NOT_A_TERM.matcher(inner).matches()) {
                    continue;
                }
                Candidate c = add(found, inner, isFormula(inner) ? FORMULA : QUOTED);
                if (c != null) {
                    c.quotingSpeeches = 1;
                    c.quoted++;
                }
            }
            FormulaScanner.scan(unit.text(), f -> add(found, f, FORMULA));
        }
        return found;
    }

    private static final String OPENING = "“「『‘\"";
    private static final String QUOTES = "“”「」『』‘’\"";

    /** The texts inside quotation marks, 1 to 24 characters with no quotation mark or line break inside. */
    static List<String> quoted(String t) {
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            if (OPENING.indexOf(t.charAt(i)) < 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.length() && j - i <= 25 && QUOTES.indexOf(t.charAt(j)) < 0 && t.charAt(j) != '\n') {
                j++;
            }
            boolean closes = j < t.length() && QUOTES.indexOf(t.charAt(j)) >= 0 && OPENING.indexOf(t.charAt(j)) < 0
                    || j < t.length() && t.charAt(j) == '"';
            if (closes && j - i - 1 >= 1 && j - i - 1 <= 24) {
                out.add(t.substring(i + 1, j));
                i = j + 1;
            } else {
                i = j > i + 1 ? j : i + 1;
            }
        }
        return out;
    }

    private static Candidate add(Map<String, Candidate> found, String surface, ThemeOrigin origin) {
        String term = TextNormalizer.normalize(surface);
        if (term.length() < 2 || term.length() > MAX_TERM || !term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return null;
        }
        Candidate c = found.computeIfAbsent(term, t -> new Candidate(t, origin));
        if (origin == FORMULA) {
            c.origin = FORMULA;
        }
        c.surfaces.merge(surface, 1, Integer::sum);
        return c;
    }

    static boolean isFormula(String text) {
        return FORMULA_SHAPE.matcher(TextNormalizer.normalize(text)).matches();
    }

    /**
     * How many speeches a discovered theme must appear in: 2, or about one in 200 speeches for a large corpus. The
     * bar moves only when the corpus doubles, so adding or deleting one speech does not re-decide every theme (and
     * re-render every page that links one).
     */
    static int minSpeeches(int corpusSize) {
        return Math.max(2, Integer.highestOneBit(Math.max(1, corpusSize / 200)));
    }
}
