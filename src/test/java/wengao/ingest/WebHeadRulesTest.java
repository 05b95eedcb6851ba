package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.model.DroppedLine;
import wengao.model.Section;
import wengao.model.SourceFile;
import wengao.model.Speech;

/** The rules that read the heads of speeches copied from the web, on small texts of each form. */
class WebHeadRulesTest {

    private static final String BODY = "现在，我代表国务院，向大会报告政府工作，请予审议。\n一、过去一年的工作\n过去一年，我们做了很多工作。\n";

    private static Speech parse(String name, String text) {
        return SpeechParser.parse(new SourceFile(name, text, "UTF-8")).speech();
    }

    private static String reasonOf(Speech s, String text) {
        return s.dropped().stream().filter(d -> d.text().strip().equals(text)).map(DroppedLine::reason).findFirst().orElse(null);
    }

    private static List<String> headings(Section s) {
        List<String> out = new ArrayList<>();
        for (Section c : s.sections()) {
            out.add(c.label() + c.title());
            out.addAll(headings(c));
        }
        return out;
    }

    @Test
    void aTableOfContentsIsDroppedAndTheSalutationAfterItFound() {
        Speech s = parse("toc.txt", "关于第一个五年计划的报告\n——1955年7月5日在第一届全国人民代表大会第二次会议上\n目录\n"
                + "一、国家在过渡时期的总任务\n二、第一个五年计划概要……3\n各位代表：\n我现在作报告。\n"
                + "一、国家在过渡时期的总任务\n总任务是这样的。\n二、第一个五年计划概要\n计划是这样的。\n");
        assertEquals("各位代表：", s.salutation());
        assertEquals("1955-07-05", s.date().iso());
        assertEquals(List.of("一、国家在过渡时期的总任务", "二、第一个五年计划概要"), headings(s.body()));
        assertEquals(TableOfContents.REASON, reasonOf(s, "目录"));
        assertEquals(TableOfContents.REASON, reasonOf(s, "二、第一个五年计划概要……3"));
    }

    @Test
    void headingsAfterA目录LineThatDoNotRecurAreNoTableOfContents() {
        Speech s = parse("no-toc.txt", "在全市工作会议上的讲话\n目录\n一、形势\n我讲形势，形势很好。\n二、任务\n任务很重。\n");
        assertEquals(List.of("一、形势", "二、任务"), headings(s.body()));
        assertNull(reasonOf(s, "一、形势"));
    }

    @Test
    void aTitleJoinedToItsSubtitleAndASubtitleJoinedToItsSpeakerAreSplit() {
        Speech joinedTitle = parse("a.txt", "政府工作报告——２００９年３月５日在第十一届全国人民代表大会第二次会议上\n 国务院总理 温家宝\n各位代表：\n" + BODY);
        assertEquals("政府工作报告", joinedTitle.title());
        assertEquals("2009-03-05", joinedTitle.date().iso());
        assertEquals("国务院总理 温家宝", joinedTitle.speaker());
        Speech joinedSpeaker = parse("b.txt", "政府工作报告\n——2015年3月5日在第十二届全国人民代表大会第三次会议上国务院总理\u00a0李克强\n各位代表：\n" + BODY);
        assertEquals(List.of("——2015年3月5日在第十二届全国人民代表大会第三次会议上", "国务院总理\u00a0李克强"), joinedSpeaker.titleLines());
        assertEquals("国务院总理 李克强", joinedSpeaker.speaker());
    }

    @Test
    void aPortalsHeadlineAboveTheReportsOwnTitleIsTheHeadlineAndItsRepeatsAreDropped() {
        Speech s = parse("c.txt", "1983年国务院政府工作报告\n1983年国务院政府工作报告\n1983年政府工作报告\n"
                + "——1 9 8 3 年6 月6 日在第六届全国人民代表大会第一次会议上\n各位代表：\n" + BODY);
        assertEquals("1983年政府工作报告", s.title());
        assertEquals("1983年国务院政府工作报告", s.headline());
        assertEquals("1983-06-06", s.date().iso());
        assertEquals(List.of(), s.preamble());
        assertEquals(List.of(Boilerplate.REPEATED_TITLE), s.dropped().stream().map(DroppedLine::reason).toList());
    }

