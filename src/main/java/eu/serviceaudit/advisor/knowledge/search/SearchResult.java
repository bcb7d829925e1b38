package eu.serviceaudit.advisor.knowledge.search;

import java.util.List;
import java.util.Map;

/** A page of hits, the total number of matching documents, and facet counts over all of them. */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {

	/** One article in one language. {@code snippet} is HTML: matches in {@code <mark>}, everything else escaped. */
	public record SearchHit(String id, String type, String language, String title, String snippet,
			List<String> criteria, String dimension, String stage, String format, Integer durationMinutes,
			float score) {
	}

}
