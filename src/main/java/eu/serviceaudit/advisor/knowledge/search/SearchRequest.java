package eu.serviceaudit.advisor.knowledge.search;

import java.util.Set;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.ArticleType;
import eu.serviceaudit.advisor.knowledge.ExerciseFormat;

/**
 * One search: the text (may be blank: then every article that passes the filters), the languages to search (empty:
 * all five, each with its own analyzer), filters (empty: no filter; several values of one filter: any of them),
 * {@code maxMinutes} (null: none) and the page.
 */
public record SearchRequest(String text, Set<Language> languages, Set<ArticleType> types, Set<String> criteria,
		Set<String> dimensions, Set<String> stages, Set<ExerciseFormat> formats, Integer maxMinutes, int limit,
		int offset, boolean highlight) {

	public static final int DEFAULT_LIMIT = 10;

	public static final int MAX_LIMIT = 100;

	public static final int MAX_OFFSET = 10_000;

	public SearchRequest {
		languages = Set.copyOf(languages);
		types = Set.copyOf(types);
		criteria = Set.copyOf(criteria);
		dimensions = Set.copyOf(dimensions);
		stages = Set.copyOf(stages);
		formats = Set.copyOf(formats);
		limit = Math.max(0, Math.min(limit, MAX_LIMIT));
		offset = Math.max(0, Math.min(offset, MAX_OFFSET));
	}

	/** A text search in the given languages with no filters, the first page, highlighted. */
	public static SearchRequest text(String text, Language... languages) {
		return new SearchRequest(text, Set.of(languages), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
				DEFAULT_LIMIT, 0, true);
	}

	public SearchRequest withLimit(int newLimit) {
		return new SearchRequest(text, languages, types, criteria, dimensions, stages, formats, maxMinutes, newLimit,
				offset, highlight);
	}

	public SearchRequest withHighlight(boolean on) {
		return new SearchRequest(text, languages, types, criteria, dimensions, stages, formats, maxMinutes, limit,
				offset, on);
	}

}
