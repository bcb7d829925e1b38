package eu.serviceaudit.advisor.plan.export;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** The documents of a plan for callers outside this package (the web pages): bytes, type and a file name. */
@Component
public class PlanExports {

	private final PlanDocuments documents;

	PlanExports(PlanDocuments documents) {
		this.documents = documents;
	}

	/** The plan as pdf, md or csv; empty for any other format. */
	public Optional<Export> render(String planId, String format) {
		String chosen = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
		return switch (chosen) {
			case "pdf" -> Optional.of(new Export(PdfExport.render(documents.of(planId)), MediaType.APPLICATION_PDF,
					"action-plan-" + planId + ".pdf"));
			case "md" -> Optional.of(new Export(MarkdownExport.render(documents.of(planId)),
					MediaType.parseMediaType("text/markdown;charset=UTF-8"), "action-plan-" + planId + ".md"));
			case "csv" -> Optional.of(new Export(CsvExport.render(documents.of(planId)),
					MediaType.parseMediaType("text/csv;charset=UTF-8"), "action-plan-" + planId + ".csv"));
			default -> Optional.empty();
		};
	}

	public record Export(byte[] body, MediaType type, String fileName) {
	}

}
