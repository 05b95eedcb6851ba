package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token table: paragraph text on the left, the points found (number|title, separated by ' / ') on the right. */
class PointFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "一是强化政治意识，思想政治根基更加牢固。始终把党的政治建设摆在首位。 # 一是|强化政治意识，思想政治根基更加牢固",
        "要求如下。一要严守政治纪律。要把忠诚可靠作为最高政治纪律。二要严守组织纪律。 # 一要|严守政治纪律 / 二要|严守组织纪律",
        "做到“四不”，一是不搭“小天线”乱拉关系，二是不拿“小意思”收受钱物、三是不搞“小吃喝” # 一是|不搭“小天线”乱拉关系 / 二是|不拿“小意思”收受钱物 / 三是|不搞“小吃喝”",
        "第一，提高认识。第二，狠抓落实。 # 第一，|提高认识 / 第二，|狠抓落实",
        "十一是下足绣花功夫，提升超大城市治理效能。 # 十一是|下足绣花功夫，提升超大城市治理效能",
        "一是要深入自我检视，建立自查自纠机制。 # 一是要|深入自我检视，建立自查自纠机制",
        "统一是前提，也是基础。 # ",
        "做到一是一、二是二。 # ",
        "这是第一要务，要抓紧抓好。 # ",
        "党支部书记要当好第一责任人。 # ",
        "把一要求落实到位。 # ",
        "全年增长4.8%，第一、第三产业增加值分别增长2.5%、3.9%。 # ",
        "第一、坚持党的领导。第二、坚持人民至上。 # 第一、|坚持党的领导 / 第二、|坚持人民至上",
    })
    void findsPoints(String text, String expected) {
        List<PointFinder.Candidate> found = PointFinder.find(text.strip());
        String actual = found.stream().map(c -> c.label() + "|" + c.title()).collect(Collectors.joining(" / "));
        assertEquals(expected == null ? "" : expected.strip(), actual);
    }
}
