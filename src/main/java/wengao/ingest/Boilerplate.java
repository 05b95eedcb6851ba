package wengao.ingest;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises lines that are not part of a speech: advertising, 仅供学习 notices, site navigation and page
 * furniture, source and publication lines, photo captions. Each rule returns the reason reported for the
 * dropped line, or null. Some lines (大, 中, 小, ×, >) are furniture only at the edges of a page and text
 * anywhere else, so the rules come in two strengths: {@link #anywhere} and {@link #atEdge}.
 */
final class Boilerplate {

    static final String NOTICE = "study-only notice (仅供学习)";
    static final String ADVERTISING = "advertising";
    static final String FURNITURE = "page furniture";
    static final String NAVIGATION = "site navigation";
    static final String SOURCE = "source/publication line";
    static final String CAPTION = "photo caption";
    static final String RELATED = "related links";
    static final String REPEATED_TITLE = "repeated title";
    static final String PAGE_NUMBER = "page number";
    static final String ATTACHMENT_LINK = "link to a file attached to the web page";

    private static final Pattern NOTICE_LINE = Pattern.compile(".{0,12}(仅供学习|禁止外传|仅供参考学习|仅限内部学习|请勿外传|严禁外传|请勿转载).{0,20}");
    /** A page's button in its wordings: 打印, 打印本页, 关闭窗口, 我要纠错, 复制链接, 返回顶部. */
    static final String BUTTON_WORD = "(?:我要)?(?:打印|关闭|保存|收藏|分享|纠错|复制|返回|下载)(?:本页|此页|文章|本文|窗口|页面|全文|链接|顶部)?";
    private static final Pattern BRACKETED_BUTTONS = Pattern.compile(
            "(\\s*[【\\[]\\s*(" + BUTTON_WORD + "|顶部|推荐|字号|字体|大|中|小)\\s*[】\\]]\\s*)+");
    private static final Set<String> BUTTONS_ANYWHERE = Set.of(
            "扫一扫在手机打开当前页", "分享到微信", "分享到:", "分享到：", "打印本页", "关闭窗口", "返回顶部",
            "》》点击图片进入专题《《", "相关报道：", "相关报道:", "相关文档：", "相关文档:", "相关附件>>", "相关链接>>",
            "【字号：", "【字体：", "【字号:", "【字体:");
    private static final Set<String> BUTTONS_AT_EDGE = Set.of(
            "下载", "打印", "全屏", "收藏", "加大", "还原", "减小", "大", "中", "小", "】", "【", "|", "×", ">", "》",
            "首页", "分享", "分享：", "分享:", "分享到", "字号", "返回", "上一篇", "下一篇", "您的位置:", "您的位置：",
            "当前位置:", "当前位置：", "附件下载", "相关附件", "相关链接", "小字号", "中字号", "大字号", "默认字号", "A+", "A-",
            "分享让更多人看到", "视力保护色：", "视力保护色:", "视力保护色", "背景色：", "背景色:");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(来源|信息来源|稿件来源|发布时间|发表时间|发布日期|时间|作者|责任编辑|编辑|阅读量|浏览次数|点击数|访问量)\\s*[：:].{0,40}"
                    + "|(来源|作者|文字|图片|编辑|责编|审核|审校|校对|初审|复审|终审|排版|监制|出品)\\s*[|丨｜]\\s*\\S.{0,40}");
    /** A WeChat article's byline: 原创 某某清风 某某县纪委监委 2024-01-15 08:00 发表于浙江. */
    private static final Pattern WECHAT_BYLINE = Pattern.compile(
            "(?:原创\\s+)?.{0,40}?\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2})?\\s*(?:发表于\\p{IsHan}{2,8})?"
                    + "|原创\\s+[^。！？，]{2,40}");
    /** A WeChat account's prompts to follow it and the end of its article: 点击蓝字 关注我们, END, 往期推荐. */
    private static final Pattern WECHAT_PROMPT = Pattern.compile(
            "点击(?:上方|下方)?\\s*(?:蓝字|“[^”]{1,20}”|\\S{1,20}?)?\\s*(?:一键)?关注(?:我们)?.{0,10}|[-—–－\\s]*END[-—–－\\s]*|\\s*[▼▲↓]+\\s*"
                    + "|(?:点个?|点击)[“\"]?在看[”\"]?.{0,10}|[“\"]?在看[”\"]?|(?:分享|收藏|点赞|在看|\\s)+|阅读原文");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?|\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}[时:：]\\d{2}分?");
    private static final Pattern HASH_LINE = Pattern.compile("[0-9a-f]{16,}[:：]?");
    private static final Pattern AD_ANYWHERE = Pattern.compile(
            ".*(公众号|QQ群|qq群|微信群|会员群|资料群|加微信|微信号|扫码关注|扫码加|二维码|淘宝店|网盘链接|下载地址|VX[:：]|vx[:：]).*");
    private static final Pattern AD_AT_EDGE = Pattern.compile(
            ".*(订阅|会员|倒卖|加群|客服|VIP|vip|独家资料|海量资料|资料库|免费领取|立享|限时|优惠|付费).*");
    /** 责任编辑：李莎莎 with its name: an editor's credit wherever it stands (a bare 责任编辑： starts the footer). */
    private static final Pattern EDITOR_CREDIT = Pattern.compile(
            "(?U)[（(【\\[]?\\s*(责任编辑|责编)\\s*[：:]\\s*[\\p{IsHan}A-Za-z·]{2,12}(?:\\s*[、，,]\\s*[\\p{IsHan}A-Za-z·]{2,12})*\\s*[）)】\\]]?");
    /** A font-size switch in one bracket: 【字号 大 中 小】, [字体：大 中 小]. */
    private static final Pattern FONT_SIZE = Pattern.compile("[【\\[]\\s*(?:字号|字体)\\s*[：:]?[\\s大中小|｜]*[】\\]]");
    private static final Pattern CAPTION_LINE = Pattern.compile(".*(记者|摄影|通讯员).{0,12}摄[）)]?|.*\\s摄[）)]?|.*(本报记者|记者)\\s*\\S{2,4}");

    /** 扫一扫在手机上查看当前页面: a portal's prompt to read the page on a phone. */
    private static final Pattern SCAN_TO_READ = Pattern.compile("扫一扫.{0,8}(?:手机|移动端).{0,10}");
    /**
     * The site's name over its page, a place's or a body's: 湖南省人民政府门户网站, 某某县纪委监委网站, 中国政府网 (not a title
     * that ends so: 办好人民满意的政府网站, 织密基层治理网).
     */
    private static final Pattern SITE_NAME = Pattern.compile(
            "(?:中国|中华人民共和国|\\p{IsHan}{1,8}?(?:省|市|县|区|州|盟|旗))\\p{IsHan}{0,12}?(?:门户网站|政府网站|官方网站|官网|网站|政府网)");

    /** What a WeChat account lists under its article: its other articles. */
    private static final Pattern WECHAT_FOOTER = Pattern.compile("(?:往期推荐|推荐阅读|往期回顾|精彩推荐|相关阅读|延伸阅读|往期精彩|热文推荐)\\s*[：:|丨｜]?\\s*");

    /** A site's menu: 首页 | 简 | 繁 | EN | 登录, or short words between spaces (国务院 总理 新闻 政策 互动 服务). */
    private static final Pattern MENU_BARS = Pattern.compile("(?U)[^|｜。！？，,]{1,8}(?:\\s*[|｜]\\s*[^|｜。！？，,]{1,8}){3,}");
    private static final Pattern MENU_WORDS = Pattern.compile("(?U)\\p{IsHan}{1,3}(?:[ \u3000]+\\p{IsHan}{1,3}){4,}");
    private static final Pattern ONE_CHARACTER = Pattern.compile("(?U)(?:^|[ \u3000])\\p{IsHan}(?=[ \u3000]|$)");

    /** A page's number standing alone, as a document copied out of a PDF or Word keeps it: — 2 —, - 3 -, 第2页 共10页. */
    /** 附件：2024年工作要点.docx, 附件1：相关表格.xls: a portal's download link, the file itself not in the text. */
    private static final Pattern ATTACHMENT_LINK_LINE = Pattern.compile(
            "(?i)(?:相关)?附件" + BackMatter.ATTACHMENT_NUMBER + "\\s*[：:]?\\s*[^。！？；]{1,80}\\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|jpe?g|png)");
    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile(
            "[-—–－]{1,2}\\s*\\d{1,4}\\s*[-—–－]{1,2}|第\\s*\\d{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?");

    private Boilerplate() {
    }

    /** Rules sure enough to apply anywhere in a file, body included. */
    static String anywhere(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() <= 40 && NOTICE_LINE.matcher(text).matches()) {
            return NOTICE;
        }
        if (BUTTONS_ANYWHERE.contains(text) || BRACKETED_BUTTONS.matcher(text).matches() || FONT_SIZE.matcher(text).matches()
                || text.startsWith("扫一扫") && text.length() <= 20 && SCAN_TO_READ.matcher(text).matches()) {
            return FURNITURE;
        }
        if (text.length() <= 60 && AD_ANYWHERE.matcher(text).matches()) {
            return ADVERTISING;
        }
        if (text.length() <= 30 && text.indexOf('关') >= 0 && text.startsWith("点击") && WECHAT_PROMPT.matcher(text).matches()) {
            return ADVERTISING;
        }
        if (EDITOR_CREDIT.matcher(text).matches()) {
            return SOURCE;
        }
        if (text.length() <= 16 && PAGE_NUMBER_LINE.matcher(text).matches()) {
            return PAGE_NUMBER;
        }
        if (text.length() <= 100 && text.indexOf('附') >= 0 && ATTACHMENT_LINK_LINE.matcher(text).matches()) {
            return ATTACHMENT_LINK;
        }
        return null;
    }

    /** Rules for the edges of a file: before the title and after the speech has ended. */
    static String atEdge(String text) {
        String sure = anywhere(text);
        if (sure != null) {
            return sure;
        }
        if (BUTTONS_AT_EDGE.contains(text)) {
            return FURNITURE;
        }
        if (DATE_TIME.matcher(text).matches() || SOURCE_LINE.matcher(text).matches() && !statesSpeechDate(text)
                && !HeaderReader.hasSentenceEnd(text)) {
            return SOURCE;
        }
        if (HASH_LINE.matcher(text).matches()) {
            return RELATED;
        }
        if (text.length() <= 80 && isMenu(text)) {
            return NAVIGATION;
        }
        if (text.length() <= 24 && SITE_NAME.matcher(text).matches()) {
            return NAVIGATION;
        }
        if (text.length() <= 80 && (text.startsWith("原创") || text.contains("发表于")) && WECHAT_BYLINE.matcher(text).matches()) {
            return SOURCE;
        }
        if (text.length() <= 30 && WECHAT_PROMPT.matcher(text).matches()) {
            return FURNITURE;
        }
        if (text.length() <= 60 && AD_AT_EDGE.matcher(text).matches()) {
            return ADVERTISING;
        }
        return null;
    }

    /**
     * 时间：2023年4月6日 dates the speech (党课 materials head their text so); 时间：2026-02-09 or a clock time is when a
     * web page was published.
     */
    private static boolean statesSpeechDate(String text) {
        return text.startsWith("时间") && !text.matches(".*\\d{1,2}[:：]\\d{2}.*") && DateReader.fullDate(text) != null;
    }

    /**
     * A site's menu bar: four items or more between bars, or five short words or more between spaces, most of two or
     * three characters (a title set letter-spaced, 政 府 工 作 报 告, has one-character words).
     */
    private static boolean isMenu(String text) {
        if (text.indexOf('|') >= 0 || text.indexOf('｜') >= 0) {
            return MENU_BARS.matcher(text).matches();
        }
        if (!MENU_WORDS.matcher(text).matches()) {
            return false;
        }
        long single = ONE_CHARACTER.matcher(text).results().count();
        return single * 4 <= text.split("[ \u3000]+").length;
    }

    /** 责任编辑：张三, （责编：李昉、王倩）: an editor's credit. */
    static boolean isEditorCredit(String text) {
        return EDITOR_CREDIT.matcher(text).matches();
    }

    /** An advertising word: a block of lines containing one before the title is an advertising block. */
    static boolean hasAdSignal(String text) {
        return AD_ANYWHERE.matcher(text).matches() || AD_AT_EDGE.matcher(text).matches()
                || NOTICE_LINE.matcher(text).matches();
    }

    static boolean isCaption(String text) {
        return text.length() <= 120 && CAPTION_LINE.matcher(text).matches();
    }

    /** A label whose value stands on the next line ({@code 来源：} then {@code 四川日报}). */
    static boolean isEmptyLabel(String text) {
        return text.matches("(来源|时间|发布时间|发表时间|阅读量|责任编辑|作者|编辑)\\s*[：:]");
    }

    /** A marker after which a scraped page lists other articles, not the speech. */
    static boolean startsFooter(String text) {
        return text.startsWith("相关报道") || text.startsWith("相关文档") || text.startsWith("相关附件")
                || text.startsWith("相关链接") || text.startsWith("责任编辑") || WECHAT_FOOTER.matcher(text).matches() || text.equals("扫一扫在手机打开当前页")
                || text.startsWith("分享到");
    }
}
