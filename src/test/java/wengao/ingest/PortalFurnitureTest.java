package wengao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wengao.model.DroppedLine;
import wengao.model.SourceFile;
import wengao.model.Speech;

/** Furniture of scraped portal pages goes wherever it stands, and is reported; the speaker's words stay. */
class PortalFurnitureTest {

    private static Speech parse(String text) {
        return SpeechParser.parse(new SourceFile("t.txt", text, "GB18030")).speech();
    }

    private static List<String> reasonsAt(Speech s, int line) {
        return s.dropped().stream().filter(d -> d.line() == line).map(DroppedLine::reason).toList();
    }

    private static final String PAGE_HEAD = """
            <!--
                  
            -->
            <U+00A0>
            当前位置： 首页>> 中国概况
            <U+00A0>
            2012年国务院政府工作报告
            中央政府门户网站　www.gov.cn　　 2012年03月15日 12时05分　　 来源：新华社
            【字体：大 中 小】
            政府工作报告
            ——2012年3月5日在第十一届全国人民代表大会第五次会议上
            国务院总理<U+00A0>温家宝
            各位代表：<U+200D>
            <U+00A0><U+00A0><U+00A0><U+00A0>现在，我代表国务院，向大会报告政府工作。
            """;

    @Test
    void theHeadOfAPortalPageLeavesTitleAndTitleBlock() {
        Speech s = parse(PAGE_HEAD);
        // the report's own title line (followed by its ——date subtitle) is the title; the portal's line above it
        // names the report and more, so it is the page's headline
        assertEquals("政府工作报告", s.title());
        assertEquals("2012年国务院政府工作报告", s.headline());
        assertEquals(List.of(), s.preamble());
        assertEquals(List.of("——2012年3月5日在第十一届全国人民代表大会第五次会议上", "国务院总理\u00a0温家宝"), s.titleLines());
        assertEquals("国务院总理 温家宝", s.speaker());
        assertEquals("各位代表：", s.salutation());
        assertEquals("现在，我代表国务院，向大会报告政府工作。", s.body().paragraphs().get(0).text());
        assertEquals(List.of(PortalFurniture.COMMENT), reasonsAt(s, 1));
        assertEquals(List.of(PortalFurniture.COMMENT), reasonsAt(s, 3));
        assertEquals(List.of(Boilerplate.NAVIGATION), reasonsAt(s, 5));
        assertEquals(List.of(Boilerplate.SOURCE), reasonsAt(s, 8));
        assertEquals(List.of(Boilerplate.FURNITURE), reasonsAt(s, 9));
    }

    @Test
    void scraperEscapesAreReadAsTheirCharacterAndReportedOncePerKind() {
        Speech s = parse(PAGE_HEAD);
        List<DroppedLine> escapes = s.dropped().stream().filter(d -> d.reason().startsWith(PortalFurniture.ESCAPE)).toList();
        assertEquals(2, escapes.size(), () -> "" + escapes);
        assertEquals(new DroppedLine(4, "<U+00A0>", "scraper escape, read as U+00A0 NO-BREAK SPACE (7 times)"), escapes.get(0));
        assertEquals(new DroppedLine(13, "<U+200D>", "scraper escape for U+200D ZERO WIDTH JOINER, removed (1 time)"), escapes.get(1));
        assertFalse(SpeechText.kept(s).contains("<U+"));
    }

    @Test
    void aBannerAfterTheTitleOnItsLineIsCutAway() {
        Speech s = parse(" 2012年国务院政府工作报告   中央政府门户网站　www.gov.cn　　 2012年03月15日 12时05分　　 来源：新华社  \n"
                + "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n");
        assertEquals("2012年国务院政府工作报告", s.title());
        assertEquals(List.of(new DroppedLine(1, "中央政府门户网站　www.gov.cn　　 2012年03月15日 12时05分　　 来源：新华社  ", Boilerplate.SOURCE)),
                s.dropped());
    }

