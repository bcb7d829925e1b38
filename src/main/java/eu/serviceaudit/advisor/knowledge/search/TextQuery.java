package eu.serviceaudit.advisor.knowledge.search;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import eu.serviceaudit.advisor.system.Language;

/**
 * The text part of a search, rewritten to concrete terms: the query over every language searched (null when the text
 * has no searchable word) and each language's part of it, for the snippets of that language's hits.
 */
record TextQuery(Query query, Map<Language, Query> byLanguage) {

	static final TextQuery NONE = new TextQuery(null, Map.of());

	static TextQuery of(Map<Language, Query> byLanguage) {
		if (byLanguage.isEmpty()) {
			return new TextQuery(new MatchNoDocsQuery("no word of the text occurs in the index"), Map.of());
		}
		if (byLanguage.size() == 1) {
			return new TextQuery(byLanguage.values().iterator().next(), Map.copyOf(byLanguage));
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		byLanguage.values().forEach(q -> any.add(q, Occur.SHOULD));
		return new TextQuery(any.build(), Map.copyOf(byLanguage));
	}

	/** What a text query is built from; the text as far as the builder reads it. */
	record Key(String text, Set<Language> languages, boolean fuzzy) {

		Key(String text, Collection<Language> languages, boolean fuzzy) {
			this(text == null || text.length() <= TextQueryBuilder.MAX_CHARS ? text
					: text.substring(0, TextQueryBuilder.MAX_CHARS), Set.copyOf(languages), fuzzy);
		}

	}

}
