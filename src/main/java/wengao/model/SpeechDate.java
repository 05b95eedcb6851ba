package wengao.model;

/** A speech's date; month and day are 0 where only the year is known (a year in the title). */
public record SpeechDate(int year, int month, int day) implements java.io.Serializable, Comparable<SpeechDate> {

    public static SpeechDate ofYear(int year) {
        return new SpeechDate(year, 0, 0);
    }

    public boolean isFull() {
        return month > 0 && day > 0;
    }

    /** {@code yyyy-mm-dd}, or null when only the year is known. */
    public String iso() {
        return isFull() ? String.format("%04d-%02d-%02d", year, month, day) : null;
    }

    /** The date as a Chinese reader writes it: 2023年4月6日, or 2023年. */
    public String display() {
        return isFull() ? year + "年" + month + "月" + day + "日" : year + "年";
    }

    @Override
    public int compareTo(SpeechDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month, other.month);
        }
        return c != 0 ? c : Integer.compare(day, other.day);
    }
}
