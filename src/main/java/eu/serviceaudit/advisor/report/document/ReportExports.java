package eu.serviceaudit.advisor.report.document;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** The report as a file: PDF or DOCX, in the audit's language. */
@Component
public class ReportExports {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ReportDocuments documents;

	private final ReportRenderer renderer;

	private final DocxRenderer docx;

	ReportExports(ReportDocuments documents, ReportRenderer renderer, DocxRenderer docx) {
		this.documents = documents;
		this.renderer = renderer;
		this.docx = docx;
	}

	/** Empty for a format other than pdf and docx; a draft only for those who see drafts (else 404). */
	public Optional<Export> render(String analysisId, String format, boolean seesDrafts) {
		String chosen = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
		if (!chosen.equals("pdf") && !chosen.equals("docx")) {
			return Optional.empty();
		}
		ReportDocument doc = documents.of(analysisId, seesDrafts);
		String name = "report-" + analysisId + "-" + doc.language() + "." + chosen;
		return Optional.of(chosen.equals("pdf") ? new Export(renderer.pdf(doc), MediaType.APPLICATION_PDF, name)
				: new Export(docx.render(doc), DOCX, name));
	}

	public record Export(byte[] body, MediaType type, String fileName) {
	}

}
