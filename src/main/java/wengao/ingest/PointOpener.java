package wengao.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A numbered point at a sentence start of a flattened text ({@code 一是}, {@code 第一，}), with the family of its
 * numbering, so that 一是…二是… and 第一，…第二，… form chains of their own.
 */
record PointOpener(int position, int ordinal, String family) {

    /** The point that opens the sentence at {@code p} (the sentence starts at {@code cut}), or null. */
    static PointOpener at(String text, int cut, int p) {
        List<PointFinder.Candidate> found = PointFinder.find(text.substring(p, Math.min(text.length(), p + 80)));
        if (found.isEmpty() || found.get(0).start() != 0) {
            return null;
        }
        PointFinder.Candidate c = found.get(0);
        return new PointOpener(cut, c.ordinal(), PointFinder.family(c.label()));
    }

    /** Runs of one family numbered 1, 2, 3 … in order; a number that continues no run belongs to none. */
    static List<List<PointOpener>> chains(List<PointOpener> openers) {
        List<List<PointOpener>> out = new ArrayList<>();
        Map<String, List<PointOpener>> open = new HashMap<>();
        for (PointOpener o : openers) {
            List<PointOpener> chain = open.get(o.family);
            if (o.ordinal == 1) {
                chain = new ArrayList<>();
                open.put(o.family, chain);
                out.add(chain);
                chain.add(o);
            } else if (chain != null && chain.get(chain.size() - 1).ordinal + 1 == o.ordinal) {
                chain.add(o);
            }
        }
        out.removeIf(chain -> chain.size() < 2);
        return out;
    }
}
