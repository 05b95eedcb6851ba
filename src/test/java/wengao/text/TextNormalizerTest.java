package wengao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token table: source text and its normalized form. */
class TextNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "“酒杯一端，丢了饭碗” # 酒杯一端丢了饭碗",
        "不敢腐、不能腐、不想腐 # 不敢腐不能腐不想腐",
        "５Ｇ网络 # 5g网络",
        "二〇二六年 # 二〇二六年",
        "Hello World！ # helloworld",
        "①第一 # 1第一",
        "人工智能+ # 人工智能",
        "***同志 # 同志",
        "　全角　空格 # 全角空格",
    })
    void normalizes(String text, String expected) {
        assertEquals(expected.strip(), TextNormalizer.normalize(text.strip()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"“两个”维护 # 1 # 6", "a，b # 0 # 3"})
    void mapsBackToTheSource(String text, int from, int end) {
        NormalizedText n = NormalizedText.of(text.strip());
        assertEquals(from, n.sourceStart(0));
        assertEquals(end, n.sourceEnd(n.length()));
    }
}
