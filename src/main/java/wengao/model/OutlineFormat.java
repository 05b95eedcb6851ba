package wengao.model;

/** The outline as indented text: the form of golden outline files and of {@code wengao parse}. */
public final class OutlineFormat {

    private OutlineFormat() {
    }

    public static String of(Speech speech) {
        StringBuilder out = new StringBuilder();
        for (Section section : speech.body().sections()) {
            append(out, section, 0);
        }
        for (Section section : speech.backMatter()) {
            append(out, section, 0);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, Section section, int depth) {
        out.append("  ".repeat(depth)).append(section.heading()).append('\n');
        for (Section child : section.sections()) {
            append(out, child, depth + 1);
        }
    }
}
