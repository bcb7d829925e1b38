package eu.serviceaudit.advisor.analysis.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import eu.serviceaudit.advisor.analysis.Analysis;

/**
 * The unfiltered page of the analyses opened lately, with its location chart as JSON: derived from documents that
 * never change, so it is built once. An entry is used only for the very analysis object it was built from (the
 * repository hands out a new one after archive, delete or eviction) and only until an alert's recovery deadline
 * passes (the page marks overdue alerts). Beside it, the page's parts as rendered per language, which go with it.
 */
final class AnalysisPageCache {

	static final int CAPACITY = 64;

	/** At most this many renderings per page: five languages, with and without picking, and some room. */
	static final int RENDERINGS = 16;

	record Built(Analysis analysis, AnalysisPage page, String locationChart, Instant validUntil,
			Map<String, Rendered> renderings) {

		Built(Analysis analysis, AnalysisPage page, String locationChart, Instant validUntil) {
			this(analysis, page, locationChart, validUntil, new ConcurrentHashMap<>());
		}

		/** The page's parts as rendered before for this language (and picking), if they were. */
		Rendered rendered(String key) {
			return renderings.get(key);
		}

		/** Keeps the parts for the next request; an odd locale (any Accept-Language) cannot grow it without end. */
		void keep(String key, Rendered rendered) {
			if (renderings.size() < RENDERINGS) {
				renderings.put(key, rendered);
			}
		}

	}

	/** The summary and recommendations parts of the page as HTML (analyses/show-parts.html). */
	record Rendered(String summary, String recommendations) {
	}

	private final Map<String, Built> built = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Built> eldest) {
			return size() > CAPACITY;
		}
	};

	synchronized Built get(String id, Analysis analysis, Instant now) {
		Built entry = built.get(id);
		return entry != null && entry.analysis() == analysis && now.isBefore(entry.validUntil()) ? entry : null;
	}

	synchronized void put(String id, Built entry) {
		built.put(id, entry);
	}

	/** Until when a page built now stays right: the recovery deadline while it lies ahead, else for good. */
	static Instant validUntil(Analysis analysis, Instant now) {
		Instant recoverBy = analysis.createdAt() == null ? null : analysis.createdAt().plus(AnalysisPage.RECOVERY);
		return recoverBy != null && now.isBefore(recoverBy) ? recoverBy : Instant.MAX;
	}

}
