package wengao.model;

import java.util.List;

/** The shared passages of a corpus, most widely used first (stock phrases among them, flagged). */
public record PassageMap(List<SharedPassage> passages) {

    public PassageMap {
        passages = List.copyOf(passages);
    }

    public static final PassageMap EMPTY = new PassageMap(List.of());
}
