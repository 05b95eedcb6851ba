package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wengao.model.DroppedLine;
import wengao.model.SourceFile;
import wengao.model.Speech;

/** The title block of speeches copied from news sites, on small inline texts. */
class NewsTitleBlockTest {

    private static final String BODY = "今天，我们在这里隆重集会，庆祝这个重要的日子，回顾走过的道路，展望美好的未来，共同谱写新的篇章。\n";

    private static Speech parse(String name, String text) {
        return SpeechParser.parse(new SourceFile(name, text, "UTF-8")).speech();
    }

    private static void assertNoKeptPreamble(Speech s) {
        assertTrue(s.preamble().isEmpty(), "nothing is kept before the title: " + s.preamble());
    }

    private static String reasonOf(Speech s, String text) {
        return s.dropped().stream().filter(d -> d.text().strip().equals(text)).map(DroppedLine::reason).findFirst().orElse(null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "习近平在第七十届联合国大会一般性辩论时的讲话（全文）|在第七十届联合国大会一般性辩论时的讲话",
        "习近平：在全国政协新年茶话会上的讲话|在全国政协新年茶话会上的讲话",
        "习近平：共圆中华民族伟大复兴的中国梦|共圆中华民族伟大复兴的中国梦",
        "在金砖国家领导人第六次会晤上的讲话:新起点 新愿景 新动力|新起点 新愿景 新动力",
        "习近平主席在澳门特别行政区政府欢迎晚宴上的致辞(全文)|在澳门特别行政区政府欢迎晚宴上的致辞",
        "国家主席习近平发表二零一五年新年贺词|国家主席习近平发表二零一五年新年贺词",
        "市长在全市经济工作会议上的讲话|市长在全市经济工作会议上的讲话",
        "在2023年队伍廉政建设推进会上的点评讲话|在2023年队伍廉政建设推进会上的点评讲话",
        "时间：2023年4月6日|时间：2023年4月6日",
        "地点：市委党校报告厅|地点：市委党校报告厅",
        "主持：治安支队支队长|主持：治安支队支队长",
        "记录人：办公室王五|记录人：办公室王五",
    })
    void headlinesNameTheirTitle(String line, String title) {
        assertEquals(title, HeadlineRule.titleOf(line));
        assertEquals(!title.equals(line), HeadlineRule.isHeadline(line));
    }

    @Test
    void aMeetingsLabelledLinesStandUnderItsTitle() {
        Speech s = parse("r.txt", "春节专项行动治安每日调度会通报\n\n时间： 2026年2月7日\n主持： 治安支队支队长\n\n同志们：\n\n" + BODY);
        assertEquals("春节专项行动治安每日调度会通报", s.title());
        assertEquals(List.of("时间： 2026年2月7日", "主持： 治安支队支队长"), s.titleLines());
        assertEquals("2026-02-07", s.date().iso());
    }

