package eu.serviceaudit.advisor.analysis;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import eu.serviceaudit.advisor.audit.AuditRequest;

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

	@GetMapping("/api/analyses")
	List<Analyses.AnalysisHeader> list() {
		return analyses.list();
	}

}
