package wengao.themes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wengao.model.TextUnit;
import wengao.model.ThemeOrigin;

/**
 * The compact form of what detection keeps of one speech: its discovery candidates, and its resolved matches as
 * numbers (unit, start, length, term) from which the strings are taken out of the speech's units again. Numbers are
 * written in as few bytes as they need. Reading what does not fit the speech (a damaged file) throws
 * {@link IOException}: the speech is then read again.
 */
final class KeptFindings {

    private static final ThemeOrigin[] ORIGINS = ThemeOrigin.values();

    private KeptFindings() {
    }

    static byte[] candidates(Map<String, ThemeDiscovery.Candidate> candidates) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 + 32 * candidates.size());
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            number(out, candidates.size());
            for (ThemeDiscovery.Candidate c : candidates.values()) {
                out.writeUTF(c.term);
                out.writeByte(c.origin.ordinal());
                number(out, c.quotingSpeeches);
                number(out, c.quoted);
                number(out, c.surfaces.size());
                for (Map.Entry<String, Integer> s : c.surfaces.entrySet()) {
                    out.writeUTF(s.getKey());
                    number(out, s.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static Map<String, ThemeDiscovery.Candidate> candidates(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        int n = number(in);
        Map<String, ThemeDiscovery.Candidate> out = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String term = in.readUTF();
            int origin = in.readByte();
            if (origin < 0 || origin >= ORIGINS.length) {
                throw new IOException("no origin " + origin);
            }
            ThemeDiscovery.Candidate c = new ThemeDiscovery.Candidate(term, ORIGINS[origin]);
            c.quotingSpeeches = number(in);
            c.quoted = number(in);
            int surfaces = number(in);
            for (int k = 0; k < surfaces; k++) {
                c.surfaces.put(in.readUTF(), number(in));
            }
            out.put(term, c);
        }
        end(in);
        return out;
    }

    /** The matches of a speech (in unit order, as a scan gives them) with the positions of their units in it. */
    static byte[] found(List<Found> found, List<TextUnit> units) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 + 5 * found.size());
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            number(out, found.size());
            int at = 0;
            int previousAt = 0;
            for (Found f : found) {
                while (units.get(at).index() != f.unit()) {
                    at++;
                }
                number(out, at - previousAt);
                number(out, f.start());
                number(out, f.end() - f.start());
                number(out, f.term());
                previousAt = at;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /**
     * The matches {@link #found(List, List)} wrote, their terms renumbered by {@code renumber} (old id to new, or
     * -1 for a term gone; null when the numbers stand); null when a term is gone, since the speech must then be
     * scanned again.
     */
    static List<Found> found(byte[] bytes, List<TextUnit> units, int[] renumber, int terms) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        int n = number(in);
        int[] offsets = new int[units.size() + 1];
        for (int u = 0; u < units.size(); u++) {
            offsets[u + 1] = offsets[u] + units.get(u).text().length();
        }
        int total = Math.max(1, offsets[units.size()]);
        List<Found> out = new ArrayList<>(n);
        int at = 0;
        for (int i = 0; i < n; i++) {
            at += number(in);
            int start = number(in);
            int end = start + number(in);
            int term = number(in);
            if (renumber != null) {
                if (term >= renumber.length) {
                    throw new IOException("no term " + term);
                }
                term = renumber[term];
                if (term < 0) {
                    return null;
                }
            }
            if (at >= units.size() || end > units.get(at).text().length() || term >= terms) {
                throw new IOException("a match outside its speech");
            }
            TextUnit unit = units.get(at);
            double position = Math.round(1000.0 * (offsets[at] + start) / total) / 1000.0;
            out.add(new Found(unit.index(), unit.anchor(), start, end, term, unit.text().substring(start, end), position));
        }
        end(in);
        return out;
    }

    private static void end(DataInputStream in) throws IOException {
        if (in.read() != -1) {
            throw new IOException("bytes after the end");
        }
    }

    /** A number that is not negative, seven bits a byte. */
    private static void number(DataOutputStream out, int n) throws IOException {
        while ((n & ~0x7f) != 0) {
            out.writeByte(n & 0x7f | 0x80);
            n >>>= 7;
        }
        out.writeByte(n);
    }

    private static int number(DataInputStream in) throws IOException {
        int n = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            n |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                if (n < 0) {
                    throw new IOException("a negative number");
                }
                return n;
            }
        }
        throw new IOException("a number too long");
    }
}
