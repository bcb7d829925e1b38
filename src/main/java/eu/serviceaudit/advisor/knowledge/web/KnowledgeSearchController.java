package eu.serviceaudit.advisor.knowledge.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.search.KnowledgeSearcher;
import eu.serviceaudit.advisor.knowledge.search.SearchResult;

/** {@code GET /api/kb/search} (CONTRACT.md section 6). */
@Tag(name = "Knowledge base")
@RestController
class KnowledgeSearchController {

	private final KnowledgeSearcher searcher;

	private final SearchParameters parameters;

	private final Timer searches;

	KnowledgeSearchController(KnowledgeSearcher searcher, CriteriaCatalogue criteria, MeterRegistry meters) {
		this.searcher = searcher;
		this.parameters = new SearchParameters(criteria);
		this.searches = Timer.builder("advisor.search")
			.description("Knowledge-base searches")
			.publishPercentileHistogram()
			.register(meters);
	}

	@Operation(summary = "Search the knowledge base",
			description = "Roles: ADMIN, CONSULTANT, MANAGER, TRAINER. Full-text search in five languages with filters "
					+ "(lang, type, criterion, dimension, stage, format, maxMinutes), facets and paging (limit, "
					+ "offset).")
	@GetMapping("/api/kb/search")
	SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> lang,
			@RequestParam(required = false) List<String> type, @RequestParam(required = false) List<String> criterion,
			@RequestParam(required = false) List<String> dimension, @RequestParam(required = false) List<String> stage,
			@RequestParam(required = false) List<String> format, @RequestParam(required = false) String maxMinutes,
			@RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
		var request = parameters.read(q, lang, type, criterion, dimension, stage, format, maxMinutes, limit, offset);
		return searches.record(() -> searcher.search(request));
	}

}
