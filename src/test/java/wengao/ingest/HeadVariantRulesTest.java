package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wengao.model.DroppedLine;
import wengao.model.SourceFile;
import wengao.model.Speech;

/**
 * Title blocks in the shapes web copies give them besides the corpus's own (found by {@link SpeechVariantsTest}): a
 * head flattened without any separator, a title run into its occasion line, a text whose title line is missing,
 * page furniture between a title and its occasion line.
 */
class HeadVariantRulesTest {

    /** Enough sentences that a line holding them and its head is a flattened text. */
    private static final String BODY = "今天，我们在这里集会，庆祝这个重要的日子。首先，我代表党中央，向大家表示热烈的祝贺！"
            + "近代以来，一代又一代人追寻民族复兴的梦想，走过了不平凡的道路。我们要继承光荣传统，坚定理想信念，努力工作。"
            + "实践证明，只要团结一心，就没有克服不了的困难。希望大家珍惜时光，勤奋学习，在实践中增长才干，为国家作出贡献。"
            + "让我们携起手来，共同创造更加美好的未来，为实现我们的目标而不懈奋斗。我们要坚持改革开放，推动高质量发展。"
            + "我们要始终把人民放在心中最高的位置，一切为了人民，一切依靠人民，不断满足人民对美好生活的向往。"
            + "青年是国家的希望，民族的未来。广大青年要把个人的理想追求同国家的前途命运紧紧联系在一起，在奋斗中实现人生价值。"
            + "发展是解决一切问题的基础和关键。我们要坚定不移走自己的路，集中精力办好自己的事情，推动经济社会持续健康发展。"
            + "我们要加强交流合作，增进相互了解，让友谊之树根深叶茂，让合作之果更加丰硕。谢谢大家！";

    private static Speech parse(String text) {
        return SpeechParser.parse(new SourceFile("speech-1.txt", text, "UTF-8")).speech();
    }

    private static String reasonOf(Speech s, String text) {
        return s.dropped().stream().filter(d -> d.text().strip().equals(text)).map(DroppedLine::reason).findFirst().orElse(null);
    }

    @Test
    void aHeadFlattenedWithoutSeparatorsComesApartAtItsDateLineSpeakerAndSalutation() {
        Speech s = parse("在俄罗斯中国旅游年开幕式上的致辞（２０１３年３月２２日，莫斯科）中华人民共和国主席　习近平尊敬的普京总统，女士们，先生们，朋友们："
                + BODY + "\n");
        assertEquals("在俄罗斯中国旅游年开幕式上的致辞", s.title());
        assertEquals("2013-03-22", s.date().iso());
        assertEquals(List.of("（２０１３年３月２２日，莫斯科）", "中华人民共和国主席　习近平"), s.titleLines());
        assertTrue(s.salutation().startsWith("尊敬的普京总统，"), s.salutation());
        Speech chinese = parse("在墨西哥参议院的演讲（二○一三年六月五日，墨西哥城）各位议员，朋友们：" + BODY + "\n");
        assertEquals("在墨西哥参议院的演讲", chinese.title());
        assertEquals("2013-06-05", chinese.date().iso());
    }

    @Test
    void thePagesPublicationLineInAFlattenedHeadIsDroppedAndDatesNothing() {
        Speech s = parse("习近平在欧美同学会成立100周年庆祝大会上的讲话（2013年10月21日）2013年10月22日08:04   来源：人民网－人民日报同志们，朋友们："
                + BODY + "\n");
        assertEquals("2013-10-21", s.date().iso());
        assertEquals(Boilerplate.SOURCE, reasonOf(s, "2013年10月22日08:04   来源：人民网－人民日报"));
        Speech sourceFirst = parse("——在二十国集团领导人峰会上的发言（二〇一三年九月五日，俄罗斯圣彼得堡）中华人民共和国主席　习近平"
                + "2013年09月06日08:05   来源：人民网－人民日报尊敬的普京总统，各位同事：" + BODY + "\n");
        assertEquals("2013-09-05", sourceFirst.date().iso());
        assertEquals("中华人民共和国主席 习近平", sourceFirst.speaker());
    }

