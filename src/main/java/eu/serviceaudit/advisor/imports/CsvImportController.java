package eu.serviceaudit.advisor.imports;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.analysis.Analysis;

@Tag(name = "Analyses")
@RestController
class CsvImportController {

	private final CsvImports imports;

	CsvImportController(CsvImports imports) {
		this.imports = imports;
	}

	/** Answers as {@code POST /api/analyses} does; errors name the CSV line and column. */
	@Operation(summary = "Analyse a CSV export",
			description = "Roles: ADMIN, CONSULTANT. A mystery-shopping CSV (client, wave, language as query parameters) "
					+ "analysed as POST /api/analyses does; errors name the CSV line and column.")
	@PostMapping(path = "/api/imports/csv", consumes = { "text/csv", "application/csv", "text/plain" })
	ResponseEntity<Analysis> importCsv(@RequestBody byte[] body, @RequestParam(required = false) String client,
			@RequestParam(required = false) String wave, @RequestParam(required = false) String language) {
		Analysis analysis = imports.analyse(body, client, wave, language);
		return ResponseEntity.created(URI.create("/api/analyses/" + analysis.id())).body(analysis);
	}

}
