package wengao.citations;

import wengao.text.TextNormalizer;

/**
 * What makes two written titles one document: the normalized text (NFKC, lower case, letters and numbers only, as
 * matching everywhere in wengao), so 《党委（党组）…》 and 《党委(党组)…》 and 《 人民日报 》 are one; but redaction marks
 * stay as written, because 《**市…办法》 and 《××市…办法》 may stand for different places, and normalizing would drop
 * them altogether.
 */
final class TitleKey {

    private TitleKey() {
    }

    static String of(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isRedactionMark(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(TextNormalizer.normalize(title.substring(i, next)));
            }
            i = next;
        }
        return out.toString();
    }

    /** The characters redactions are written with that normalization would drop (X is a letter and stays anyway). */
    static boolean isRedactionMark(int cp) {
        return cp == '*' || cp == '＊' || cp == '×' || cp == '✕' || cp == '○' || cp == '□' || cp == '■' || cp == '●';
    }
}
