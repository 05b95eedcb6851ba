package wengao.model;

public enum Severity {
    WARNING("warning"),
    ERROR("error");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