    @Test
    void aPortalsShortenedSecondHeadlineOverTheOwnTitleIsARepeat() {
        Speech s = parse("f.txt", "1960年国务院政府工作报告\n【字体：大 中 小】\n1960年政府工作报告\n为提前实现全国农业发展纲要而奋斗\n"
                + "——1960年4月6日在第二届全国人民代表大会第二次会议上\n各位代表：\n" + BODY);
        assertEquals("为提前实现全国农业发展纲要而奋斗", s.title());
        assertEquals("1960年国务院政府工作报告", s.headline());
        assertEquals(List.of(), s.preamble());
        assertEquals(Boilerplate.REPEATED_TITLE, reasonOf(s, "1960年政府工作报告"));
        Speech other = parse("g.txt", "1960年国务院政府工作报告\n关于农业问题的说明\n为提前实现全国农业发展纲要而奋斗\n"
                + "——1960年4月6日在第二届全国人民代表大会第二次会议上\n各位代表：\n" + BODY);
        assertEquals(List.of("关于农业问题的说明"), other.preamble(), "a line that does not shorten the headline is kept");
    }

    @Test
    void aTwoCharacterNameSetWideIsTheNameWithoutItsSpace() {
        String head = "2026年上海市政府工作报告\n——2026年1月27日在上海市第十六届人民代表大会第四次会议上\n";
        assertEquals("上海市市长 龚正", parse("i.txt", head + "上海市市长　龚　正\n各位代表：\n" + BODY).speaker());
        assertEquals("上海市市长 龚正", parse("j.txt", head + "上海市市长 龚 正\n各位代表：\n" + BODY).speaker());
        assertEquals("国务院总理 李克强", parse("k.txt", head + "国务院总理 李克强\n各位代表：\n" + BODY).speaker());
    }

    @Test
    void aPortalsMenusFontSwitchAndCorrectionButtonAreFurniture() {
        Speech s = parse("gov.txt", "首页 | 简 | 繁 | EN | 登录 | 个人中心 | 退出 | 邮箱 | 无障碍\n国务院 总理 新闻 政策 互动 服务 数据 国情\n"
                + "字号：默认 大 超大 | 打印 | 关闭\n在国务院第一次廉政工作会议上的讲话\n2023-04-11 16:45　来源：新华社\n李强\n（2023年3月21日）\n"
                + "同志们：\n" + BODY + "项目 | 2023年 | 2024年 | 增长\n再过一年，我们要完成更多工作。\n【我要纠错】 责任编辑：张三\n");
        assertEquals("在国务院第一次廉政工作会议上的讲话", s.title());
        assertEquals("李强", s.speaker());
        assertEquals(List.of(), s.preamble());
        assertEquals(Boilerplate.NAVIGATION, reasonOf(s, "首页 | 简 | 繁 | EN | 登录 | 个人中心 | 退出 | 邮箱 | 无障碍"));
        assertEquals(Boilerplate.NAVIGATION, reasonOf(s, "国务院 总理 新闻 政策 互动 服务 数据 国情"));
        assertEquals(Boilerplate.FURNITURE, reasonOf(s, "字号：默认 大 超大 | 打印 | 关闭"));
        assertEquals(Boilerplate.SOURCE, reasonOf(s, "【我要纠错】 责任编辑：张三"));
        assertNull(reasonOf(s, "项目 | 2023年 | 2024年 | 增长"), "a table row inside the speech stays");
        assertEquals("政府工作报告", parse("l.txt", "政 府 工 作 报 告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n" + BODY).title(),
                "a title set letter-spaced is no menu");
    }

