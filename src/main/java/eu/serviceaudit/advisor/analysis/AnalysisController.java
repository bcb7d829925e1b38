package eu.serviceaudit.advisor.analysis;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.system.web.Paging;

@Tag(name = "Analyses")
@RestController
class AnalysisController {

	private final AnalysisService service;

	private final Analyses analyses;

	AnalysisController(AnalysisService service, Analyses analyses) {
		this.service = service;
		this.analyses = analyses;
	}

	@Operation(summary = "Analyse an audit",
			description = "Roles: ADMIN, CONSULTANT. Validates the audit, runs the rules and stores the analysis; answers "
					+ "201 with it. Nothing is stored when the audit is invalid (422).")
	@ApiResponse(responseCode = "201", description = "Created",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Analysis.class)))
	@PostMapping("/api/analyses")
	ResponseEntity<byte[]> create(@RequestBody AuditRequest request) {
		// the JSON just stored is the answer: serialising a large analysis a second time cost the request as much as
		// storing it (docs/performance.md, issue 10)
		Analyses.Answer answer = service.answer(request);
		return ResponseEntity.created(URI.create("/api/analyses/" + answer.analysis().id()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(answer.json());
	}

	@Operation(summary = "Read an analysis",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. The analysis as it was answered when it was made.")
	@GetMapping("/api/analyses/{id}")
	Analysis show(@PathVariable String id) {
		return analyses.get(id);
	}

	@Operation(summary = "List analyses",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Newest first, without their bodies.")
	@GetMapping("/api/analyses")
	Paging.Listing<ListItem> list(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset, @RequestParam(required = false) String client,
			@RequestParam(required = false) String wave) {
		Paging paging = Paging.of(limit, offset);
		Paging.Listing<Analyses.Listed> page = analyses.search(new Analyses.Search(client, wave, null, null, null), paging);
		return new Paging.Listing<>(page.total(), page.items().stream().map(ListItem::of).toList());
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
