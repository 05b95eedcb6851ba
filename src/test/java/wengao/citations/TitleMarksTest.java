package wengao.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Token table: a text, and the 《titles》 found in it, marks included. */
class TitleMarksTest {

    private static final String[][] CASES = {
        {"认真学习《中国共产党党内监督条例》和《准则》。", "《中国共产党党内监督条例》|《准则》"},
        {"毛泽东同志在《〈湘江评论〉创刊宣言》中写道", "《〈湘江评论〉创刊宣言》"},
        {"印发《关于学习《条例》的通知》", "《关于学习《条例》的通知》"},
        {"《 人民日报 》（2013年版）", "《 人民日报 》"},
        {"《关于构建新时代**公安特色大监督格局的意见》", "《关于构建新时代**公安特色大监督格局的意见》"},
        {"未闭合的《书名，后面还有《条例》。", "《条例》"},
        {"一个》多余的右书名号和《条例》", "《条例》"},
        {"《这不是书名。而是两句话》", ""},
        {"空的《》和只有空格的《  》", ""},
        {"没有书名号的一段话。", ""},
        {"《" + "长".repeat(TitleMarks.MAX_TITLE + 1) + "》", ""},
    };

    @Test
    void titlesAsTheTableSays() {
        List<String> failures = new ArrayList<>();
        for (String[] c : CASES) {
            List<String> found = new ArrayList<>();
            for (int[] span : TitleMarks.find(c[0])) {
                found.add(c[0].substring(span[0], span[1]));
            }
            String got = String.join("|", found);
            if (!got.equals(c[1])) {
                failures.add(c[0] + " -> " + got + " (expected " + c[1] + ")");
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void keysJoinSpellingsButKeepRedactionMarks() {
        assertEquals(TitleKey.of("党委（党组）落实全面从严治党主体责任规定"), TitleKey.of("党委(党组)落实全面从严治党主体责任规定"));
        assertEquals(TitleKey.of("中国共产党党内监督条例"), TitleKey.of(" 中国共产党 党内监督条例"));
        assertEquals(TitleKey.of("ＸＸ市办法"), TitleKey.of("XX市办法"));
        assertEquals("**市公安机关监督办法", TitleKey.of("**市公安机关监督办法"));
        assertEquals("××市公安机关监督办法", TitleKey.of("××市公安机关监督办法"));
        assertEquals("", TitleKey.of("……"));
    }
}
