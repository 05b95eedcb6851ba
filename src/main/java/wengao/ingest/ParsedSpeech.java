package wengao.ingest;

import java.util.List;
import wengao.model.Problem;
import wengao.model.Speech;

/** A speech as one file yields it (its slug not yet checked against the others), with the file's problems. */
record ParsedSpeech(Speech speech, List<Problem> problems) {
}
