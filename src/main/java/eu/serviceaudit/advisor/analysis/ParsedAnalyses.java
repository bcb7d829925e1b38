package eu.serviceaudit.advisor.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored documents of the analyses opened lately, parsed once: a stored analysis and its audit never change, and
 * parsing them (hundreds of kilobytes of JSON for a large audit) was most of the cost of opening an analysis page.
 * Bounded to the {@value #CAPACITY} most recently used per document kind; archive and delete drop the entry.
 */
final class ParsedAnalyses<T> {

	static final int CAPACITY = 64;

	private final Map<String, T> parsed = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
			return size() > CAPACITY;
		}
	};

	/** The parsed document of this id, or null when it is not among the recently used. */
	synchronized T get(String id) {
		return parsed.get(id);
	}

	synchronized void put(String id, T document) {
		parsed.put(id, document);
	}

	synchronized void forget(String id) {
		parsed.remove(id);
	}

	/** Keeps a document just read and parsed for the next request. */
	static <T> T keep(ParsedAnalyses<T> cache, String id, T document) {
		cache.put(id, document);
		return document;
	}

}
