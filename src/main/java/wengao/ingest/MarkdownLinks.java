package wengao.ingest;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.List;
import java.util.Set;
import wengao.model.Problem;
import wengao.text.UrlAllowList;

/**
 * Renders every Markdown construct that carries a URL (links, reference links and their definitions, autolinks,
 * images): one whose URL {@link UrlAllowList} allows renders as usual, images as links to them (a page loads
 * nothing from other hosts, and local images are not copied); any other is shown as the Markdown its author
 * wrote, as text, so nothing is lost and nothing runs.
 */
final class MarkdownLinks implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Link.class, this::renderLink),
                new NodeRenderingHandler<>(AutoLink.class, this::renderLink),
                new NodeRenderingHandler<>(MailLink.class, this::renderLink),
                new NodeRenderingHandler<>(LinkRef.class, this::renderLink),
                new NodeRenderingHandler<>(Image.class, this::renderLink),
                new NodeRenderingHandler<>(ImageRef.class, this::renderLink),
                new NodeRenderingHandler<>(Reference.class, this::renderReference));
    }

    private void renderLink(Node node, NodeRendererContext context, HtmlWriter html) {
        String url = urlOf(node, context.getDocument());
        if (url == null) {
            // an undefined reference is no link: flexmark shows it as the text it is
            context.delegateRender();
        } else if (!UrlAllowList.allows(url)) {
            html.text(node.getChars().toString());
        } else if (node instanceof Image || node instanceof ImageRef) {
            String alt = new TextCollectingVisitor().collectAndGetText(node);
            html.attr("href", url).attr("class", "image-link").withAttr().tag("a");
            html.text("[图片" + (alt.isBlank() ? "" : "：" + alt) + "]");
            html.tag("/a");
        } else {
            context.delegateRender();
        }
    }

    /** A definition shows nothing, unless its URL is not allowed: then it is shown as written. */
    private void renderReference(Reference node, NodeRendererContext context, HtmlWriter html) {
        if (UrlAllowList.allows(node.getUrl().unescape())) {
            context.delegateRender();
            return;
        }
        html.tag("p");
        html.text(node.getChars().toString().strip());
        html.tag("/p").line();
    }

    /** The URL a node links to, decoded as flexmark writes it; null for a reference that is not defined. */
    static String urlOf(Node node, Document document) {
        if (node instanceof LinkNodeBase link) {
            return link.getUrl().unescape();
        }
        if (node instanceof RefNode ref) {
            Reference reference = ref.isDefined() ? ref.getReferenceNode(document) : null;
            return reference == null ? null : reference.getUrl().unescape();
        }
        return null;
    }

    /** True for a definition whose URL is shown as text, which makes it a block of the page. */
    static boolean isShown(Reference reference) {
        return !UrlAllowList.allows(reference.getUrl().unescape());
    }

    /**
     * A warning for each URL in the document that is shown as text rather than linked. Definitions are checked
     * where they stand; the reference links that use them need no warning of their own.
     */
    static void check(String file, Document document, int lineOffset, List<Problem> problems) {
        for (Node node : document.getDescendants()) {
            if (node instanceof LinkNodeBase link && !UrlAllowList.allows(link.getUrl().unescape())) {
                problems.add(Problem.warning(file, lineOffset + node.getStartLineNumber() + 1, "link to '"
                        + UrlAllowList.schemeOf(link.getUrl().unescape()) + ":' shown as text: only http, https, mailto and relative links are kept"));
            }
        }
    }
}