    @Test
    void buttonsAndCreditsSplitOverLinesGoWithTheirClosingBracket() {
        Speech s = parse("在全市工作会议上的讲话\n同志们：\n正文一段。\n\n（责任编辑： 郭桢\n ）\n\n【E-mail推荐\n\n\n】\n\n"
                + "<U+00A0><U+00A0>上一页<U+00A0><U+00A0>1<U+00A0><U+00A0> 2<U+00A0><U+00A0> 3<U+00A0><U+00A0> 下一页<U+00A0><U+00A0>\n"
                + "正文二段。\n");
        assertEquals(List.of(Boilerplate.SOURCE), reasonsAt(s, 5));
        assertEquals(List.of(Boilerplate.SOURCE), reasonsAt(s, 6));
        assertEquals(List.of(Boilerplate.FURNITURE), reasonsAt(s, 8));
        assertEquals(List.of(Boilerplate.FURNITURE), reasonsAt(s, 11));
        assertTrue(reasonsAt(s, 13).contains(Boilerplate.NAVIGATION));
        assertEquals("正文一段。正文二段。", SpeechText.kept(s).replace("在全市工作会议上的讲话同志们：", ""));
    }

    @Test
    void aCommentWithinALineIsCutAndAnUnclosedOneDoesNotSwallowTheText() {
        Speech s = parse("在全市工作会议上的讲话\n同志们：\n正文<!-- 正文开始 -->一段。\n<!--\n正文二段。\n正文三段。\n");
        assertEquals("正文一段。正文二段。正文三段。", SpeechText.kept(s).replace("在全市工作会议上的讲话同志们：", ""));
        assertEquals(List.of(PortalFurniture.COMMENT), reasonsAt(s, 3));
        assertEquals(List.of(PortalFurniture.COMMENT), reasonsAt(s, 4));
    }

    @Test
    void aPortalsMetadataTableOverTheDocumentIsFurniture() {
        for (String line : List.of("索引号：11530000MB1234567X/2025-00012", "主题分类：综合政务\\政府工作报告", "发文机关：云南省人民政府",
                "成文日期：2025年01月20日", "发文字号：", "字体：大 中 小")) {
            assertEquals(Boilerplate.FURNITURE, PortalFurniture.wholeLine(line), line);
        }
        assertNull(PortalFurniture.wholeLine("发文机关：要把文件精简下来。"), "a sentence is no table row");
    }

    @Test
    void aTrailWithoutItsLabelIsNavigation() {
        assertEquals(Boilerplate.NAVIGATION, PortalFurniture.wholeLine("人民网>>时政>>滚动新闻"));
        assertEquals(Boilerplate.NAVIGATION, PortalFurniture.wholeLine("首页 > 要闻"));
        assertEquals(Boilerplate.NAVIGATION, PortalFurniture.wholeLine("新华网 » 时政 » 高层动态"));
        assertNull(PortalFurniture.wholeLine("收入>支出"), "a comparison is no trail");
        assertNull(PortalFurniture.wholeLine("速度>质量>效益，这个排序要颠倒过来"));
    }

    @Test
    void aPortalsLinkToAnAttachedFileIsDroppedAndNamedAnAttachmentKept() {
        for (String line : List.of("附件：2024年工作要点.docx", "附件1：相关表格.XLS", "相关附件：政府工作报告（全文）.pdf", "附件2 解读.ofd")) {
            assertEquals(Boilerplate.ATTACHMENT_LINK, Boilerplate.anywhere(line), line);
        }
        assertNull(Boilerplate.anywhere("附件：2026年十件民生实事"), "an attachment printed with the text is back matter, not a link");
        assertNull(Boilerplate.anywhere("附件：请各单位于3月5日前报送.docx。"), "nor a sentence");
        Speech s = parse("在全市工作会议上的讲话\n同志们：\n今天我们召开全市工作会议，部署今年任务。\n附件：2024年工作要点.docx\n");
        assertEquals(List.of(Boilerplate.ATTACHMENT_LINK), reasonsAt(s, 4));
    }

    @Test
    void aSourceInsideASentenceStays() {
        assertNull(PortalFurniture.wholeLine("数据来源：国家统计局2012年03月15日发布的公报。"));
        assertNull(PortalFurniture.wholeLine("当前位置：我们正处在爬坡过坎的关口。"));
        assertNull(PortalFurniture.wholeLine("各地要关注当前位置与发展方向"));
        Speech s = parse("在全市工作会议上的讲话\n同志们：\n据新华网www.xinhuanet.com 2012年03月15日报道，来源：新华社。\n");
        assertTrue(s.dropped().isEmpty(), () -> "" + s.dropped());
    }
}
