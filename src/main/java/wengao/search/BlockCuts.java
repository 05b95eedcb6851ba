package wengao.search;

import java.util.BitSet;
import java.util.List;
import wengao.model.Speech;

/**
 * Which units end a block of a list of units ({@link WireEncoder#unitsWithFrequencies}): about one in
 * {@link #block}, chosen by a hash. In a build the hash is of what a unit is, its speech's slug and its place in
 * the speech, not of its number: a speech added or deleted earlier in reading order then moves a block's units
 * without moving where it ends, and an incremental export copies the block's digits ({@link PostingsReplay}). The
 * page never needs to know (it reads blocks in order).
 */
final class BlockCuts {

    /** About how many units a block holds: a power of two. */
    final int block;
    /** By unit number, whether it ends a block; null: by the number's own hash. */
    private final BitSet ends;

    private BlockCuts(int block, BitSet ends) {
        if (Integer.bitCount(block) != 1) {
            throw new IllegalArgumentException("a block must be a power of two: " + block);
        }
        this.block = block;
        this.ends = ends;
    }

    /** Cuts by each number's hash: for lists without a corpus behind them. */
    static BlockCuts byNumber(int block) {
        return new BlockCuts(block, null);
    }

    /** Cuts by each unit's speech and place in it; {@code speeches}, the table's, in its order. */
    static BlockCuts of(UnitTable table, List<Speech> speeches, int block) {
        BitSet ends = new BitSet(table.bound());
        for (int s = 0; s < speeches.size(); s++) {
            int slug = WireEncoder.mix(speeches.get(s).slug().hashCode());
            for (UnitTable.Unit u : table.of(s)) {
                int place = u.id() - table.speechStart[s];
                if ((WireEncoder.mix(slug + 0x9E3779B9 * place) & (block - 1)) == 0) {
                    ends.set(u.id());
                }
            }
        }
        return new BlockCuts(block, ends);
    }

    boolean endsBlock(int unit) {
        return ends == null ? (WireEncoder.mix(unit) & (block - 1)) == 0 : ends.get(unit);
    }
}
