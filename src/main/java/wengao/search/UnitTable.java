package wengao.search;

import java.util.ArrayList;
import java.util.List;
import wengao.model.Speech;
import wengao.model.TextUnit;

/**
 * Numbers the searchable units of the corpus. Speeches keep reading order; within a speech the title comes
 * first, then its headings, then the rest in document order, so that a unit's tier (title, heading, body) follows
 * from its number and the speech's heading count, which is all the browser needs to rank.
 */
final class UnitTable {

    record Unit(int id, int speech, TextUnit unit, int tier) {
    }

    final List<Unit> units = new ArrayList<>();
    final int[] speechStart;
    final int[] headingCount;

    UnitTable(List<Speech> speeches) {
        speechStart = new int[speeches.size() + 1];
        headingCount = new int[speeches.size()];
        for (int s = 0; s < speeches.size(); s++) {
            speechStart[s] = units.size();
            List<TextUnit> all = speeches.get(s).textUnits();
            List<TextUnit> headings = all.stream().filter(u -> u.kind() == TextUnit.Kind.HEADING).toList();
            headingCount[s] = headings.size();
            units.add(new Unit(units.size(), s, all.get(0), 0));
            for (TextUnit h : headings) {
                units.add(new Unit(units.size(), s, h, 1));
            }
            for (TextUnit u : all.subList(1, all.size())) {
                if (u.kind() != TextUnit.Kind.HEADING) {
                    units.add(new Unit(units.size(), s, u, 2));
                }
            }
        }
        speechStart[speeches.size()] = units.size();
    }

    static int tier(int unit, int speechStart, int headingCount) {
        int k = unit - speechStart;
        return k == 0 ? 0 : k <= headingCount ? 1 : 2;
    }
}
