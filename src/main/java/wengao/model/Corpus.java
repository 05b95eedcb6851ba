package wengao.model;

import java.util.List;

/** Every speech of the content folder in reading order (oldest first), and the problems met reading them. */
public record Corpus(List<Speech> speeches, List<Problem> problems) {

    public Corpus {
        speeches = List.copyOf(speeches);
        problems = List.copyOf(problems);
    }
}