    @Test
    void aPortalsNameAndItsReadingButtonsOverTheReportAreFurniture() {
        Speech s = parse("hn.txt", "湖南省人民政府门户网站\n扫一扫在手机上查看当前页面\n视力保护色：\n政府工作报告\n"
                + "——2025年1月14日在湖南省第十四届人民代表大会第四次会议上\n湖南省省长　毛伟明\n各位代表：\n" + BODY);
        assertEquals("政府工作报告", s.title());
        assertEquals(List.of(), s.preamble());
        assertEquals(Boilerplate.NAVIGATION, reasonOf(s, "湖南省人民政府门户网站"));
        assertEquals(Boilerplate.FURNITURE, reasonOf(s, "扫一扫在手机上查看当前页面"));
        assertEquals(Boilerplate.FURNITURE, reasonOf(s, "视力保护色："));
        assertEquals("织密基层治理网", parse("net.txt", "织密基层治理网\n——在全县基层治理工作会议上的讲话\n同志们：\n" + BODY).title(),
                "a title that ends in 网 is no site's name");
        assertEquals("办好人民满意的政府网站", parse("site.txt", "办好人民满意的政府网站\n——在全省政府网站工作会议上的讲话\n同志们：\n" + BODY).title(),
                "nor one that ends in 网站");
        assertEquals(Boilerplate.NAVIGATION, reasonOf(parse("jw.txt", "某某县纪委监委网站\n在全县警示教育大会上的讲话\n同志们：\n" + BODY),
                "某某县纪委监委网站"));
    }

    @Test
    void aPortalsBracketedButtonsInTheirManyWordingsAreFurniture() {
        Speech s = parse("gd.txt", "【打印文章】 【关闭窗口】\n【保存】【打印】【关闭】\n政府工作报告\n——2025年1月14日在广东省第十四届人民代表大会第三次会议上\n"
                + "各位代表：\n" + BODY + "【打印此页】 【关闭此页】\n【复制链接】\n");
        assertEquals(List.of(), s.preamble());
        for (String buttons : List.of("【打印文章】 【关闭窗口】", "【保存】【打印】【关闭】", "【打印此页】 【关闭此页】", "【复制链接】")) {
            assertEquals(Boilerplate.FURNITURE, reasonOf(s, buttons), buttons);
        }
    }

    @Test
    void aFontButtonAboveTheTitleIsNoSpeaker() {
        Speech s = parse("rmw.txt", "习近平在全国两会上的重要讲话\n小字号\n2024年03月05日08:03 | 来源：人民网－人民日报\n分享到：\n坚定信心 开拓奋进\n"
                + "——在某某会议上的讲话\n（2024年3月5日）\n同志们：\n" + BODY + "（责编：李昉、王倩）\n分享让更多人看到\n");
        assertEquals("坚定信心 开拓奋进", s.title());
        assertEquals(Boilerplate.FURNITURE, reasonOf(s, "小字号"));
        assertEquals(Boilerplate.SOURCE, reasonOf(s, "（责编：李昉、王倩）"));
        assertEquals(Boilerplate.FURNITURE, reasonOf(s, "分享让更多人看到"));
    }

    @Test
    void fullWidthHyphensOpenASubtitleLikeADash() {
        Speech s = parse("h.txt", "1984年国务院政府工作报告\n1984年政府工作报告\n－－1984年5月15日在第六届全国人民代表大会第二次会议上\n各位代表：\n" + BODY);
        assertEquals("1984年政府工作报告", s.title());
        assertEquals("1984-05-15", s.date().iso());
        assertEquals("第六届全国人民代表大会第二次会议", s.venue());
    }

    @Test
    void aSalutationWithoutAnAddressWordIsTheSalutationNotTheTitle() {
        Speech s = parse("d.txt", "主席先生，各位同事：\n75年前，世界人民经过浴血奋战，赢得世界反法西斯战争伟大胜利。这是正义的胜利。\n");
        assertEquals("主席先生，各位同事：", s.salutation());
        assertEquals("75年前，世界人民经过浴血奋战，赢得世界反法西斯战争伟大胜利", s.title());
        Speech soldiers = parse("e.txt", "“硬骨头六连”全体官兵：\n你们好！来信收悉。\n");
        assertEquals("“硬骨头六连”全体官兵：", soldiers.salutation());
    }

