package eu.serviceaudit.advisor.plan.export;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.system.web.BadRequestException;

@Tag(name = "Action plans")
@RestController
class ExportController {

	private final PlanDocuments documents;

	ExportController(PlanDocuments documents) {
		this.documents = documents;
	}

	@Operation(summary = "Export an action plan",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. The plan as a document to hand out: format=pdf (default), md"
					+ " or csv.")
	@GetMapping("/api/action-plans/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "pdf") String format) {
		String chosen = format.strip().toLowerCase(Locale.ROOT);
		if (!chosen.equals("pdf") && !chosen.equals("md") && !chosen.equals("csv")) {
			throw new BadRequestException("format must be pdf, md or csv");
		}
		PlanDocument doc = documents.of(id);
		byte[] body;
		MediaType type;
		switch (chosen) {
			case "md" -> {
				body = MarkdownExport.render(doc);
				type = MediaType.parseMediaType("text/markdown;charset=UTF-8");
			}
			case "csv" -> {
				body = CsvExport.render(doc);
				type = MediaType.parseMediaType("text/csv;charset=UTF-8");
			}
			default -> {
				body = PdfExport.render(doc);
				type = MediaType.APPLICATION_PDF;
			}
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(PlanExports.fileName(doc.client(), doc.wave(), doc.label("fileName"), chosen),
								java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
