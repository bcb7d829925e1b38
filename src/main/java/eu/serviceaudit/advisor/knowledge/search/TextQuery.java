package eu.serviceaudit.advisor.knowledge.search;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import eu.serviceaudit.advisor.system.Language;

/**
 * The text part of a search, rewritten to concrete terms: the query over every language searched (null when the text
 * has no searchable word) and each language's part of it, for the snippets of that language's hits. It also keeps the
 * snippets made for the first {@link #SNIPPETS} documents: a snippet depends only on the query and the document, and
 * the query is kept per reader ({@link TextQueryCache}), so a repeated search or the next page's overlap with it
 * does not highlight again.
 */
record TextQuery(Query query, Map<Language, Query> byLanguage, Map<Integer, Optional<String>> snippets) {

	static final int SNIPPETS = 64;

	static final TextQuery NONE = new TextQuery(null, Map.of());

	TextQuery(Query query, Map<Language, Query> byLanguage) {
		this(query, byLanguage, new ConcurrentHashMap<>());
	}

	/** The snippet already made for a document (empty: it had none), or null if none was made yet. */
	Optional<String> snippet(int doc) {
		return snippets.get(doc);
	}

	void rememberSnippet(int doc, String snippet) {
		if (snippets.size() < SNIPPETS) {
			snippets.put(doc, Optional.ofNullable(snippet));
		}
	}

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
