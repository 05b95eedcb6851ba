package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token table: a line, and the heading read from it as level|ordinal|label|title|terminator|body. */
class HeadingLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "一、强化政治思想，筑牢忠诚底线 # 1|1|一、|强化政治思想，筑牢忠诚底线||",
        "一、2025年工作回顾 # 1|1|一、|2025年工作回顾||",
        "一、一年来工作回顾 # 1|1|一、|一年来工作回顾||",
        "十二、加强政府自身建设 # 1|12|十二、|加强政府自身建设||",
        "（一）思想政治教育再加力。一是加强理想信念教育。 # 2|1|（一）|思想政治教育再加力|。|一是加强理想信念教育。",
        "(三)抓实集中排查 # 2|3|(三)|抓实集中排查||",
        "1.通过以工代赈发放劳务报酬 # 3|1|1.|通过以工代赈发放劳务报酬||",
        "（2）完善制度 # 3|2|（2）|完善制度||",
        "第一个问题：深刻认识重大意义 # 0|1|第一个问题：|深刻认识重大意义||",
        "第三个问题，关于压实责任。各级党组织要担起责任。 # 0|3|第三个问题，|关于压实责任|。|各级党组织要担起责任。",
        "第二部分 今年的主要任务 # 0|2|第二部分 |今年的主要任务||",
        "第十部分：附则 # 0|10|第十部分：|附则||",
        "第一讲 深刻领会大会主题 # 0|1|第一讲 |深刻领会大会主题||",
        "第三章：坚持人民至上 # 0|3|第三章：|坚持人民至上||",
        "二 # 1|2|二|||",
        "一．提高政治站位 # 1|1|一．|提高政治站位||",
        "三.压实工作责任 # 1|3|三.|压实工作责任||",
        "①明确任务。细化到人。 # 3|1|①|明确任务|。|细化到人。",
        "⑫加强考核 # 3|12|⑫|加强考核||",
    })
    void readsHeadings(String line, String expected) {
        HeadingLine h = HeadingLine.parse(line.strip());
        assertEquals(expected.strip(), h.level() + "|" + h.ordinal() + "|" + h.label() + "|" + h.title() + "|"
                + h.terminator() + "|" + h.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"一、二等奖各一名", "2.5", "1、2月份完成", "（", "一、", "同志们：", "第一部分为总论", "第一个问题是什么", "一些", "一.5倍", "第一章规定了总则"})
    void rejectsNonHeadings(String line) {
        assertNull(HeadingLine.parse(line));
    }
}
