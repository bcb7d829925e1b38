package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible word of the templates comes from the message bundles: text between tags and the visible attributes
 * (title, alt, placeholder, aria-label) may hold punctuation and numbers only. Scripts, styles and comments are
 * skipped. Also: no inline script or style (the CSP forbids them), a lang attribute on every page, and unescaped
 * output only where the content is known to be sanitised.
 */
class TemplateTextTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Pattern TEXT = Pattern.compile(">([^<]+)<");

	static final Pattern LETTER = Pattern.compile("\\p{L}");

	static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile("\\s(title|alt|placeholder|aria-label)=\"([^\"]*)\"");

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = strip(Files.readString(template, StandardCharsets.UTF_8));
			Matcher text = TEXT.matcher(html);
			while (text.find()) {
				String content = text.group(1).replaceAll("\\[\\[.*?]]", "").strip();
				if (LETTER.matcher(content).find()) {
					problems.add(TEMPLATES.relativize(template) + ": text '" + content + "'");
				}
			}
			Matcher attribute = VISIBLE_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (LETTER.matcher(attribute.group(2)).find()) {
					problems.add(TEMPLATES.relativize(template) + ": " + attribute.group(1) + "='" + attribute.group(2) + "'");
				}
			}
		}
		assertThat(problems).as("hard-coded text; use #{...} from messages*.properties").isEmpty();
	}

	@Test
	void templatesHaveNoInlineScriptOrStyle() throws IOException {
		List<String> problems = new ArrayList<>();
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>");
		Pattern styleAttribute = Pattern.compile("\\s(style|th:style|onclick|onchange|onsubmit|onload)=");
		for (Path template : templates()) {
			String html = Files.readString(template, StandardCharsets.UTF_8);
			if (inlineScript.matcher(html).find() || html.contains("<style") || styleAttribute.matcher(html).find()) {
				problems.add(TEMPLATES.relativize(template).toString());
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void unescapedOutputOnlyForSanitisedContent() throws IOException {
		List<String> uses = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = Pattern.compile("th:utext=\"([^\"]*)\"").matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (m.find()) {
				uses.add(m.group(1));
			}
		}
		// the search snippet (escaped except <mark>), the article body (Markdown with raw HTML escaped), and the
		// analysis page's parts rendered once by analyses/show-parts.html, which escapes like every template
		assertThat(uses).containsOnly("${hit.snippet()}", "${bodyHtml}", "${rendered.summary()}",
				"${rendered.recommendations()}");
	}

	@Test
	void theLayoutSetsTheLanguageOfThePage() throws IOException {
		String layout = Files.readString(TEMPLATES.resolve("fragments/layout.html"), StandardCharsets.UTF_8);
		assertThat(layout).contains("th:lang=\"${menuLanguage}\"").contains("menuLanguage=${uiLanguage ?:");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static String strip(String html) {
		return html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?s)<script.*?</script>", "<script></script>")
			.replaceAll("(?s)<style.*?</style>", "<style></style>");
	}

}