    @Test
    void aSpeakerLineMayCarryTheDateLine() {
        Speech s = parse("s.txt", "在专家委员会成立大会上的主持讲话\n·市委书记张三（2024年10 月23 日下午16：30-17：30）\n同志们：\n" + BODY);
        assertEquals("市委书记张三", s.speaker());
        assertEquals("2024-10-23", s.date().iso());
        assertEquals(List.of("·市委书记张三（2024年10 月23 日下午16：30-17：30）"), s.titleLines());
        assertEquals("张三", parse("t.txt", "在座谈会上的讲话\n张三（2024年5月4日）\n" + BODY).speaker());
        assertNull(parse("u.txt", "在座谈会上的讲话\n同志们（2024年5月4日）：\n" + BODY).speaker(), "an address is no speaker");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "张三同志在全市党风廉政建设工作会议上的讲话|张三",
        "市委书记张三在全市党风廉政建设工作会议上的讲话|市委书记张三",
        "习近平在第七十届联合国大会一般性辩论时的讲话（全文）|习近平",
        "习近平：在全国政协新年茶话会上的讲话|习近平",
        "李克强总理在企业家座谈会上的讲话|李克强",
        "在全市党风廉政建设工作会议上的讲话|-",
        "全市纪委书记在会议上的讲话|-",
        "市委书记在全市干部大会上的讲话|-",
        "习近平：共圆中华民族伟大复兴的中国梦|-",
        "时间：在会议上的讲话|-",
    })
    void aHeadlineOrATitleNamesItsSpeakerBeforeTheOccasion(String line, String speaker) {
        assertEquals(speaker, HeadlineRule.speakerOf(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "国家主席习近平发表二○一六年新年贺词|国家主席 习近平",
        "习近平致《大辞海》出版暨《辞海》第一版面世80周年的贺信|习近平",
        "习近平发表二〇一七年新年贺词（全文）|习近平",
        "新华社发表署名文章|-",
        "人民日报发表评论员文章|-",
        "市委发表公开信|-",
        "在全市工作会议上的讲话|-",
    })
    void aHeadlineNamesWhoIssuedTheText(String line, String issuer) {
        assertEquals(issuer, HeadlineRule.issuerOf(line));
    }

    @Test
    void theSpeakerTheHeadlineNamesIsTheSpeechsWhenTheTitleBlockNamesNone() {
        Speech s = parse("z.txt", "张三同志在全市党风廉政建设工作会议上的讲话\n同志们：\n" + BODY);
        assertEquals("在全市党风廉政建设工作会议上的讲话", s.title());
        assertEquals("张三", s.speaker());
        assertEquals("区长 王五", parse("z2.txt", "张三同志在全区大会上的讲话\n区长 王五\n同志们：\n" + BODY).speaker(),
                "the title block's speaker line comes first");
    }

    @Test
    void aLecturesLabelledLinesNameItsSpeakerAndPlace() {
        Speech s = parse("l2.txt", "学习贯彻全会精神专题党课\n主讲人：市委书记 张三\n时间：2025年11月5日下午\n地点：市委党校报告厅\n同志们：\n" + BODY);
        assertEquals("市委书记 张三", s.speaker());
        assertEquals("市委党校报告厅", s.venue());
        assertEquals("2025-11-05", s.date().iso());
        assertEquals(List.of("主讲人：市委书记 张三", "时间：2025年11月5日下午", "地点：市委党校报告厅"), s.titleLines());
        assertEquals("2024-03-05", parse("l3.txt", "在全县干部大会上的讲话\n2024年3月5日上午\n同志们：\n" + BODY).date().iso(),
                "a date line may say the time of day");
    }

    @Test
    void aNewsPagesFontSwitchAndBracketedEditorAreFurniture() {
        Speech s = parse("f.txt", "习近平在庆祝大会上的讲话\n2019年10月01日 10:35 来源：新华网\n【字号 大 中 小】\n在庆祝大会上的讲话\n"
                + "（2019年10月1日）\n习近平\n同志们，朋友们：\n" + BODY + "谢谢大家！\n【纠错】 【责任编辑：张三】\n");
        assertEquals("在庆祝大会上的讲话", s.title());
        assertEquals("习近平在庆祝大会上的讲话", s.headline());
        assertEquals(Boilerplate.FURNITURE, reasonOf(s, "【字号 大 中 小】"));
        assertEquals(List.of("谢谢大家！"), s.closing().stream().map(p -> p.text()).toList(), "the editor is no paragraph");
        assertEquals(Boilerplate.FURNITURE, Boilerplate.anywhere("[字体：大 中 小]"));
        assertNull(Boilerplate.anywhere("【字号大的标语】"), "a bracket that says more is no button");
    }

    @Test
    void aSpaceLostToAQuestionMarkStillSeparatesOfficeAndName() {
        Speech s = parse("g.txt", "政府工作报告\n——2014年3月5日在第十二届全国人民代表大会第二次会议上\n国务院总理?李克强\n各位代表：\n" + BODY);
        assertEquals("国务院总理 李克强", s.speaker());
        assertEquals(List.of("——2014年3月5日在第十二届全国人民代表大会第二次会议上", "国务院总理?李克强"), s.titleLines());
        assertTrue(!TitleBlockForms.isOfficeAndName("市长怎么看？"), "a question is no speaker line");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "——在全市领导干部读书班上的辅导报告|全市领导干部读书班",
        "——在博鳌亚洲论坛2013年年会上的主旨演讲|博鳌亚洲论坛2013年年会",
        "——在全县干部大会上的讲话|全县干部大会",
        "——在全县经济工作会议上的讲话（摘要）|全县经济工作会议",
    })
    void aSubtitleNamesTheVenueWhateverKindOfTalkItSays(String subtitle, String venue) {
        assertEquals(venue, parse("h.txt", "深入学习贯彻新思想\n" + subtitle + "\n（2024年4月1日）\n同志们：\n" + BODY).venue());
    }

    @Test
    void aTitleWrappedInBookMarksIsShownWithout() {
        Speech s = parse("bm.txt", "《在全县经济工作会议上的讲话》\n县委书记 李四\n同志们：\n" + BODY);
        assertEquals("在全县经济工作会议上的讲话", s.title());
        assertEquals("全县经济工作会议", s.venue());
        assertEquals("关于《决定》的说明", parse("bn.txt", "关于《决定》的说明\n同志们：\n" + BODY).title(), "marks inside a title stay");
        assertEquals("《决定》和《意见》", TitleBlockForms.withoutTitleMarks("《决定》和《意见》"));
    }

    @Test
    void theOccasionAfterTheSpeakerATitleNamesIsTheVenue() {
        Speech s = parse("bo.txt", "县委书记李四在全县经济工作会议上的讲话\n同志们：\n" + BODY);
        assertEquals("县委书记李四", s.speaker());
        assertEquals("全县经济工作会议", s.venue());
    }

    @Test
    void theTitleTheNewsLeadNamesWinsOverAHeadlineButNotOverTheOwnTitle() {
        String head = "习近平在新加坡国立大学的演讲（全文）\n发表时间：2015-11-08　来源：新华社\n"
                + "新华社新加坡11月7日电  国家主席习近平7日在新加坡国立大学发表题为《深化合作伙伴关系  共建亚洲美好家园》的重要演讲。演讲全文如下：\n";
        Speech s = parse("lead.txt", head + "尊敬的李显龙总理，\n各位来宾：\n" + BODY);
        assertEquals("深化合作伙伴关系 共建亚洲美好家园", s.title());
        assertEquals("习近平在新加坡国立大学的演讲（全文）", s.headline());
        Speech own = parse("own.txt", head + "开创亚洲美好未来\n——在新加坡国立大学的演讲\n（2015年11月7日）\n各位来宾：\n" + BODY);
        assertEquals("开创亚洲美好未来", own.title(), "the text's own title line is the title");
    }

    @Test
    void aLeadInThatNamesWhatFollowsIsFurnitureAfterADatelineOnly() {
        Speech s = parse("art.txt", "习近平在伊朗媒体发表署名文章\n发表时间：2016-01-21　来源：新华社\n"
                + "新华社北京1月21日电 1月21日，国家主席习近平在伊朗《伊朗报》发表题为《共创中伊关系美好明天》的署名文章。文章如下：\n"
                + "共创中伊关系美好明天\n中华人民共和国主席　习近平\n我将对伊朗进行国事访问，就新形势下深化中伊关系深入交换意见。\n" + BODY);
        assertEquals("共创中伊关系美好明天", s.title());
        assertEquals("习近平在伊朗媒体发表署名文章", s.headline());
        assertEquals(NewsFurniture.LEAD_IN, reasonOf(s, "文章如下："));
        assertNoKeptPreamble(s);
        Speech body = parse("req.txt", "在会议上的讲话\n同志们：\n" + BODY + "下面，我讲几点意见，讲话如下：\n" + BODY);
        assertTrue(body.textUnits().stream().anyMatch(u -> u.text().contains("讲话如下：")), "a sentence of the speech stays");
    }

    @Test
    void aLeadInThatNamesALetterWithoutQuanwenStillNamesItsKind() {
        Speech s = parse("hx.txt", "新华社北京6月7日电 国家主席习近平7日致信祝贺某某大学建校100周年。贺信如下：\n"
                + "某某大学全体师生员工和校友们：\n值此某某大学建校100周年之际，我代表党中央，向全校师生员工和校友致以热烈的祝贺！\n");
        assertEquals(NewsFurniture.LEAD_IN, reasonOf(s, "贺信如下："));
        assertEquals("致某某大学建校100周年的贺信", s.title());
    }

    @Test
    void aSpeakerAndOccasionLineUnderTheTitleIsItsSubtitle() {
        Speech s = parse("brics.txt", "坚定信心 共谋发展\n习近平在金砖国家领导人第八次会晤大范围会议上的讲话\n——（二〇一六年十月十六日，果阿）\n"
                + "2016年10月17日07:06    来源：人民网－人民日报\n尊敬的莫迪总理，\n尊敬的祖马总统：\n" + BODY);
        assertEquals("坚定信心 共谋发展", s.title());
        assertEquals("习近平", s.speaker());
        assertEquals("金砖国家领导人第八次会晤大范围会议", s.venue());
        assertEquals("2016-10-16", s.date().iso());
        assertNoKeptPreamble(s);
    }

    @Test
    void aDatedSentenceOfWhatHappenedBeforeTheReportIsPartOfTheNewsLead() {
        Speech s = parse("wic.txt", "习近平在第二届世界互联网大会开幕式上的讲话（全文）\n发表时间：2015-12-16　来源：新华社\n"
                + "12月16日，第二届世界互联网大会在浙江省乌镇开幕。国家主席习近平出席开幕式并发表主旨演讲。\n新华社杭州12月16日电\n"
                + "在第二届世界互联网大会开幕式上的讲话\n（2015年12月16日，浙江乌镇）\n中华人民共和国主席　习近平\n尊敬的各位嘉宾：\n" + BODY);
        assertEquals(NewsFurniture.NEWS_LEAD, reasonOf(s, "12月16日，第二届世界互联网大会在浙江省乌镇开幕。国家主席习近平出席开幕式并发表主旨演讲。"));
        assertTrue(s.preamble().isEmpty(), s.preamble().toString());
    }

    @Test
    void aFlattenedHeadGivesItsSpeakerAndDropsTheDatedLeadAndTheSlashedPhotoCredit() {
        String lead = "2020年9月8日，全国某某表彰大会在北京人民大会堂隆重举行。中共中央总书记、国家主席、中央军委主席张三在大会上发表重要讲话。";
        Speech s = parse("flat.txt", "在全国某某表彰大会上的讲话（2020年9月8日）张三" + lead + " 新华社记者 李四/摄同志们，朋友们：" + BODY.strip()
                + "各级党组织要认真贯彻落实党中央决策部署，切实把各项工作抓实抓细抓出成效。".repeat(8) + "\n");
        assertEquals("在全国某某表彰大会上的讲话", s.title());
        assertEquals("张三", s.speaker());
        assertEquals(NewsFurniture.NEWS_LEAD, reasonOf(s, lead));
        assertEquals(Boilerplate.CAPTION, reasonOf(s, "新华社记者 李四/摄"));
        assertEquals("同志们，朋友们：", s.salutation().strip());
    }

    @Test
    void aNewspapersNoteOfWhereAndWhenTheArticleWasSaidDatesItAndGivesItsVenue() {
        Speech s = parse("note.txt", "坚持不懈抓好作风建设\n作风建设永远在路上。各级党组织要持之以恒正风肃纪。\n一、提高思想认识\n"
                + "要深刻认识作风建设的重要性。\n（本文系作者2024年3月5日在全县作风建设大会上的讲话，有删节）\n");
        assertEquals("2024-03-05", s.date().iso());
        assertEquals("全县作风建设大会", s.venue());
        Speech xi = parse("xi.txt", "全面提高依法防控依法治理能力\n※习近平\n当前，疫情防控正处于关键时期。\n"
                + "※这是习近平总书记2020年6月2日在专家学者座谈会上的讲话。\n");
        assertEquals("专家学者座谈会", xi.venue());
        assertEquals("习近平", xi.speaker());
    }

    @Test
    void aNewspapersNoteOfTheAuthorsOfficeJoinsTheBylinesName() {
        String text = "坚持不懈抓好作风建设\n%s作风建设永远在路上。各级党组织要持之以恒正风肃纪。\n一、提高思想认识\n要深刻认识作风建设的重要性。\n%s\n";
        assertEquals("中共某某县委书记 张三", parse("a.txt", text.formatted("张三\n", "（作者系中共某某县委书记）")).speaker());
        assertEquals("中共某某县委书记", parse("b.txt", text.formatted("", "（作者系中共某某县委书记）")).speaker());
        assertEquals(null, parse("c.txt", text.formatted("", "（作者系本报记者）")).speaker(), "a note that names no office names no speaker");
    }

    @Test
    void anAgencysEndMarkAndItsStaffUnderTheTextAreFurniture() {
        Speech s = parse("em.txt", "在庆祝大会上的讲话\n（2019年10月1日）\n同志们，朋友们：\n" + BODY + "谢谢大家！（完）\n【编辑：李四】\n（校对：王五、赵六）\n");
        assertEquals(List.of("谢谢大家！"), s.closing().stream().map(p -> p.text()).toList());
        assertEquals(NewsFurniture.END_MARK, reasonOf(s, "（完）"));
        assertEquals(Boilerplate.SOURCE, reasonOf(s, "【编辑：李四】"));
        assertEquals(Boilerplate.SOURCE, reasonOf(s, "（校对：王五、赵六）"));
        assertTrue(parse("en.txt", "在会议上的讲话\n同志们：\n这项工作要在年底前全部完成（完）的标准要高。\n").textUnits().stream()
                .anyMatch(u -> u.text().contains("（完）的标准")), "a 完 inside a sentence stays");
    }

    @Test
    void theOwnTitleUnderANewsOpeningWinsOverTheHeadline() {
        Speech s = parse("a.txt", "习近平在联合国大会一般性辩论时的讲话（全文）\n发表时间：2015-09-29　　来源：新华网\n"
                + "新华社纽约9月28日电\n携手构建合作共赢新伙伴 同心打造人类命运共同体\n——在第七十届联合国大会一般性辩论时的讲话\n"
                + "（2015年9月28日，纽约）\n中华人民共和国主席 习近平\n主席先生，\n各位同事：\n" + BODY);
        assertEquals("携手构建合作共赢新伙伴 同心打造人类命运共同体", s.title());
        assertEquals("习近平在联合国大会一般性辩论时的讲话（全文）", s.headline());
        assertEquals("2015-09-28", s.date().iso());
        assertEquals("主席先生，\n各位同事：", s.salutation());
        assertEquals(Boilerplate.SOURCE, reasonOf(s, "发表时间：2015-09-29　　来源：新华网"));
        assertEquals(NewsFurniture.DATELINE, reasonOf(s, "新华社纽约9月28日电"));
    }

    @Test
    void aDatelineDatesTheSpeechInTheYearOfThePage() {
        Speech s = parse("b.txt", "习近平：在新年茶话会上的讲话\n发表时间：2015-01-01　来源：新华社\n"
                + "新华社北京12月31日电 新年前夕，国家主席习近平出席茶话会并发表重要讲话。全文如下：\n同志们，朋友们：\n" + BODY);
        assertEquals("2014-12-31", s.date().iso());
        assertEquals("在新年茶话会上的讲话", s.title());
        assertEquals(NewsFurniture.DATELINE, reasonOf(s, "新华社北京12月31日电"));
        assertEquals(NewsFurniture.NEWS_LEAD, reasonOf(s, "新年前夕，国家主席习近平出席茶话会并发表重要讲话。"));
        assertEquals(NewsFurniture.LEAD_IN, reasonOf(s, "全文如下："));
    }

    @Test
    void theNewspapersEditionUnderTheTextGivesADatelineItsYear() {
        String credit = "《 人民日报 》（ 2020年01月02日 01 版）";
        Speech closing = parse("h.txt", "给乡亲们的回信\n乡亲们：\n" + BODY + "习近平\n（新华社北京12月31日电）\n" + credit + "\n");
        assertEquals("2019-12-31", closing.date().iso(), "a day after the edition's is in the year before");
        assertEquals(NewsFurniture.CREDIT, reasonOf(closing, credit));
        Speech opening = parse("i.txt", "致大会的贺信\n新华社北京9月19日电\n值此大会召开之际，我表示热烈的祝贺。" + BODY
                + "《 人民日报 》（ 2020年09月20日 02 版）\n");
        assertEquals("2020-09-19", opening.date().iso());
        Speech flattened = parse("j.txt", "在座谈会上的讲话　　同志们：" + BODY.strip().repeat(5) + "（新华社长沙9月19日电）" + credit + "\n");
        assertEquals("2019-09-19", flattened.date().iso());
        assertNull(parse("k.txt", "在座谈会上的讲话\n同志们：\n" + BODY + credit + "\n").date(),
                "the edition dates the page, not the speech: without a dateline there is no date");
    }

    @Test
    void anEditorsNoteUnderTheTextSaysWhenTheSpeechWasGiven() {
        String note = "※这是习近平总书记2015年11月23日在十八届中央政治局第二十八次集体学习时的讲话。";
        Speech reprint = parse("l.txt", "不断开拓新境界\n※习近平\n" + BODY + note + "\n");
        assertEquals("2015-11-23", reprint.date().iso());
        assertTrue(reprint.textUnits().stream().anyMatch(u -> u.text().contains("这是习近平总书记2015年11月23日")),
                "the note stays on the page");
        Speech flattened = parse("m.txt", "不断开拓新境界※习近平" + BODY.strip().repeat(5) + note + "\n");
        assertEquals("2015-11-23", flattened.date().iso());
        assertNull(parse("n.txt", "在座谈会上的讲话\n同志们：\n" + BODY
                + "这是我们2015年11月23日在座谈会上定下的目标，还要继续努力，把工作做实做细做好，不辜负人民的期待。\n").date(),
                "the body's history is not a note");
    }

    @Test
    void anEditorsNoteNamesTheSpeakerWhereTheHeadDoesNot() {
        Speech s = parse("n2.txt", "不断开拓新境界\n来源：《求是》2020/16　作者：习近平　2020-08-15 16:00:00\n" + BODY
                + "※这是习近平总书记2015年11月23日在十八届中央政治局第二十八次集体学习时的讲话。\n");
        assertEquals("习近平", s.speaker());
        assertEquals("2015-11-23", s.date().iso());
        assertEquals("区长 王五", parse("n3.txt", "不断开拓新境界\n区长 王五\n" + BODY
                + "※这是张三同志2015年11月23日在会议上的讲话。\n").speaker(), "the head's speaker line comes first");
    }

    @Test
    void aJournalsBylineUnderTheTitleNamesTheSpeaker() {
        Speech reprint = parse("o.txt", "不断开拓新境界\n※习近平\n" + BODY);
        assertEquals("习近平", reprint.speaker());
        assertEquals(List.of("※习近平"), reprint.titleLines(), "the byline stays in the title block as written");
        assertTrue(reprint.body().paragraphs().stream().noneMatch(p -> p.text().contains("※")), "and is no paragraph of the body");
        Speech flattened = parse("p.txt", "不断开拓新境界※习近平" + BODY.strip().repeat(9)
                + "※这是习近平总书记2015年11月23日在十八届中央政治局第二十八次集体学习时的讲话。");
        assertEquals("习近平", flattened.speaker(), "where the closing note says how long the name is");
        assertNull(parse("q.txt", "不断开拓新境界\n※注：本文有删节\n" + BODY).speaker(), "a note after ※ is no byline");
    }

    @Test
    void aReportIsDatedByTheDateItIsSignedWith() {
        Speech signed = parse("v.txt", "2023年度述责述廉报告\n区教育局局长 李四\n各位领导、同志们：\n" + BODY
                + "以上报告，请予评议。\n\n李四\n2024年1月10日\n");
        assertEquals("2024-01-10", signed.date().iso());
        assertTrue(signed.closing().stream().anyMatch(p -> p.text().equals("2024年1月10日"))
                || signed.textUnits().stream().anyMatch(u -> u.text().equals("2024年1月10日")), "the signature stays on the page");
        assertEquals("2024-01-15", parse("w.txt", "关于履行主体责任情况的报告\n市委：\n" + BODY + "中共某某区委\n二〇二四年一月十五日\n")
                .date().iso());
        assertEquals("2023-12-01", parse("x.txt", "在会议上的讲话\n（2023年12月1日）\n同志们：\n" + BODY + "李四\n2024年1月10日\n")
                .date().iso(), "the head's date line comes first");
        assertNull(parse("y.txt", "关于履行主体责任情况的报告\n" + BODY + "2024年1月10日，我们召开了会议，研究部署了下一步工作。\n").date(),
                "a sentence that starts with a date is no signature");
    }

    @Test
    void datesComeFromTheTitleBlockNeverFromTheBodysHistory() {
        Speech chinese = parse("c.txt", "共同谱写友谊新篇章\n在刚果共和国议会的演讲\n（二○一三年三月二十九日，布拉柴维尔）\n" + BODY);
        assertEquals("2013-03-29", chinese.date().iso());
        assertTrue(chinese.titleLines().contains("在刚果共和国议会的演讲"));
        Speech history = parse("d.txt", "在纪念大会上的讲话\n同志们：\n1954年9月15日，第一届全国人民代表大会召开。" + BODY);
        assertNull(history.date());
        Speech subtitle = parse("e.txt", "在第一届全国人民代表大会第一次会议上的开幕词\n——1954年9月15日在…会议上\n" + BODY);
        assertEquals("1954-09-15", subtitle.date().iso());
    }

    @Test
    void frontMatterThenTheFileNameOutrankTheText() {
        String text = "在会议上的讲话\n（2014年9月9日）\n" + BODY;
        assertEquals("2014-09-10", parse("2014-09-10_讲话.txt", text).date().iso());
        assertEquals("2014-09-11", parse("2014-09-10_讲话.txt", "---\ndate: 2014-09-11\n---\n" + text).date().iso());
        assertEquals("2014-09-09", parse("speech-1.txt", text).date().iso());
    }

    @Test
    void aPastedFileNameIsNotTheTitleButMayGiveIt() {
        Speech repeated = parse("f.txt", "2013-03-29_共同谱写中非人民友谊新篇章\n共同谱写中非人民友谊新篇章\n（2013年3月29日）\n" + BODY);
        assertEquals("共同谱写中非人民友谊新篇章", repeated.title());
        assertEquals(NewsFurniture.PASTED_NAME, reasonOf(repeated, "2013-03-29_共同谱写中非人民友谊新篇章"));
        Speech only = parse("g.txt", "2013-04-28_在同全国劳动模范代表座谈时的讲话\n同志们：\n" + BODY);
        assertEquals("在同全国劳动模范代表座谈时的讲话", only.title());
        assertEquals("2013-04-28", only.date().iso());
        assertEquals("2013-04-28_", only.dropped().get(0).text());
    }

    @Test
    void furnitureInsideParagraphsIsCutOutAndReportedWithTheLine() {
        Speech s = parse("h.txt", "在大会上的讲话\n同志们：\n" + BODY
                + "我们要继续努力。 新华社记者 李涛 摄 让我们携起手来。\n信息来源：统计公报，这是一个数字的来源：它说明了问题。\n"
                + "谢谢大家。（新华社北京5月18日电）\n"
                + "《 人民日报 》（ 2016年05月03日 02 版）\n责任编辑：张三\n");
        List<String> kept = s.textUnits().stream().map(u -> u.text()).toList();
        assertTrue(kept.contains("我们要继续努力。 让我们携起手来。"), () -> "" + kept);
        assertTrue(kept.contains("信息来源：统计公报，这是一个数字的来源：它说明了问题。"), () -> "" + kept);
        DroppedLine credit = s.dropped().stream().filter(d -> d.text().equals("新华社记者 李涛 摄")).findFirst().orElseThrow();
        assertEquals(4, credit.line());
        assertEquals(Boilerplate.CAPTION, credit.reason());
        assertEquals(NewsFurniture.DATELINE, reasonOf(s, "（新华社北京5月18日电）"));
        assertEquals(NewsFurniture.CREDIT, reasonOf(s, "《 人民日报 》（ 2016年05月03日 02 版）"));
        assertTrue(s.closing().stream().anyMatch(p -> p.text().equals("谢谢大家。")), () -> "" + s.closing());
    }

    @Test
    void aLongSalutationBlockAfterALongTitleBlockIsTheSalutation() {
        Speech s = parse("i.txt", "携手追寻民族复兴之梦\n——在印度世界事务委员会的演讲\n（2014年9月18日，新德里）\n中华人民共和国主席 习近平\n"
                + "2014年09月19日08:22  来源：人民网-人民日报\n\n尊敬的安萨里副总统，\n\n尊敬的巴迪亚主席，\n\n各位议员，\n\n女士们，先生们，朋友们：\n" + BODY);
        assertEquals("尊敬的安萨里副总统，\n尊敬的巴迪亚主席，\n各位议员，\n女士们，先生们，朋友们：", s.salutation());
        assertEquals(List.of("——在印度世界事务委员会的演讲", "（2014年9月18日，新德里）", "中华人民共和国主席 习近平"), s.titleLines());
        assertEquals("中华人民共和国主席 习近平", s.speaker());
    }
}