    @Test
    void furnitureRunIntoTheLastSentenceOfAFlattenedPageIsCutOutAndDropped() {
        Speech s = parse("尊敬的各位同事：" + BODY + "标签：上海 成员国 观察员(原标题：习近平在峰会讲话：弘扬上海精神 促进共同发展)\n");
        assertTrue(reasonOf(s, "标签：上海 成员国 观察员(原标题：习近平在峰会讲话：弘扬上海精神 促进共同发展)") != null, () -> "" + s.dropped());
        Speech original = parse("尊敬的各位同事：" + BODY + "（谢谢！）(原标题：习近平在国会发表演讲：携手建设命运共同体)\n");
        assertEquals(NewsFurniture.ORIGINAL_HEADLINE, reasonOf(original, "(原标题：习近平在国会发表演讲：携手建设命运共同体)"));
        assertTrue(SpeechText.kept(s).endsWith("谢谢大家！"), SpeechText.kept(s));
    }

    @Test
    void aTitleRunIntoItsOccasionLineIsSplitButASpeakersHeadlineIsNot() {
        assertEquals(List.of("共同谱写中非人民友谊新篇章", "在刚果共和国议会的演讲"), JoinedTitleLines.pieces("共同谱写中非人民友谊新篇章在刚果共和国议会的演讲"));
        assertEquals(List.of("习近平：共同创造亚洲和世界的美好未来", "在博鳌亚洲论坛2013年年会上的主旨演讲"),
                JoinedTitleLines.pieces("习近平：共同创造亚洲和世界的美好未来在博鳌亚洲论坛2013年年会上的主旨演讲"));
        assertEquals(1, JoinedTitleLines.pieces("习近平在欧美同学会成立100周年庆祝大会上的讲话").size());
        assertEquals(1, JoinedTitleLines.pieces("国务院总理李克强在全国人大会议上的讲话").size());
        assertEquals(1, JoinedTitleLines.pieces("关于在全党深入开展教育实践活动的讲话").size());
    }

    @Test
    void anOccasionLineIsNoSpeakersHeadline() {
        assertEquals("在欧美同学会成立100周年庆祝大会上的讲话", HeadlineRule.titleOf("在欧美同学会成立100周年庆祝大会上的讲话"));
        assertEquals("在欧美同学会成立100周年庆祝大会上的讲话", HeadlineRule.titleOf("习近平在欧美同学会成立100周年庆祝大会上的讲话"));
    }

    @Test
    void withoutATitleLineTheSubtitleGivesTheTitleAndTheTitleBlockIsKept() {
        Speech s = parse("——在中阿合作论坛第六届部长级会议开幕式上的讲话\n\n尊敬的贾比尔首相殿下，\n女士们，先生们，朋友们：\n正文一段。\n");
        assertEquals("在中阿合作论坛第六届部长级会议开幕式上的讲话", s.title());
        assertEquals(HeaderReader.SUBTITLE_AS_TITLE, reasonOf(s, "——在中阿合作论坛第六届部长级会议开幕式上的讲话"));
        Speech dated = parse("（2014年7月15日，福塔莱萨）\n中华人民共和国主席 习近平\n尊敬的罗塞夫总统，\n女士们，先生们：\n正文一段。\n");
        assertEquals(List.of("（2014年7月15日，福塔莱萨）", "中华人民共和国主席 习近平"), dated.titleLines());
        assertEquals("2014-07-15", dated.date().iso());
    }

    @Test
    void pageFurnitureBetweenATitleAndItsOccasionLineLeavesTheTitleBlockWhole() {
        Speech s = parse("共同谱写中非人民友谊新篇章\n【字体：大 中 小】【打印】【关闭】\n来源：人民网 2013-03-30 08:12\n在刚果共和国议会的演讲\n"
                + "（二〇一三年三月二十九日，布拉柴维尔）\n各位议员：\n正文一段。\n");
        assertEquals("共同谱写中非人民友谊新篇章", s.title());
        assertEquals(List.of("在刚果共和国议会的演讲", "（二〇一三年三月二十九日，布拉柴维尔）"), s.titleLines());
        // a news dateline starts the report: the occasion line under it is the report's own title, not a subtitle
        Speech news = parse("习近平：中国文化源远流长\n新华网北京5月15日电\n在中国国际友好大会上的讲话\n（2014年5月15日）\n朋友们：\n正文一段。\n");
        assertEquals("在中国国际友好大会上的讲话", news.title());
        assertEquals("习近平：中国文化源远流长", news.headline());
    }

