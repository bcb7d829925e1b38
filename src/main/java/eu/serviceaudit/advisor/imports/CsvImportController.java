package eu.serviceaudit.advisor.imports;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.AnalysisService;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.AuditValidator;
import eu.serviceaudit.advisor.audit.InvalidAuditException;

@RestController
class CsvImportController {

	private final AuditValidator validator;

	private final AnalysisService analyses;

	CsvImportController(AuditValidator validator, AnalysisService analyses) {
		this.validator = validator;
		this.analyses = analyses;
	}

	/** Answers as {@code POST /api/analyses} does; errors name the CSV line and column. */
	@PostMapping(path = "/api/imports/csv", consumes = { "text/csv", "application/csv", "text/plain" })
	ResponseEntity<Analysis> importCsv(@RequestBody byte[] body, @RequestParam(required = false) String client,
			@RequestParam(required = false) String wave, @RequestParam(required = false) String language) {
		CsvAuditReader.Read read = CsvAuditReader.read(body, client, wave, language);
		Audit audit;
		try {
			audit = validator.validate(read.request());
		}
		catch (InvalidAuditException ex) {
			throw new InvalidAuditException(read.lines().translate(ex.errors()));
		}
		Analysis analysis = analyses.analyse(audit);
		return ResponseEntity.created(URI.create("/api/analyses/" + analysis.id())).body(analysis);
	}

}
