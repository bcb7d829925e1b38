package eu.serviceaudit.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/**
 * The published report as a client receives it, in each of the five languages: the PDF's and the DOCX's text hold
 * the executive summary and every headline recommendation in the report's order, and no code a reader would not
 * understand (role, horizon, pattern, kind, criterion or dimension codes).
 */
class ReportExportTests extends ApiTestSupport {

	/** Words in capitals joined by underscores, and horizons such as 30_DAYS. */
	static final Pattern CODE_LIKE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b\\d+_DAYS\\b");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"en|Service is friendly, but greeting and waiting need one shared standard across the three cafés.|Contents",
			"et|Teenindus on sõbralik, kuid tervitamine ja ootamine vajavad kõigis kolmes kohvikus ühist standardit.|Sisukord",
			"lv|Apkalpošana ir laipna, bet sveicināšanai un gaidīšanai visās trijās kafejnīcās vajag vienotu standartu.|Saturs",
			"ru|Обслуживание дружелюбное, но приветствию и ожиданию нужен единый стандарт во всех трёх кафе.|Содержание",
			"uk|Обслуговування привітне, але вітанню та очікуванню потрібен єдиний стандарт у всіх трьох кав’ярнях.|Зміст" })
	void thePublishedReportReadsInTheAuditsLanguage(String language, String summary, String contents) throws Exception {
		ObjectNode audit = (ObjectNode) json.readTree(resource("/samples/kohvik-paike-2026q4.json"));
		audit.put("language", language);
		JsonNode analysis = analyse(json.writeValueAsString(audit));
		String id = analysis.get("id").asString();
		List<String> ids = new ArrayList<>();
		analysis.get("recommendations").forEach(r -> ids.add(r.get("id").asString()));
		// the consultant leads with the fourth, then the first and the second
		List<String> headline = List.of(ids.get(3), ids.get(0), ids.get(1));
		mvc.perform(put("/api/analyses/" + id + "/report").with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("version", 1, "summary", summary, "headline", headline))))
			.andExpect(status().isOk());
		mvc.perform(post("/api/analyses/" + id + "/report/publish").with(as("consultant"))).andExpect(status().isOk());
		List<String> titles = headline.stream().map(h -> title(analysis, h)).toList();
		Set<String> codes = codes(analysis);

		byte[] pdf = export(id, language, "pdf", "application/pdf");
		String pdfText;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			pdfText = flat(new PDFTextStripper().getText(document));
			PDRectangle page = document.getPage(0).getMediaBox();
			assertThat(Math.round(page.getWidth())).as("A4 width in points").isEqualTo(595);
			assertThat(Math.round(page.getHeight())).as("A4 height in points").isEqualTo(842);
			assertThat(document.getNumberOfPages()).isGreaterThan(4);
			int pages = document.getNumberOfPages();
			assertThat(pdfText).as("page numbers").containsPattern("(^|\\D)2 / " + pages + "(\\D|$)")
				.contains(pages + " / " + pages);
			assertThat(pdfText).as("the contents give each chapter's page").containsPattern(" \\.{5,} ?\\d+");
		}
		readsAsAReport(pdfText, summary, titles, codes, contents);

		byte[] docx = export(id, language, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		String docxText;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			docxText = flat(extractor.getText());
			assertThat(document.getAllPictures()).as("the charts").hasSizeGreaterThanOrEqualTo(3);
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
			assertThat(document.getParagraphs()).as("chapters Word's contents can list")
				.anyMatch(p -> "Heading1".equals(p.getStyle()));
			assertThat(document.getDocument().xmlText()).as("a contents field").contains("TOC \\o");
			assertThat(document.getFooterList()).as("page numbers in the footer")
				.anyMatch(f -> f._getHdrFtr().xmlText().contains("PAGE"));
		}
		readsAsAReport(docxText, summary, titles, codes, contents);
	}

	private static void readsAsAReport(String text, String summary, List<String> titles, Set<String> codes,
			String contents) {
		assertThat(text).contains(flat(summary)).contains(contents);
		int at = -1;
		for (String title : titles) {
			int next = text.indexOf(flat(title), at + 1);
			assertThat(next).as("'%s' after the headline recommendation before it", title).isGreaterThan(at);
			at = next;
		}
		for (String code : codes) {
			assertThat(Pattern.compile("\\b" + Pattern.quote(code) + "\\b").matcher(text).find())
				.as("the raw code %s in the document", code).isFalse();
		}
		Matcher codeLike = CODE_LIKE.matcher(text);
		assertThat(codeLike.find()).as("a code-like word: %s", codeLike.hitEnd() ? "" : codeLike.group()).isFalse();
	}

	private byte[] export(String id, String language, String format, String type) throws Exception {
		byte[] bytes = mvc.perform(get("/api/analyses/" + id + "/report/export?format=" + format).with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", type))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// kept for a person to look at: target/reports/report-<language>.<format>
		Path copy = Path.of("target/reports/report-" + language + "." + format);
		Files.createDirectories(copy.getParent());
		Files.write(copy, bytes);
		return bytes;
	}

	/** Every code of the analysis a reader must never see. */
	private static Set<String> codes(JsonNode analysis) {
		Set<String> codes = new LinkedHashSet<>(List.of("SYSTEMIC", "RECURRING", "ISOLATED", "BELOW_STANDARD",
				"CUSTOMER_VOICE", "COACHING", "TRAINING", "PROCESS", "NOW", "30_DAYS", "90_DAYS"));
		analysis.get("criteria").forEach(c -> codes.add(c.get("criterion").asString()));
		analysis.get("dimensions").forEach(d -> codes.add(d.get("dimension").asString()));
		analysis.get("recommendations").forEach(r -> {
			codes.add(r.get("ownerRole").asString());
			codes.add(r.get("id").asString());
			r.get("trainingActions").forEach(t -> codes.add(t.get("format").asString()));
		});
		return codes;
	}

	private static String title(JsonNode analysis, String id) {
		for (JsonNode r : analysis.get("recommendations")) {
			if (r.get("id").asString().equals(id)) {
				return r.get("title").asString();
			}
		}
		throw new AssertionError(id);
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
