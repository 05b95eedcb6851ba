package wengao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Token table: a URL as flexmark hands it over (backslash escapes and complete character references already
 * decoded; {@code \t}, {@code \n} and {@code \0} stand for those characters), the scheme read from it ("" for
 * a relative URL), and whether it may be a link.
 */
class UrlAllowListTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://www.gov.cn/                 | https      | true",
        "HTTP://EXAMPLE.ORG/a:b              | http       | true",
        "mailto:office@example.org           | mailto     | true",
        "other.html#s1-p2                    | ''         | true",
        "#s0-p1                              | ''         | true",
        "./a:b.html                          | ''         | true",
        "../speeches/x.html?q=1:2            | ''         | true",
        "//example.org/x                     | ''         | true",
        "''                                  | ''         | true",
        "路径/文件：一.html                    | ''         | true",
        "JaVaScRiPt:alert(1)                 | javascript | false",
        "javascript:alert(1)                 | javascript | false",
        "jav&#x61;script:alert(2)            | javascript | false",
        "jav&#X61script:alert(2)             | javascript | false",
        "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1) | javascript | false",
        "javascript&colon;alert(4)           | javascript | false",
        "javascript&COLON;alert(4)           | javascript | false",
        "javascript&colonalert(4)            | javascript | false",
        "java&Tab;script:x                   | javascript | false",
        "java&NewLine;script:x               | javascript | false",
        "java%73cript:x                      | javascript | false",
        "javascript%3Ax                      | javascript | false",
        "java%2573cript:x                    | javascript | false",
        "java&amp;#x73;cript:x               | javascript | false",
        "java\\tscript:x                     | javascript | false",
        "java\\nscript:x                     | javascript | false",
        "java\\0script:x                     | javascript | false",
        "'   javascript:x'                   | javascript | false",
        "\\0\\tjavascript:x                  | javascript | false",
        "java\u200bscript:x                  | javascript | false",
        "vbscript:msgbox(1)                  | vbscript   | false",
        "data:text/html;base64,PHNjcmlwdD4=  | data       | false",
        "DATA:image/svg+xml,x                | data       | false",
        "file:///etc/passwd                  | file       | false",
        ":alert(1)                           | :          | false",
    })
    void readsTheSchemeAsABrowserWouldAndAllowsOnlyHttpHttpsMailtoAndRelative(String url, String scheme, boolean allowed) {
        String u = url.replace("\\t", "\t").replace("\\n", "\n").replace("\\0", "\0");
        assertEquals(scheme, UrlAllowList.schemeOf(u));
        assertEquals(allowed, UrlAllowList.allows(u));
    }
}
