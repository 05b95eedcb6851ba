package wengao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The Lucene index seen by unit: which units contain a term and how often, computed from the gram postings
 * exactly as the browser computes it from the exported ones.
 */
final class IndexView implements AutoCloseable {

    /** Units containing a term, ascending, with the term's frequency in each. */
    record Matches(int[] units, int[] tf) {
        static final Matches NONE = new Matches(new int[0], new int[0]);

        int size() {
            return units.length;
        }
    }

    final DirectoryReader reader;
    final int[] docToUnit;
    final int[] unitToDoc;
    final int[] unitSpeech;
    final int[] unitTier;
    final int[] unitYear;
    /** Above every unit number ({@link UnitTable#room} leaves numbers no unit has). */
    private final int bound;
    /** Null when no document is deleted. Postings list deleted documents until their segment is merged away. */
    private final Bits live;

    IndexView(DirectoryReader reader) throws IOException {
        this.reader = reader;
        int max = reader.maxDoc();
        live = MultiBits.getLiveDocs(reader);
        docToUnit = values(reader, Fields.UNIT, max);
        int highest = -1;
        for (int unit : docToUnit) {
            highest = Math.max(highest, unit);
        }
        bound = highest + 1;
        unitToDoc = new int[bound];
        for (int d = 0; d < max; d++) {
            if (isLive(d)) {
                unitToDoc[docToUnit[d]] = d;
            }
        }
        unitSpeech = byUnit(values(reader, Fields.SPEECH_ID, max));
        unitTier = byUnit(values(reader, Fields.TIER, max));
        unitYear = byUnit(values(reader, Fields.YEAR, max));
    }

    /** The number of units (live documents). */
    int units() {
        return reader.numDocs();
    }

    /** Above every unit number, live or deleted: the size of arrays indexed by unit. */
    int unitBound() {
        return bound;
    }

    /** Whether document {@code d} is a unit of the index, not one an update deleted. */
    boolean isLive(int d) {
        return live == null || live.get(d);
    }

    private int[] byUnit(int[] byDoc) {
        int[] out = new int[bound];
        for (int d = 0; d < byDoc.length; d++) {
            if (isLive(d)) {
                out[docToUnit[d]] = byDoc[d];
            }
        }
        return out;
    }

    private static int[] values(DirectoryReader reader, String field, int max) throws IOException {
        int[] out = new int[max];
        NumericDocValues v = MultiDocValues.getNumericValues(reader, field);
        if (v == null) {
            if (max == 0) {
                return out;
            }
            throw new IOException("the index has no '" + field + "' values; rebuild it");
        }
        for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
            out[d] = (int) v.longValue();
        }
        return out;
    }

    /** The units whose normalized text contains {@code term}, with how often it occurs there. */
    Matches match(String term) throws IOException {
        int[] cps = term.codePoints().toArray();
        if (cps.length <= 2) {
            return prefixed(term);
        }
        List<Integer> offsets = GramCover.offsets(cps.length);
        List<int[][]> grams = new ArrayList<>();
        for (int o : offsets) {
            int[][] p = positioned(new String(cps, o, 3));
            if (p.length == 0) {
                return Matches.NONE;
            }
            grams.add(p);
        }
        return chain(grams, offsets);
    }

    /**
     * Units and frequencies of a one- or two-character term: the sum over the trigrams that begin with it, since
     * every character offset of the padded text begins exactly one trigram.
     */
    private Matches prefixed(String prefix) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.G3);
        if (terms == null) {
            return Matches.NONE;
        }
        BytesRef start = new BytesRef(prefix);
        TermsEnum te = terms.iterator();
        if (te.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return Matches.NONE;
        }
        int[] tf = new int[bound];
        PostingsEnum pe = null;
        for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, start); t = te.next()) {
            pe = te.postings(pe, PostingsEnum.FREQS);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (isLive(d)) {
                    tf[docToUnit[d]] += pe.freq();
                }
            }
        }
        int n = 0;
        for (int f : tf) {
            if (f > 0) {
                n++;
            }
        }
        int[] units = new int[n];
        int[] freqs = new int[n];
        for (int u = 0, k = 0; u < tf.length; u++) {
            if (tf[u] > 0) {
                units[k] = u;
                freqs[k++] = tf[u];
            }
        }
        return new Matches(units, freqs);
    }

    /** For a trigram: rows of {unit, position, position, …}, by unit ascending. */
    int[][] positioned(String gram) throws IOException {
        PostingsEnum pe = MultiTerms.getTermPostingsEnum(reader, Fields.G3, new BytesRef(gram), PostingsEnum.POSITIONS);
        if (pe == null) {
            return new int[0][];
        }
        List<int[]> rows = new ArrayList<>();
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            if (!isLive(d)) {
                continue;
            }
            int freq = pe.freq();
            int[] row = new int[freq + 1];
            row[0] = docToUnit[d];
            for (int i = 0; i < freq; i++) {
                row[i + 1] = pe.nextPosition();
            }
            rows.add(row);
        }
        rows.sort((a, b) -> Integer.compare(a[0], b[0]));
        return rows.toArray(new int[0][]);
    }

    /** Units where every trigram of the chain stands at its offset from one position; tf counts those positions. */
    static Matches chain(List<int[][]> grams, List<Integer> offsets) {
        int rarest = 0;
        for (int k = 1; k < grams.size(); k++) {
            if (grams.get(k).length < grams.get(rarest).length) {
                rarest = k;
            }
        }
        List<int[]> found = new ArrayList<>();
        for (int[] row : grams.get(rarest)) {
            int unit = row[0];
            int[][] rows = new int[grams.size()][];
            boolean everywhere = true;
            for (int k = 0; k < grams.size() && everywhere; k++) {
                rows[k] = k == rarest ? row : find(grams.get(k), unit);
                everywhere = rows[k] != null;
            }
            if (!everywhere) {
                continue;
            }
            int tf = 0;
            for (int i = 1; i < row.length; i++) {
                int start = row[i] - offsets.get(rarest);
                boolean all = start >= 0;
                for (int k = 0; k < grams.size() && all; k++) {
                    all = k == rarest || Arrays.binarySearch(rows[k], 1, rows[k].length, start + offsets.get(k)) >= 0;
                }
                if (all) {
                    tf++;
                }
            }
            if (tf > 0) {
                found.add(new int[] {unit, tf});
            }
        }
        int[] units = new int[found.size()];
        int[] tf = new int[found.size()];
        for (int i = 0; i < units.length; i++) {
            units[i] = found.get(i)[0];
            tf[i] = found.get(i)[1];
        }
        return new Matches(units, tf);
    }

    private static int[] find(int[][] rows, int unit) {
        int lo = 0;
        int hi = rows.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int u = rows[mid][0];
            if (u < unit) {
                lo = mid + 1;
            } else if (u > unit) {
                hi = mid - 1;
            } else {
                return rows[mid];
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
