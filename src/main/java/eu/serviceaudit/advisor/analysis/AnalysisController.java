package eu.serviceaudit.advisor.analysis;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.system.web.Paging;

@RestController
class AnalysisController {

	private final AnalysisService service;

	private final Analyses analyses;

	AnalysisController(AnalysisService service, Analyses analyses) {
		this.service = service;
		this.analyses = analyses;
	}

	@PostMapping("/api/analyses")
	ResponseEntity<Analysis> create(@RequestBody AuditRequest request) {
		Analysis analysis = service.analyse(request);
		return ResponseEntity.created(URI.create("/api/analyses/" + analysis.id())).body(analysis);
	}

	@GetMapping("/api/analyses/{id}")
	Analysis show(@PathVariable String id) {
		return analyses.get(id);
	}

	/** Newest first, one page at a time (CONTRACT.md section 11), optionally filtered by client and wave text. */
	@GetMapping("/api/analyses")
	Paging.Slice<ListItem> list(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset, @RequestParam(required = false) String client,
			@RequestParam(required = false) String wave) {
		Paging paging = Paging.of(limit, offset);
		Paging.Slice<Analyses.Listed> page = analyses.search(new Analyses.Search(client, wave, null, null, null), paging);
		return new Paging.Slice<>(page.total(), page.items().stream().map(ListItem::of).toList());
	}

	/** An analysis in the list: its header, whether it is archived, its overall score and how many alerts it raised. */
	record ListItem(String id, String client, String wave, String language, java.time.Instant createdAt,
			String rulesVersion, boolean archived, Double overallScore, int alerts) {

		static ListItem of(Analyses.Listed listed) {
			Analyses.AnalysisHeader h = listed.analysis();
			return new ListItem(h.id(), h.client(), h.wave(), h.language(), h.createdAt(), h.rulesVersion(),
					listed.archived(), listed.overallScore(), listed.alerts());
		}

	}

}
