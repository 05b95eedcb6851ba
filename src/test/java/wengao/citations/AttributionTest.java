package wengao.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Token table: the words before an opening quotation mark, and who they name as speaking (- for nobody). */
class AttributionTest {

    private static final String[][] CASES = {
        {"习近平总书记强调：", "习近平总书记"},
        {"习近平总书记强调，", "习近平总书记"},
        {"维护良好的单位形象和干净的发展土壤。习近平总书记多次强调：", "习近平总书记"},
        {"习近平总书记在十九届中央纪委二次全会上强调：", "习近平总书记"},
        {"正如毛泽东同志所说：", "毛泽东同志"},
        {"是历史发展和社会进步的主体力量。正如毛泽东同志所说，", "毛泽东同志"},
        {"正如习近平总书记所指出的那样，", "习近平总书记"},
        {"改革开放初期，邓小平同志就强调：", "邓小平同志"},
        {"1992年，邓小平同志在南方谈话中说：", "邓小平同志"},
        {"19年，毛泽东同志在《〈湘江评论〉创刊宣言》中写道：", "毛泽东同志"},
        {"钱学森同志曾经说过：", "钱学森同志"},
        {"贵国诗人阿方索·雷耶斯也曾说过：", "贵国诗人阿方索·雷耶斯"},
        {"中央纪委书记深刻指出：", "中央纪委书记"},
        {"古人云：", "古人"},
        {"市委书记、市长先后强调：", "市委书记、市长"},
        {"法国总统希拉克参观之后说：", "法国总统希拉克"},
        {"该校全体学生在写给萨苏总统的感谢信中动情地说：", "该校全体学生"},
        {"邓小平同志评价说：", "邓小平同志"},
        {"尊重他人权利才能带来和平。”中国古代思想家孔子说过：", "中国古代思想家孔子"},
        {"明确指出：", "-"},
        {"确实如人们所说，", "-"},
        {"当地群众见到他们，不少人学会了用汉语说：", "-"},
        {"总统在中韩商务合作论坛演讲时，在演讲时用汉语说：", "-"},
        {"他动情地说：", "-"},
        {"我们常说：", "-"},
        {"也就是说，", "-"},
        {"可以说，", "-"},
        {"要牢固树立", "-"},
        {"提出了", "-"},
        {"会上，各部门主要负责同志围绕全市上下贯彻落实会议精神的具体举措反复说：", "-"},
    };

    @Test
    void speakersAsTheTableSays() {
        List<String> failures = new ArrayList<>();
        for (String[] c : CASES) {
            String got = Attribution.speaker(c[0]);
            String expected = c[1].equals("-") ? null : c[1];
            if (expected == null ? got != null : !expected.equals(got)) {
                failures.add(c[0] + " -> " + got + " (expected " + expected + ")");
            }
        }
        assertEquals(List.of(), failures);
    }
}
