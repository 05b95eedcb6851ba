package wengao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TouchedSpeechesTest {

    @Test
    void eachSpeechOnceAscendingAndForgottenOnClear() {
        TouchedSpeeches touched = new TouchedSpeeches(500);
        for (int b : new int[] {7, 3, 7, 499, 0, 3}) {
            touched.add(b);
        }
        assertArrayEquals(new int[] {0, 3, 7, 499}, touched.sorted());
        touched.clear();
        assertEquals(0, touched.size());
        for (int b = 499; b >= 0; b -= 2) { // more than its first list holds
            touched.add(b);
            touched.add(b);
        }
        assertEquals(250, touched.size());
        int[] sorted = touched.sorted();
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(2 * i + 1, sorted[i]);
        }
    }
}
