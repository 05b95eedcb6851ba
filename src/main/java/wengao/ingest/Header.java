package wengao.ingest;

import java.util.List;
import wengao.model.DroppedLine;
import wengao.model.Problem;
import wengao.model.SpeechDate;

/**
 * What stands before the body of a plain-text speech: the title and the lines of its title block, the
 * salutation, kept preamble lines and dropped boilerplate. {@code bodyStart} indexes the first body line;
 * {@code firstBodyText} is body text that shared the salutation's line (同志们：今天…), or null; {@code headline} is
 * the web page's headline when the title is not it (or was read out of it), else null.
 */
record Header(String title, String headline, int titleLine, List<String> titleLines, List<String> preamble, String salutation,
              int bodyStart, String firstBodyText, int firstBodyLine, SpeechDate date, String speaker, String venue,
              List<DroppedLine> dropped, List<Problem> problems) {
}
