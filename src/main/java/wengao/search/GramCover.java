package wengao.search;

import java.util.ArrayList;
import java.util.List;

/**
 * How a term is looked up in the gram index: a term of one or two characters is the prefix of trigrams; a longer
 * term is a chain of trigrams at offsets 0, 3, 6 … and a last one ending with the term. Lengths and offsets count
 * code points. A unit contains the term exactly
 * where all trigrams of the chain stand at those distances from one position.
 */
final class GramCover {

    private GramCover() {
    }

    static List<Integer> offsets(int length) {
        List<Integer> out = new ArrayList<>();
        if (length <= 2) {
            out.add(0);
            return out;
        }
        for (int o = 0; o + 3 <= length; o += 3) {
            out.add(o);
        }
        if (out.get(out.size() - 1) + 3 < length) {
            out.add(length - 3);
        }
        return out;
    }
}
