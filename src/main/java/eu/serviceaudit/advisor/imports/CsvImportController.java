package eu.serviceaudit.advisor.imports;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
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

	/** Answers as {@code POST /api/analyses} does; errors name the CSV line and column. The body is read as a stream. */
	@Operation(summary = "Analyse a CSV export",
			description = "Roles: ADMIN, CONSULTANT. A mystery-shopping CSV (client, wave, language as query parameters) "
					+ "analysed as POST /api/analyses does; errors name the CSV line and column. Read as a stream up to "
					+ "the cap of findings per audit (docs/api.md, Limits).")
	@PostMapping(path = "/api/imports/csv", consumes = { "text/csv", "application/csv", "text/plain" })
	ResponseEntity<Analysis> importCsv(HttpServletRequest request, @RequestParam(required = false) String client,
			@RequestParam(required = false) String wave, @RequestParam(required = false) String language)
			throws IOException {
		Analysis analysis = imports.analyse(request.getInputStream(), client, wave, language);
		return ResponseEntity.created(URI.create("/api/analyses/" + analysis.id())).body(analysis);
	}

}
