package eu.serviceaudit.advisor.knowledge.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import eu.serviceaudit.advisor.audit.Language;

/**
 * Snippets for hits: the best passage of the body that matches (else of the summary), matches wrapped in
 * {@code <mark>}, everything else HTML-escaped. Offsets come from the postings, so nothing is analysed again.
 */
final class Snippets {

	static final int LENGTH = 200;

	private static final DefaultPassageFormatter FORMATTER = new DefaultPassageFormatter("<mark>", "</mark>", "… ",
			true);

	private Snippets() {
	}

	/** Snippets of the given documents, all in one language, in the order of {@code docIds}; null where nothing matched. */
	static String[] highlight(IndexSearcher searcher, LanguageAnalyzers analyzers, Query query, Language language,
			int[] docIds) throws IOException {
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.perField())
			.withFormatter(FORMATTER)
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(language.locale()), LENGTH, 0.5f))
			.withMaxNoHighlightPassages(0)
			.withHandleMultiTermQuery(false)
			.withWeightMatches(false)
			.withHighlightPhrasesStrictly(false)
			.build();
		String body = SearchFields.body(language);
		String summary = SearchFields.summary(language);
		Map<String, String[]> found = highlighter.highlightFields(new String[] { body, summary }, query, docIds,
				new int[] { 1, 1 });
		String[] snippets = new String[docIds.length];
		for (int i = 0; i < docIds.length; i++) {
			snippets[i] = found.get(body)[i] != null ? found.get(body)[i] : found.get(summary)[i];
		}
		return snippets;
	}

	/** A plain summary as a snippet when there is nothing to highlight. */
	static String escaped(String text) {
		if (text == null) {
			return "";
		}
		String cut = text.length() > LENGTH + 50 ? text.substring(0, LENGTH) + "…" : text;
		StringBuilder out = new StringBuilder(cut.length() + 16);
		for (char c : cut.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#x27;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
