package wengao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token table: a text, and the same text with each redaction mark found in it put in [brackets]. */
class RedactionMarksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // marks: where a name, a place, an office, a date or a count was taken out
        "***同志在会上讲话 # [***]同志在会上讲话",
        "请×××同志发言 # 请[×××]同志发言",
        "××局、××市委 # [××]局、[××]市委",
        "XX市XX县 # [XX]市[XX]县",
        "ＸＸ县 # [ＸＸ]县",
        "xx乡 # [xx]乡",
        "×机关 # [×]机关",
        "X月X日召开 # [X]月[X]日召开",
        "×月×日 # [×]月[×]日",
        "××年 # [××]年",
        "19××年参加工作 # 19[××]年参加工作",
        "第X条规定 # 第[X]条规定",
        "共查处X起 # 共查处[X]起",
        "张×同志 # 张[×]同志",
        "王*、李* # 王[*]、李[*]",
        "**镇党委 # [**]镇党委",
        "＊＊＊ # [＊＊＊]",
        "○○同志 # [○○]同志",
        "□□单位 # [□□]单位",
        "XXX还要作重要讲话 # [XXX]还要作重要讲话",
        "严厉查处×势力背后的“保护伞” # 严厉查处[×]势力背后的“保护伞”",
        "全面深化×改革 # 全面深化[×]改革",
        "今年是“×”专项斗争 # 今年是“[×]”专项斗争",
        "我陪*赴*参加全国会议 # 我陪[*]赴[*]参加全国会议",
        "明白人，*将适时组织 # 明白人，[*]将适时组织",
        "李X同志 # 李[X]同志",
        "出台*《*型执法九条》 # 出台[*]《[*]型执法九条》",
        "紧急驰援*，在中高风险地区 # 紧急驰援[*]，在中高风险地区",
        "召开2023年*党风廉政建设工作会议 # 召开2023年[*]党风廉政建设工作会议",
        // not marks: operators between numbers, letters of words, symbols of terms
        "7×24小时服务 # 7×24小时服务",
        "3×3 # 3×3",
        "1920×1080 # 1920×1080",
        "5*8小时 # 5*8小时",
        "做X光检查 # 做X光检查",
        "X射线 # X射线",
        "X线片 # X线片",
        "X86架构 # X86架构",
        "CT和X86 # CT和X86",
        "XXL码 # XXL码",
        "MAXX系列 # MAXX系列",
        "TAXI # TAXI",
        "“数据要素×”三年行动计划 # “数据要素×”三年行动计划",
        "实施“数据要素×”行动 # 实施“数据要素×”行动",
        "1+X证书制度 # 1+X证书制度",
        "*ST公司 # *ST公司",
        "重要讲话* # 重要讲话*",
        "二○○八年 # 二○○八年",
        "某某单位 # 某某单位",
        "x轴和y轴 # x轴和y轴",
        "放大3× # 放大3×",
        "“数据要素×”和“人工智能+” # “数据要素×”和“人工智能+”",
        "对的打√，错的打× # 对的打√，错的打×",
        "* 第一条 # * 第一条",
        "× # ×",
        "“415X”先进制造业集群 # “415X”先进制造业集群",
        "“1+N+X”规划体系 # “1+N+X”规划体系",
        "“4×4”现代化产业体系 # “4×4”现代化产业体系",
        "一九八○年到二○○○年 # 一九八○年到二○○○年",
    })
    void marksRedactionsAndNothingElse(String text, String expected) {
        StringBuilder out = new StringBuilder(text);
        var marks = RedactionMarks.in(text);
        for (int i = marks.size() - 1; i >= 0; i--) {
            out.insert(marks.get(i).end(), ']').insert(marks.get(i).start(), '[');
        }
        assertEquals(expected.strip(), out.toString().strip());
    }
}
