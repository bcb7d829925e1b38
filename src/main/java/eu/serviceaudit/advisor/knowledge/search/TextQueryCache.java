package eu.serviceaudit.advisor.knowledge.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text queries of one searcher's reader by what they were built from, the most recently used first. A repeated
 * search skips analysis, the term-dictionary lookups (the queries carry their term statistics, valid for this reader
 * only) and the rewrite of fuzzy and prefix matches. Bounded: an entry is some kilobytes (a few hundred at Lucene's
 * clause limit).
 */
final class TextQueryCache {

	static final int SIZE = 128;

	private final Map<TextQuery.Key, TextQuery> entries = new LinkedHashMap<>(32, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<TextQuery.Key, TextQuery> eldest) {
			return size() > SIZE;
		}

	};

	/** The cached query, else the one the builder makes (built outside the lock: two first searches may both build). */
	TextQuery get(TextQuery.Key key, Builder builder) throws IOException {
		synchronized (entries) {
			TextQuery found = entries.get(key);
			if (found != null) {
				return found;
			}
		}
		TextQuery built = builder.build(key);
		synchronized (entries) {
			entries.put(key, built);
		}
		return built;
	}

	@FunctionalInterface
	interface Builder {

		TextQuery build(TextQuery.Key key) throws IOException;

	}

}
