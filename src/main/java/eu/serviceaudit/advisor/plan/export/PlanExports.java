package eu.serviceaudit.advisor.plan.export;

import java.util.List;
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
		if (!List.of("pdf", "md", "csv").contains(chosen)) {
			return Optional.empty();
		}
		PlanDocument doc = documents.of(planId);
		String name = fileName(doc.client(), doc.wave(), doc.label("fileName"), chosen);
		return Optional.of(switch (chosen) {
			case "pdf" -> new Export(PdfExport.render(doc), MediaType.APPLICATION_PDF, name);
			case "md" -> new Export(MarkdownExport.render(doc), MediaType.parseMediaType("text/markdown;charset=UTF-8"), name);
			default -> new Export(CsvExport.render(doc), MediaType.parseMediaType("text/csv;charset=UTF-8"), name);
		});
	}

	/**
	 * A file name a person recognises in their downloads: client, wave and what it is ("Kohvik Päike OÜ 2026-Q4
	 * tegevuskava.pdf"), without the characters file systems refuse; non-ASCII letters travel as RFC 5987 filename*.
	 */
	static String fileName(String client, String wave, String what, String extension) {
		String name = String.join(" ", part(client), part(wave), part(what)).strip().replaceAll("\\s+", " ");
		if (name.length() > 120) {
			name = name.substring(0, 120).strip();
		}
		return (name.isEmpty() ? "plan" : name) + "." + extension;
	}

	private static String part(String text) {
		return text == null ? "" : text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").strip();
	}

	public record Export(byte[] body, MediaType type, String fileName) {
	}

}
