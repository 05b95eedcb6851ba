package wengao.ingest;

import java.util.List;
import java.util.regex.Pattern;
import wengao.model.Problem;
import wengao.model.SpeechDate;

/** The front matter fields a speech uses, checked: a date that does not parse or a slug that is not ASCII is an error. */
record FrontMatterValues(String title, SpeechDate date, String speaker, String venue, List<String> tags, String slug) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

    static FrontMatterValues read(String path, FrontMatter fm, List<Problem> problems) {
        SpeechDate date = null;
        String rawDate = fm.first("date");
        if (rawDate != null) {
            date = DateReader.frontMatterDate(rawDate);
            if (date == null) {
                problems.add(Problem.error(path, fm.lineOf("date"), "front matter date '" + rawDate
                        + "' is not a date (write 2023-04-06, 2023年4月6日 or 2023)"));
            }
        }
        String slug = fm.first("slug");
        if (slug != null && !SLUG.matcher(slug).matches()) {
            problems.add(Problem.error(path, fm.lineOf("slug"), "front matter slug '" + slug
                    + "' must be lower-case ASCII letters, digits, - and _ (it becomes the page's URL)"));
            slug = null;
        }
        return new FrontMatterValues(blankToNull(fm.first("title")), date, blankToNull(fm.first("speaker")),
                blankToNull(fm.first("venue")), fm.all("tags"), slug);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
