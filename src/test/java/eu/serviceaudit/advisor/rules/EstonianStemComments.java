package eu.serviceaudit.advisor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import eu.serviceaudit.advisor.knowledge.comments.CommentMatcher;
import eu.serviceaudit.advisor.system.Language;

/**
 * The benchmark's comment matcher until the knowledge base's own is wired in: analyses each comment with Lucene's
 * Estonian analyzer (the work a real matcher does per comment) and looks its stems up against a few per-criterion
 * stems. Its answers are not what is measured; its cost per comment is meant to be realistic.
 */
final class EstonianStemComments implements CommentMatcher {

	private static final Map<String, String> STEMS = Map.ofEntries(Map.entry("ootasi", "WAIT_TIME"),
			Map.entry("järjekor", "WAIT_TIME"), Map.entry("tervit", "GREETING"), Map.entry("teadn", "PRODUCT_KNOWLEDGE"),
			Map.entry("ebaviisak", "TONE_COURTESY"), Map.entry("helist", "PHONE_ANSWER"),
			Map.entry("tagasihelist", "PROMISE_KEPT"), Map.entry("tühj", "STOCK_AVAILABILITY"),
			Map.entry("tänan", "FAREWELL"), Map.entry("kaebus", "COMPLAINT_HANDLING"),
			Map.entry("kaebu", "COMPLAINT_HANDLING"));

	private final Analyzer analyzer = new EstonianAnalyzer();

	@Override
	public Set<String> criteriaNamedBy(String comment, Language language) {
		Set<String> named = new LinkedHashSet<>();
		try (TokenStream tokens = analyzer.tokenStream("comment", comment)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				String stem = term.toString();
				STEMS.forEach((prefix, code) -> {
					if (stem.startsWith(prefix)) {
						named.add(code);
					}
				});
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return named;
	}

}
