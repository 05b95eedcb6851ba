package wengao.search;

import java.util.ArrayList;
import java.util.List;
import wengao.model.Speech;
import wengao.model.TextUnit;

/**
 * Numbers the searchable units of the corpus. Speeches keep reading order; within a speech the title comes
 * first, then its headings, then the rest in document order, so that a unit's tier (title, heading, body) follows
 * from its number and the speech's heading count, which is all the browser needs to rank. Each speech has
 * {@link #room} numbers, a few more than its units: a paragraph added or taken away then moves no other speech's
 * units, and the last build's postings of the other speeches hold as they are ({@link PostingsReplay}).
 */
final class UnitTable {

    /** Numbers a speech's room is a multiple of. */
    static final int ROOM_STEP = 8;

    record Unit(int id, int speech, TextUnit unit, int tier) {
    }

    /** The units in order, numbered with gaps: a unit's number is not its place in this list. */
    final List<Unit> units = new ArrayList<>();
    /** Each speech's first unit number; the last entry is past every number. */
    final int[] speechStart;
    /** Where each speech's units start in {@link #units}; the last entry is its size. */
    final int[] speechIndex;
    final int[] headingCount;

    UnitTable(List<Speech> speeches) {
        speechStart = new int[speeches.size() + 1];
        speechIndex = new int[speeches.size() + 1];
        headingCount = new int[speeches.size()];
        int next = 0;
        for (int s = 0; s < speeches.size(); s++) {
            speechStart[s] = next;
            speechIndex[s] = units.size();
            List<TextUnit> all = speeches.get(s).textUnits();
            List<TextUnit> headings = all.stream().filter(u -> u.kind() == TextUnit.Kind.HEADING).toList();
            headingCount[s] = headings.size();
            int id = next;
            units.add(new Unit(id++, s, all.get(0), 0));
            for (TextUnit h : headings) {
                units.add(new Unit(id++, s, h, 1));
            }
            for (TextUnit u : all.subList(1, all.size())) {
                if (u.kind() != TextUnit.Kind.HEADING) {
                    units.add(new Unit(id++, s, u, 2));
                }
            }
            next += room(all.size());
        }
        speechStart[speeches.size()] = next;
        speechIndex[speeches.size()] = units.size();
    }

    /** The numbers a speech of {@code units} units takes: the next multiple of {@link #ROOM_STEP}, one spare at least. */
    static int room(int units) {
        return (units / ROOM_STEP + 1) * ROOM_STEP;
    }

    /** Above every unit number: the size of arrays indexed by unit. */
    int bound() {
        return speechStart[speechStart.length - 1];
    }

    /** The units of speech {@code s}, in number order. */
    List<Unit> of(int s) {
        return units.subList(speechIndex[s], speechIndex[s + 1]);
    }

    /** The unit numbered {@code id}, which must be one of a speech's. */
    Unit byId(int id) {
        int s = Math.min(wengao.text.Starts.pieceOf(speechStart, id), speechStart.length - 2);
        return units.get(speechIndex[s] + id - speechStart[s]);
    }

    static int tier(int unit, int speechStart, int headingCount) {
        int k = unit - speechStart;
        return k == 0 ? 0 : k <= headingCount ? 1 : 2;
    }
}
