package eu.serviceaudit.advisor.analysis;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.audit.AuditRequest;

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
	@PostMapping("/api/analyses")
	ResponseEntity<Analysis> create(@RequestBody AuditRequest request) {
		Analysis analysis = service.analyse(request);
		return ResponseEntity.created(URI.create("/api/analyses/" + analysis.id())).body(analysis);
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
	List<Analyses.AnalysisHeader> list() {
		return analyses.list();
	}

}
