package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import wengao.model.SourceFile;
import wengao.model.Speech;

/** The speaker and venue of a report's subtitle that names both, in the forms report editions print it. */
class OccasionLineTest {

    private static Speech parse(String subtitle) {
        return SpeechParser.parse(new SourceFile("r.txt", "2025年某某省政府工作报告\n" + subtitle + "\n各位代表：\n"
                + "现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2024年工作回顾\n过去一年，极不平凡。\n", "UTF-8")).speech();
    }

    private static void assertSpeakerAndVenue(String speaker, String venue, String subtitle) {
        Speech s = parse(subtitle);
        assertEquals(speaker, s.speaker(), subtitle);
        assertEquals(venue, s.venue(), subtitle);
        assertEquals(java.util.List.of(subtitle), s.titleLines(), "the line stays in the title block");
    }

    @Test
    void theSpeakerAfterTheVenueWhoMadeTheReport() {
        assertSpeakerAndVenue("北京市市长 殷勇", "北京市第十六届人民代表大会第三次会议",
                "2025年1月14日在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇同志作政府工作报告。");
        assertSpeakerAndVenue("山东省省长 周乃翔", "山东省第十四届人民代表大会第三次会议",
                "2025年1月20日在山东省第十四届人民代表大会第三次会议上山东省省长周乃翔作政府工作报告");
        assertSpeakerAndVenue("安徽省人民政府省长 王清宪", "安徽省第十四届人民代表大会第三次会议",
                "2025年1月20日在安徽省第十四届人民代表大会第三次会议上安徽省人民政府省长\u00a0王清宪作政府工作报告");
        assertSpeakerAndVenue("浙江省代省长 刘捷", "浙江省第十四届人民代表大会第三次会议",
                "2025年1月14日在浙江省第十四届人民代表大会第三次会议上浙江省代省长刘捷作政府工作报告");
    }

    @Test
    void theSpeakerBeforeTheVenueNameFirstOrOfficeFirst() {
        assertSpeakerAndVenue("市长 龚正", "上海市第十六届人民代表大会第三次会议",
                "----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告");
        assertSpeakerAndVenue("海南省省长 刘小明", "海南省第七届人民代表大会第四次会议",
                "——2025年1月14日海南省省长 刘小明在海南省第七届人民代表大会第四次会议上的讲话");
        assertSpeakerAndVenue("自治区人民政府主席 王莉霞", "内蒙古自治区第十四届人民代表大会第三次会议",
                "——2025年1月14日自治区人民政府主席王莉霞在内蒙古自治区第十四届人民代表大会第三次会议上的讲话");
    }

    @Test
    void anOccasionWithoutAnOfficeAndANameNamesNoSpeaker() {
        assertNull(parse("——2025年1月14日在庆祝全国人民代表大会成立70周年大会上的讲话").speaker());
        assertNull(parse("2025年1月14日在省第十四届人民代表大会第三次会议上作政府工作报告").speaker(), "no one named");
        assertEquals("青海省第十四届人民代表大会第三次会议", parse("——2025年1月19日在青海省第十四届 人民代表大会第三次会议上").venue(),
                "a justified line's space is no part of the venue");
        assertEquals("青海省第十四届人民代表大会第三次会议",
                parse("2025年1月19日在青海省第十四届 人民代表大会第三次会议上代省长罗东川作政府工作报告").venue(), "nor where the line names the speaker");
    }
}
