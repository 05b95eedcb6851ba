package wengao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumberTest {

    @ParameterizedTest
    @CsvSource({"一,1", "九,9", "十,10", "十一,11", "二十,20", "二十三,23", "九十九,99", "两,2", "12,12", "１２,12",
                "十十,-1", "一二,-1", "百,-1", "'',-1", "x,-1"})
    void parses(String text, int value) {
        assertEquals(value, ChineseNumber.parse(text));
    }
}
