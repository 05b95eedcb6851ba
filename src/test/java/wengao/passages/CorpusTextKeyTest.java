package wengao.passages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.TestFiles;
import wengao.ingest.CorpusReader;
import wengao.model.Speech;
import wengao.model.TextUnit;
import wengao.text.Fingerprint;

/**
 * A speech's key is the fingerprint of its slug and of each passage unit's index, anchor and words, the words read
 * as {@link Fingerprint#add(CharSequence)} reads them (UTF-16 code units, little-endian), whatever their length.
 */
class CorpusTextKeyTest {

    @Test
    void theKeyIsTheFingerprintOfTheUnitsAsTextReadsThem() {
        List<Speech> speeches = CorpusReader.read(TestFiles.seeds()).speeches();
        assertFalse(speeches.isEmpty());
        List<List<TextUnit>> units = CorpusText.units(speeches);
        boolean longUnit = false;
        for (int s = 0; s < speeches.size(); s++) {
            Fingerprint f = new Fingerprint();
            String slug = speeches.get(s).slug();
            f.add(slug).add(slug.length());
            f.add(units.get(s).size());
            for (TextUnit u : units.get(s)) {
                f.add(u.index()).add(u.anchor()).add(u.anchor().length()).add(u.text()).add(u.text().length());
                longUnit |= u.text().length() > 256; // past the first buffer
            }
            String hex = f.hex();
            long[] expected = {HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32)};
            assertArrayEquals(expected, CorpusText.key(speeches.get(s), units.get(s)), slug);
            assertArrayEquals(expected, CorpusText.of(speeches).key(s), slug);
        }
        assertTrue(longUnit, "a unit longer than the first buffer");
    }
}
