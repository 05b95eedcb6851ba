package wengao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The piece holding a position, empty pieces (a start repeated) passed over, against a scan. */
class StartsTest {

    @Test
    void thePieceHoldingAPositionIsTheLastThatStartsAtOrBeforeIt() {
        int[][] tables = {{0}, {0, 3, 3, 7}, {0, 0, 0, 5}, {0, 1, 2, 3, 4}, {0, 10, 20, 20, 20, 31}};
        for (int[] starts : tables) {
            for (int pos = 0; pos < starts[starts.length - 1] + 5; pos++) {
                int expected = 0;
                for (int i = 0; i < starts.length; i++) {
                    if (starts[i] <= pos) {
                        expected = i;
                    }
                }
                assertEquals(expected, Starts.pieceOf(starts, pos), java.util.Arrays.toString(starts) + " at " + pos);
            }
        }
    }
}