    /** A county meeting's speech with the given lines between its title and its salutation. */
    private static Speech countyMeeting(String... titleBlock) {
        return SpeechParser.parse(new SourceFile("m.txt", "在全县工作会议上的讲话\n" + String.join("\n", titleBlock) + "\n同志们：\n"
                + "今天我们召开全县工作会议，主要任务是总结去年工作，部署今年任务。\n", "UTF-8")).speech();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "（2024.1.15） # 2024-01-15",
        "（2024/01/15，根据录音整理） # 2024-01-15",
        "2024年1月15日 星期一 # 2024-01-15",
        "2024年1月15日（周一） # 2024-01-15",
    })
    void aDateLineAsWordProcessorsWriteItDatesTheSpeech(String line, String iso) {
        Speech s = countyMeeting(line.strip(), "县委书记 张三");
        assertEquals(iso.strip(), s.date().iso());
        assertEquals("县委书记 张三", s.speaker());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "——县委书记 张三 # 县委书记 张三",
        "（县委书记 张三） # 县委书记 张三",
        "张三同志 # 张三",
        "讲话人：县委书记 张三 # 县委书记 张三",
        "发言人：张三 # 张三",
        "县委书记：张三 # 县委书记 张三",
        "张三（县委书记） # 县委书记 张三",
    })
    void aSpeakerLineInAnyOfItsFormsNamesTheSpeakerNotTheTitle(String line, String speaker) {
        Speech s = countyMeeting(line.strip(), "（2024年1月15日）");
        assertEquals("在全县工作会议上的讲话", s.title());
        assertEquals(speaker.strip(), s.speaker());
        assertEquals("2024-01-15", s.date().iso());
    }

    @Test
    void anOccasionSetOffLikeASpeakerIsStillTheSubtitle() {
        Speech s = SpeechParser.parse(new SourceFile("o.txt", "坚持不懈抓好组织建设\n——在全市组织部长会议上\n（2024年1月15日）\n同志们：\n"
                + "今天我们召开全市组织部长会议。\n", "UTF-8")).speech();
        assertEquals("坚持不懈抓好组织建设", s.title());
        assertEquals(null, s.speaker());
        assertEquals("全市组织部长会议", s.venue());
    }

    @Test
    void aReportsTitleJoinedToItsSubtitleAndADebriefersLabelledLineComeApart() {
        Speech report = SpeechParser.parse(new SourceFile("r.txt", "深入推进全面从严治党 为全县高质量发展提供坚强保障——在中国共产党某某县第十五届"
                + "纪律检查委员会第四次全体会议上的工作报告\n某某县纪委书记　李四\n（2025年1月8日）\n同志们：\n现在，我向全会作工作报告。\n", "UTF-8")).speech();
        assertEquals("深入推进全面从严治党 为全县高质量发展提供坚强保障", report.title());
        assertEquals("中国共产党某某县第十五届纪律检查委员会第四次全体会议", report.venue());
        Speech debrief = SpeechParser.parse(new SourceFile("d.txt", "2024年度个人述职述廉报告\n述职人：某某县财政局局长 王五\n"
                + "根据县委统一安排，现将本人2024年度履职尽责和廉洁自律情况报告如下：\n一、履职尽责情况\n一年来，我认真履行岗位职责。\n", "UTF-8")).speech();
        assertEquals("2024年度个人述职述廉报告", debrief.title());
        assertEquals("某某县财政局局长 王五", debrief.speaker());
        assertEquals(List.of(), debrief.preamble());
    }
}
