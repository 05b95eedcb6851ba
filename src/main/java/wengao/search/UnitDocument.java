package wengao.search;

import java.util.List;

/**
 * One unit as an index outside this JVM stores it, analysed here: the same stored values as the local Lucene
 * document, the exact-match trigrams ({@code grams}, one per character offset, so a gram's place in the list is
 * its position), and smartcn's words of a title ({@code words}; empty below the title). {@code order} sorts speeches
 * in reading order as plain text; {@code position} is the unit's number within its speech (the title is 0).
 */
public record UnitDocument(String speech, String order, int position, int tier, String title, String anchor,
                           String path, int year, List<String> themes, String text, List<String> grams,
                           List<Word> words) {

    /** A smartcn token: its text, its [start, end) in the unit's text, and its position increment. */
    public record Word(String term, int start, int end, int increment) {
    }

    public UnitDocument {
        themes = List.copyOf(themes);
        grams = List.copyOf(grams);
        words = List.copyOf(words);
    }
}