    @Test
    void aLetterIsTitledByItsKindAndAddresseeOrOccasion() {
        Speech reply = parse("f.txt", "回信\n乡亲们：\n你们好！来信收到了。希望你们再接再厉。\n");
        assertEquals("给乡亲们的回信", reply.title());
        assertEquals(List.of("回信"), reply.titleLines());
        Speech greeting = parse("g.txt", "贺信\n值此中国少年先锋队第八次全国代表大会召开之际，我代表党中央，向大会的召开表示热烈的祝贺！\n");
        assertEquals("致中国少年先锋队第八次全国代表大会的贺信", greeting.title());
        Speech led = parse("h.txt", "新华社北京1月19日电 习近平1月18日给某连全体官兵回信，勉励他们传承红色基因。回信全文如下：\n"
                + "某连全体官兵：\n你们好！来信收悉。\n");
        assertEquals("给某连全体官兵的回信", led.title());
        assertEquals(NewsFurniture.LEAD_IN, reasonOf(led, "回信全文如下："));
    }

    @Test
    void withoutATitleLineTheTitleComesFromTheFileNameOrTheOpening() {
        assertEquals("2016年国务院政府工作报告", parse("2016年国务院政府工作报告.txt", "各位代表：\n" + BODY).title());
        assertEquals("在企业家座谈会上的讲话",
                parse("2020-07-22_row28.txt", "今天，我们召开一个企业家座谈会，一是同大家谈谈心。下面我讲几点意见。\n").title());
        assertEquals("在亚洲基础设施投资银行第五届理事会年会开幕式上的致辞", parse("m.txt", "尊敬的各位理事，女士们，先生们：\n"
                + "值此亚洲基础设施投资银行第五届理事会年会开幕之际，我谨代表中国政府表示热烈的祝贺！\n").title());
        assertEquals("在气候雄心峰会上的讲话", parse("n.txt", "尊敬的古特雷斯秘书长先生，尊敬的各位同事：\n很高兴出席今天的气候雄心峰会。5年前，各国领导人推动达成《巴黎协定》。\n").title());
        assertEquals("关于《中共中央关于制定第十四个五年规划的建议》的说明", parse("o.txt",
                "受中央政治局委托，我就《中共中央关于制定第十四个五年规划的建议》起草的有关情况向全会作说明。一、建议稿起草过程\n").title());
        assertEquals("新年伊始，贵国刚刚庆祝了独立节", parse("p.txt", "尊敬的温敏总统，女士们，先生们，朋友们：\n敏格拉巴！\n新年伊始，贵国刚刚庆祝了独立节。\n").title());
        assertEquals("在全国抗击新冠肺炎疫情表彰大会上的讲话", parse("q.txt", "同志们，朋友们：在过去8个多月时间里，我们进行了一场抗疫大战！"
                + "今天，我们隆重召开全国抗击新冠肺炎疫情表彰大会，向功勋模范人物颁授勋章。\n").title(), "a later sentence of the first few");
        assertEquals("在纪念中国人民志愿军抗美援朝出国作战70周年大会上的讲话", parse("r.txt",
                "同志们，朋友们：今天，我们在这里隆重集会，纪念中国人民志愿军抗美援朝出国作战70周年。70年前，志愿军跨过鸭绿江。\n").title());
        assertEquals("在庆祝深圳等经济特区建立40周年大会上的讲话", parse("s.txt",
                "女士们，先生们，同志们：今天，我们在这里隆重集会，庆祝深圳等经济特区建立40周年，总结经济特区建设经验。\n").title());
        Speech opening = parse("2020-09-20_row15.txt", "大家好！党中央决定，下个月在北京召开党的十九届五中全会，重点研究国民经济和社会发展第十四个五年规划。\n");
        assertEquals("党中央决定，下个月在北京召开党的十九届五中全会…", opening.title());
    }

    @Test
    void creditsOfOldAndRegionalPapersAreDroppedWhereverTheyStand() {
        Speech s = parse("i.txt", "在全省工作会议上的讲话\n同志们：\n正文一段。\n（来源：青海日报）\n正文二段。\n"
                + "（《人民日报》1 9 7 5 0 1 2 1 第1 版）\n党和人民感谢你们！（据新华社合肥8月21日电习近平在安徽考察时强调坚持改革开放）\n");
        assertEquals(Boilerplate.SOURCE, reasonOf(s, "（来源：青海日报）"));
        assertEquals(NewsFurniture.CREDIT, reasonOf(s, "（《人民日报》1 9 7 5 0 1 2 1 第1 版）"));
        assertEquals(NewsFurniture.CREDIT, reasonOf(s, "（据新华社合肥8月21日电习近平在安徽考察时强调坚持改革开放）"));
        assertFalse(SpeechText.kept(s).contains("新华社"));
        assertTrue(SpeechText.kept(s).contains("党和人民感谢你们！"));
    }

