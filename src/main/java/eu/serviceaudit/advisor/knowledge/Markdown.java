package eu.serviceaudit.advisor.knowledge;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Article bodies as HTML for reading and as plain text for the index. Raw HTML in the Markdown is escaped, never
 * passed through, and link targets other than http(s), mailto and relative ones are dropped.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private Markdown() {
	}

	public static String toHtml(String markdown) {
		return HTML.render(parse(markdown));
	}

	public static String toPlainText(String markdown) {
		return TEXT.render(parse(markdown));
	}

	private static Node parse(String markdown) {
		return PARSER.parse(markdown == null ? "" : markdown);
	}

}
