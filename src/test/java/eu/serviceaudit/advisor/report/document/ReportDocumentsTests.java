package eu.serviceaudit.advisor.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.web.WebTestSupport;

/** The document of a report compares with the client's previous wave by wave date, never with the same wave. */
class ReportDocumentsTests extends WebTestSupport {

	@Autowired
	ReportDocuments documents;

	@Autowired
	ReportExports exports;

	@Test
	void theChangeChartComparesWithThePreviousWaveOfTheSameClient() {
		String sample = resource(SAMPLE);
		Analysis summer = analyse(sample.replace("\"2026-Q4\"", "\"2026-Q3\"").replace("\"2026-10-", "\"2026-07-")
			.replace("\"2026-11-", "\"2026-08-"));
		analyse(sample.replace("Kohvik Päike OÜ", "Another client").replace("\"2026-Q4\"", "\"2026-Q2\"")
			.replace("\"2026-10-", "\"2026-09-").replace("\"2026-11-", "\"2026-09-"));
		Analysis autumn = analyse(sample);
		Analysis autumnAgain = analyse(sample);

		ReportDocument doc = documents.of(autumn.id(), true);
		assertThat(doc.previousWave()).isEqualTo("2026-Q3");
		assertThat(doc.change()).isNotNull();
		assertThat(doc.change().labels()).isNotEmpty();
		assertThat(documents.of(autumnAgain.id(), true).previousWave()).as("never another analysis of the same wave")
			.isEqualTo("2026-Q3");
		// the change chart is drawn in both files (Batik inside the PDF, the same SVG as PNG inside the DOCX)
		byte[] pdf = exports.render(autumn.id(), "pdf", true).orElseThrow().body();
		byte[] docx = exports.render(autumn.id(), "docx", true).orElseThrow().body();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(docx.length).isGreaterThan(1000);
		writeForALook("report-two-waves.pdf", pdf);

		ReportDocument first = documents.of(summer.id(), true);
		assertThat(first.previousWave()).isNull();
		assertThat(first.change()).isNull();
		assertThat(first.t("report.doc.chart.noPrevious")).isNotBlank();
	}

	private static void writeForALook(String name, byte[] bytes) {
		try {
			java.nio.file.Path file = java.nio.file.Path.of("target/reports", name);
			java.nio.file.Files.createDirectories(file.getParent());
			java.nio.file.Files.write(file, bytes);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void anUntouchedDraftGetsASummaryWrittenFromItsFigures() {
		Analysis analysis = analyseSample();
		ReportDocument doc = documents.of(analysis.id(), true);
		assertThat(doc.draft()).isTrue();
		assertThat(doc.summary()).contains(analysis.client()).contains(doc.headline().get(0).title());
		assertThat(doc.headline()).hasSize(3);
		assertThat(doc.headline()).allSatisfy(a -> assertThat(a.owner()).doesNotContainPattern("[A-Z]+_[A-Z]+"));
		assertThat(doc.league().rows()).isNotEmpty();
		assertThat(doc.contents()).extracting(ReportDocument.Section::id).startsWith("section-summary",
				"section-strengths", "section-figures");
	}

}