    @Test
    void aFlattenedLetterLosesItsCreditAndTheNewsReportsDatelineButKeepsItsSignOff() {
        String letter = "贺信值此哈尔滨工业大学建校100周年之际，我代表党中央，向全校师生员工和校友致以热烈的祝贺和诚挚的问候！"
                + "哈尔滨工业大学历史悠久。新中国成立以来，学校扎根东北、爱国奉献、艰苦创业，打造了一大批国之重器，培养了一大批杰出人才。"
                + "希望哈尔滨工业大学在新的起点上，坚持社会主义办学方向，紧扣立德树人根本任务，在教书育人、科研攻关等工作中，"
                + "不断改革创新、奋发作为、追求卓越，努力为实现“两个一百年”奋斗目标和中华民族伟大复兴的中国梦作出新的更大贡献。"
                + "学校要坚持党的领导，加强师资队伍建设，深化教育教学改革，提高人才培养质量，服务国家重大战略需求。"
                + "习近平2020年6月7日（新华社北京6月7日电）新华社北京6月7日电中共中央总书记习近平7日致信祝贺哈尔滨工业大学建校100周年。"
                + "哈尔滨工业大学建校100周年庆祝大会当日在哈尔滨举行。黑龙江省和工业和信息化部负责同志出席大会，"
                + "全校师生员工和海内外校友代表通过现场和网络参加庆祝活动，共同回顾学校百年来的光辉历程。";
        Speech s = parse("2020-06-08_row32.txt", letter + "\n");
        assertEquals("致哈尔滨工业大学建校100周年的贺信", s.title());
        assertEquals(NewsFurniture.DATELINE, reasonOf(s, "（新华社北京6月7日电）"));
        assertEquals(NewsFurniture.DATELINE, reasonOf(s, "新华社北京6月7日电"));
        assertTrue(s.body().paragraphs().stream().anyMatch(p -> p.text().equals("习近平2020年6月7日")), () -> "" + s.body().paragraphs());
    }

    @Test
    void aRepeatOfFurnitureIsReportedForWhatItIs() {
        String copy = "在毛主席领导下，我国人民奋发图强，战胜种种艰难险阻。我们应当继续努力，乘胜前进！ （新华社一九七五年一月二十日讯）\n"
                + "（《人民日报》1 9 7 5 0 1 2 1 第1 版）\n第三段话也在这里。\n";
        Speech s = parse("j.txt", "1975年政府工作报告\n各位代表！\n" + copy + copy);
        List<DroppedLine> second = s.dropped().stream().filter(d -> d.line() >= 6).toList();
        assertEquals(List.of(NewsFurniture.CREDIT, RepeatedRuns.REPEATED, NewsFurniture.CREDIT, RepeatedRuns.REPEATED),
                second.stream().map(DroppedLine::reason).toList(), () -> "" + second);
        assertEquals("（新华社一九七五年一月二十日讯）", second.get(0).text());
    }

    @Test
    void theCreditLineUnderASpeechJoinsItsTitleBlock() {
        Speech s = parse("k.txt", "顺应时代前进潮流 促进世界和平发展\n（2013年3月23日）\n老师们，同学们：\n正文一段。\n谢谢大家。\n\n"
                + "——习近平在莫斯科国际关系学院的演讲\n\n");
        assertEquals(List.of("（2013年3月23日）", "——习近平在莫斯科国际关系学院的演讲"), s.titleLines());
        assertFalse(SpeechText.kept(s).endsWith("演讲"));
        Speech repeated = parse("l.txt", "弘扬人民友谊 共创美好未来\n——在纳扎尔巴耶夫大学的演讲\n同学们：\n正文一段。\n"
                + "——习近平在纳扎尔巴耶夫大学的演讲\n");
        assertEquals(List.of("——在纳扎尔巴耶夫大学的演讲"), repeated.titleLines());
        assertEquals(Boilerplate.REPEATED_TITLE, reasonOf(repeated, "——习近平在纳扎尔巴耶夫大学的演讲"));
    }

