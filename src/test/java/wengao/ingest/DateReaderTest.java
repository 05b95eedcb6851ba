package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wengao.model.SpeechDate;

class DateReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "（2023年4月6日） # 2023-04-06",
        "——2026年1月26日在广东省第十四届 # 2026-01-26",
        "——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上 # 2026-01-27",
        "——２００４年３月５日在第十届全国人民代表大会第二次会议上 # 2004-03-05",
        "——1 9 9 8 年3 月5 日在第九届全国人民代表大会第一次会议上 # 1998-03-05",
        "政府工作报告——２００９年３月５日在第十一届全国人民代表大会第二次会议上 # 2009-03-05",
        "（2024.1.15） # 2024-01-15",
        "（2024.01.15，根据录音整理） # 2024-01-15",
        "(2024/1/5) # 2024-01-05",
    })
    void readsFullDates(String text, String iso) {
        assertEquals(iso.strip(), DateReader.fullDate(text.strip()).iso());
    }

    @ParameterizedTest
    @CsvSource({"2023年2月30日", "会议于本月召开", "（2024.13.15）", "全年增长5.2.3个百分点", "（2024.1.155）"})
    void rejectsNonDates(String text) {
        assertNull(DateReader.fullDate(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"2023-04-06 # 2023-04-06", "2023-4-6 # 2023-04-06", "2023年4月6日 # 2023-04-06"})
    void readsFrontMatterDates(String text, String iso) {
        assertEquals(iso.strip(), DateReader.frontMatterDate(text.strip()).iso());
    }

    @ParameterizedTest
    @CsvSource({"2023", "'在2023年队伍廉政建设推进会上的点评讲话'"})
    void yearOnly(String text) {
        SpeechDate d = text.length() == 4 ? DateReader.frontMatterDate(text) : DateReader.yearOf(text);
        assertEquals(2023, d.year());
        assertNull(d.iso());
    }

    /** A year set before a name without 年, as reports and events are named; not a count, not part of a number. */
    @ParameterizedTest
    @CsvSource({"2017政府工作报告,2017", "'在2019中国北京世界园艺博览会开幕式上的讲话',2019", "'２０２３年度述责述廉报告',2023",
        "'国家主席习近平发表二○一六年新年贺词',2016", "'二〇二三年度述责述廉报告',2023",
        "'一九九八年政府工作报告',1998", "'二零二四年工作要点',2024", "'三五年规划',0", "'一二三四年',0",
        "'表彰2000多名先进个人',0", "'在1998个村推开',0", "'第12019号文件',0", "'3.1415926',0", "'2023',0"})
    void aYearBeforeANameWithout年(String title, int year) {
        SpeechDate d = DateReader.yearOf(title);
        assertEquals(year, d == null ? 0 : d.year(), title);
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2023-13-01", "04/06/2023"})
    void rejectsBadFrontMatterDates(String text) {
        assertNull(DateReader.frontMatterDate(text));
    }
}
