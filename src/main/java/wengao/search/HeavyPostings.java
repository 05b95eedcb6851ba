package wengao.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * {@code search/h/<hex>.js}: the postings of one heavy gram (its code longer than the layout's limit), so that a
 * bucket stays small; hex is the gram's UTF-8 bytes. The search page carries the list of heavy grams and asks for
 * this file directly; the gram is absent from its bucket.
 */
final class HeavyPostings {

    private HeavyPostings() {
    }

    static String name(String gram) {
        return "h/" + HexFormat.of().formatHex(gram.getBytes(StandardCharsets.UTF_8));
    }

    static void write(ClientFiles files, GramCode posting) throws IOException {
        files.write(name(posting.gram()), posting.code());
    }
}