    @Test
    void aDatelineNoPageGivesAYearTakesTheTitlesAndANewYearsMessageIsGivenTheDecemberBefore() {
        String lead = "新华社北京12月31日电　新年前夕，国家主席习近平发表了二○一六年新年贺词。全文如下：\n";
        Speech greeting = parse("ny.txt", "国家主席习近平发表二○一六年新年贺词\n来源：新华社\n" + lead
                + "再过几个小时，新年的钟声就要敲响了。\n");
        assertEquals("2015-12-31", greeting.date().iso());
        Speech meeting = parse("m.txt", "在2023年全市经济工作会议上的讲话\n新华社北京12月20日电　会议今天召开。\n同志们：\n" + BODY);
        assertEquals("2023-12-20", meeting.date().iso(), "not a greeting: the title's own year");
        Speech published = parse("p.txt", "国家主席习近平发表二○一六年新年贺词\n发表时间：2016-01-01　　　来源：新华社\n" + lead
                + "再过几个小时，新年的钟声就要敲响了。\n");
        assertEquals("2015-12-31", published.date().iso(), "the page's year first, as before");
        Speech twoYears = parse("t.txt", "关于2015年计划执行情况与2016年计划草案的报告\n新华社北京3月5日电　大会今天开幕。\n各位代表：\n" + BODY);
        assertEquals(2015, twoYears.date().year(), "two years named: the first, as a year only");
        assertNull(twoYears.date().iso(), "not a day of either");
        Speech undated = parse("u.txt", "在全市经济工作会议上的讲话\n新华社北京12月20日电　会议今天召开。\n同志们：\n" + BODY);
        assertNull(undated.date(), "no year anywhere: no date");
    }

    @Test
    void aPortalsHeadlineJoinedToTheReportsTitleIsSplitOffAsARepeat() {
        Speech s = parse("joined.txt", "1956年国务院政府工作报告\n【字体：大 中 小】\n"
                + "1956年国务院政府工作报告关于1955年国家决算和1956年国家预算的报告\n"
                + "——１９５６年６月１５日在第一届全国人民代表大会第三次会议上\n副总理兼财政部长李先念\n各位代表：\n" + BODY);
        assertEquals("关于1955年国家决算和1956年国家预算的报告", s.title());
        assertEquals("1956年国务院政府工作报告", s.headline());
        assertEquals(Boilerplate.REPEATED_TITLE, reasonOf(s, "1956年国务院政府工作报告"));
        List<String> pieces = JoinedTitleLines.split(SourceLine.split("1993年政府工作报告\n1993年政府工作报告（摘要）\n", 1))
                .stream().map(SourceLine::text).filter(t -> !t.isEmpty()).toList();
        assertEquals(List.of("1993年政府工作报告", "1993年政府工作报告（摘要）"), pieces, "a few characters more are no title of their own");
    }

    @Test
    void aSentenceQuotingSomeoneToUsIsNoSalutation() {
        String body = "五年来，我国各族人民在中国共产党的领导下，坚持鼓足干劲、力争上游、多快好省地建设社会主义的总路线，取得了伟大的成就。\n";
        Speech s = parse("summary.txt", "1964年政府工作报告（摘要）\n——１９６４年１２月２１日在第三届全国人民代表大会第一次会议上\n"
                + "国务院总理周恩来\n" + body + body.replace("五年来", "四年来")
                + "毛主席常常告诉我们：人类的历史，就是一个不断地从必然王国向自由王国发展的历史。\n");
        assertNull(s.salutation());
        assertEquals(List.of("——１９６４年１２月２１日在第三届全国人民代表大会第一次会议上", "国务院总理周恩来"), s.titleLines());
        Speech addressed = parse("to.txt", "在全县大会上的讲话\n乡亲们：\n" + BODY);
        assertEquals("乡亲们：", addressed.salutation());
    }
}
